"""workbench: a Jupyter research workbench for customer listening.

Who are our customers and what do they want? Load conversation exports into one canonical table of
messages, keep them in a DuckDB workspace, and analyse them.

    >>> import workbench as wb
    >>> ws = wb.Workspace("workspace")
    >>> ws.ingest(["data/samples/customer_care_tweets.json"])
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Explorer", "LoadOptions", "WorkbenchError", "Workspace", "analyse", "formats", "load"]


def __getattr__(name: str):
    # Imports are lazy so that `import workbench` stays fast.
    if name == "Workspace":
        from workbench.workspace import Workspace

        return Workspace
    if name in ("load", "formats", "LoadOptions"):
        from workbench import io

        return getattr(io, name)
    if name == "Explorer":
        from workbench.explorer import Explorer

        return Explorer
    if name == "analyse":
        from workbench.analyse import analyse

        return analyse
    if name == "WorkbenchError":
        from workbench.errors import WorkbenchError

        return WorkbenchError
    raise AttributeError(f"module 'workbench' has no attribute '{name}'")
