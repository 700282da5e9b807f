"""workbench: a Jupyter research workbench for customer listening.

Who are our customers and what do they want? Load conversation exports into one canonical table of
messages, keep them in a DuckDB workspace, and analyse them.

    >>> import workbench as wb
    >>> ws = wb.Workspace("workspace")
    >>> ws.ingest(["data/samples/customer_care_tweets.json"])
    >>> print(ws.analyse().summary())

The package reads in the order data flows: `ingest` (formats, cleaning, redaction) -> `analysis` (embeddings,
brands, sentiment, emotion, intent, topics) -> `customers` (profiles, segments, comparisons, trends) ->
`pipeline` (runs the stages, the result and its summary, curation) -> `present` (report, plots, explorer), all
over `store` (the DuckDB workspace). Imports point down that list only (tests/test_layers.py).
"""

from __future__ import annotations

from workbench import _moved

__version__ = "0.1.0"

__all__ = ["AnalysisResult", "Explorer", "LoadOptions", "WorkbenchError", "Workspace", "analyse", "formats", "load"]

_moved.install()

_LAZY = {  # name -> module; imported on first use so that `import workbench` stays fast
    "Workspace": "workbench.workspace",
    "load": "workbench.ingest.formats",
    "formats": "workbench.ingest.formats",
    "LoadOptions": "workbench.ingest.formats",
    "Explorer": "workbench.present.explorer",
    "analyse": "workbench.pipeline.run",
    "AnalysisResult": "workbench.pipeline.result",
    "WorkbenchError": "workbench.errors",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'workbench' has no attribute '{name}'")
    import importlib

    return getattr(importlib.import_module(_LAZY[name]), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
