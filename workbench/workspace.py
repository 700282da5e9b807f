"""`Workspace`: the researcher's handle on a workspace folder, the store plus the stages that fill it.

    >>> import workbench as wb
    >>> ws = wb.Workspace("workspace")
    >>> ws.ingest(["data/samples/customer_care_tweets.json"])
    >>> result = ws.analyse()
    >>> print(result.summary())

The store (workbench.store) holds the data and knows nothing of formats or models; this facade sits above the
stages so that notebooks need one object.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

# Re-exported: these lived here before the store was its own module.
from workbench.store import ANALYSIS_COLUMNS, LABEL_TASKS, Store, defuse_formulas

if TYPE_CHECKING:
    from workbench.ingest.formats.base import LoadOptions
    from workbench.ingest.run import FileReport
    from workbench.pipeline.result import AnalysisResult

__all__ = ["ANALYSIS_COLUMNS", "LABEL_TASKS", "Workspace", "defuse_formulas"]


class Workspace(Store):
    """A workspace folder (default ./workspace): ingest exports, analyse them, read every table."""

    def ingest(self, paths: Iterable[str | Path], format: str = "auto", options: LoadOptions | None = None,
               *, redact: bool = True, chunk_rows: int = 50_000) -> list[FileReport]:
        """Load, clean and store export files; all of them or, on any error, none (see workbench.ingest.run)."""
        from workbench.ingest.run import ingest

        return ingest(self, paths, format, options, redact=redact, chunk_rows=chunk_rows)

    def analyse(self, **options) -> AnalysisResult:
        """Analyse every customer message (see workbench.pipeline.run.analyse for the options)."""
        from workbench.pipeline.run import analyse

        return analyse(self, **options)
