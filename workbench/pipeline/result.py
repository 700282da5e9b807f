"""What an analysis returns: its tables by name, a summary in words, and a view for notebooks."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd

from workbench.pipeline.summary import count_of, summary_html, summary_text, why_no_topics


class AnalysisResult(Mapping[str, pd.DataFrame]):
    """The tables an analysis stored (messages, topics, themes, sentiment_shares, customers, segments, ...).

        >>> result = ws.analyse()
        >>> result["topics"].head()
        >>> print(result.summary())

    `result` in a notebook shows the executive summary; `result.tables` is the plain dict.
    """

    def __init__(self, tables: dict[str, pd.DataFrame]) -> None:
        self.tables = tables

    def __getitem__(self, name: str) -> pd.DataFrame:
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no table '{name}' in this analysis; tables: {', '.join(self.tables)}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.tables)

    def __len__(self) -> int:
        return len(self.tables)

    @property
    def run(self) -> pd.Series:
        """The run's parameters, model, counts and timings."""
        return self.tables["run"].iloc[0]

    def headline(self) -> str:
        """One line: what was analysed, with which model, how many topics."""
        r = self.run
        analysed = f"Analysed {count_of(int(r['messages_analysed']), 'customer message')} with {r['embedding']}"
        if not r["topics"]:
            return f"{analysed}: no topics. {why_no_topics(self.tables)}"
        return (f"{analysed}: {count_of(int(r['topics']), 'topic')}, "
                f"{r['outlier_share']:.1%} without a clear topic ({r['outlier_share_before']:.1%} before "
                "re-assignment).")

    def summary(self) -> str:
        """The executive summary in plain text: the same findings the report opens with."""
        return self.headline() + "\n\n" + summary_text(self.tables)

    def _repr_html_(self) -> str:
        return f"<p>{self.headline()}</p>" + summary_html(self.tables)

    def __repr__(self) -> str:
        return f"<AnalysisResult: {', '.join(self.tables)}>"
