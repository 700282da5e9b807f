"""Verbatims: what customers wrote, per segment and topic, chosen to be read (clear, of readable length) and
redacted again on the way out."""

from __future__ import annotations

import pandas as pd

from workbench import schema as S
from workbench.customers.segments import NOT_TOPICS
from workbench.ingest.clean import redact_text


def quotes(messages: pd.DataFrame, segment: pd.Series, per_cell: int = 3, keep_handles: frozenset[str] = frozenset(),
           keep_words: frozenset[str] | None = None) -> pd.DataFrame:
    """Verbatims per segment x topic: the most clearly felt messages of readable length, PII-redacted again
    (so quotes are safe even from a workspace ingested with --no-redact); `keep_words`: brand names that are never
    masked as a person's name."""
    v = messages.assign(segment=segment.to_numpy())
    v = v[(v[S.AUTHOR_ROLE] == "customer") & v["topic_label"].notna() & ~v["topic_label"].isin(NOT_TOPICS)]
    v = v[v[S.TEXT].str.len().between(25, 400)]
    v = v.assign(_strength=v["sentiment_score"].abs()).sort_values(["_strength", S.MESSAGE_ID],
                                                                   ascending=[False, True])
    picked = v.groupby(["segment", "topic_label"], sort=False).head(per_cell)
    # Read first: each cell's most telling quote, the biggest topics first, across the segments; then the
    # second of each, and so on (sorted by segment alone, the first rows a reader sees were one segment's)
    size = v["topic_label"].value_counts()
    picked = picked.assign(_n=picked.groupby(["segment", "topic_label"], sort=False).cumcount(),
                           _size=picked["topic_label"].map(size))
    picked = picked.sort_values(["_n", "_size", "topic_label", "segment"], ascending=[True, False, True, True],
                                kind="stable")
    cols = ["segment", "topic_id", "topic_label", S.MESSAGE_ID, S.CREATED_AT, S.CHANNEL, "sentiment_label",
            "intent", S.TEXT]
    out = picked[[c for c in cols if c in picked.columns]].copy()
    languages = picked[S.LANGUAGE] if S.LANGUAGE in picked else [None] * len(picked)
    out[S.TEXT] = [redact_text(t, keep_handles, keep_words=keep_words, language=lang)
                   for t, lang in zip(out[S.TEXT], languages, strict=True)]
    return out.reset_index(drop=True)
