"""Explorer state: filters as a frozen value, and pure functions from the message table to what is shown."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from workbench import schema as S
from workbench.customers.segments import NO_TOPIC
from workbench.pipeline.summary import customer_voice

FACETS = {"channels": S.CHANNEL, "brands": S.BRAND, "segments": "segment", "themes": "theme_label",
          "topics": "topic_label", "sentiments": "sentiment_label", "emotions": "emotion", "intents": "intent"}


@dataclass(frozen=True)
class Filters:
    """What the researcher is looking at; empty means everything."""

    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    channels: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    sentiments: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()
    search: str = ""
    include_excluded: bool = False  # messages marked spam or irrelevant are hidden unless this is set


def customer_messages(messages: pd.DataFrame, segment: pd.Series | None = None,
                      excluded: set[str] = frozenset()) -> pd.DataFrame:
    """The analysed customer messages, with their segment and whether the researcher excluded them. The segment
    is the one the analysis stored with each message ("Segment 2 (frequent, complaints)", a brand, "(no author
    named)"); from an analysis that stored none, the author's in `segment` (customer -> segment). Messages whose
    author's side the export does not say (a chat ingested without --brand-author) are among them, as the
    analysis reads them."""
    m = customer_voice(messages).copy()
    if "segment" not in m or m["segment"].isna().all():
        m["segment"] = m[S.AUTHOR_ID].map(segment) if segment is not None else pd.NA
    m["segment"] = m["segment"].astype("string")
    m["excluded"] = m[S.MESSAGE_ID].isin(excluded)
    return m.reset_index(drop=True)


def who_wrote(m: pd.DataFrame) -> str:
    """How many messages, from how many customers: "<b>12</b> customer messages from <b>9</b> customers"; where
    messages name no author (reviews, a survey), that they do, never "from 0 customers"."""
    n, people, anonymous = len(m), m[S.AUTHOR_ID].nunique(), int(m[S.AUTHOR_ID].isna().sum())
    said = f"<b>{n:,}</b> customer {'message' if n == 1 else 'messages'}"
    customers = f"<b>{people:,}</b> {'customer' if people == 1 else 'customers'}"
    if not anonymous:
        return f"{said} from {customers}"
    if anonymous == n:
        return f"{said}, naming no author"
    return f"{said} (<b>{n - anonymous:,}</b> from {customers}, <b>{anonymous:,}</b> naming no author)"


def filter_messages(m: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The messages that pass every filter (vectorised; a 100k-message table filters in milliseconds)."""
    keep = pd.Series(True, index=m.index)
    if not f.include_excluded and "excluded" in m:
        keep &= ~m["excluded"]
    if f.start is not None:
        keep &= m[S.CREATED_AT] >= f.start
    if f.end is not None:
        keep &= m[S.CREATED_AT] < f.end
    for attr, col in FACETS.items():
        values = getattr(f, attr)
        if values and col in m:
            keep &= m[col].isin(values).fillna(False)
    if f.search.strip():
        keep &= m[S.TEXT].str.contains(f.search.strip(), case=False, regex=False).fillna(False)
    return m[keep.to_numpy(dtype=bool)]


def facet_options(m: pd.DataFrame) -> dict[str, list[str]]:
    """The values each filter offers, most frequent first."""
    return {attr: [str(v) for v in m[col].dropna().value_counts().index] for attr, col in FACETS.items()
            if col in m and m[col].notna().any()}


def _sizes(v: pd.DataFrame, by: str, total: int) -> pd.DataFrame:
    """Messages and share of `total` per group of `v` (`by`: "topic" or "theme"), in the topics table's columns
    (topic_id, label, size, share, keywords), so that the plots read either."""
    g = v.groupby([f"{by}_id", f"{by}_label"]).size().rename("size").reset_index()
    g["share"] = g["size"] / max(total, 1)
    return (g.rename(columns={f"{by}_id": "topic_id", f"{by}_label": "label"}).assign(keywords="")
            .sort_values("size", ascending=False))


def topic_sizes(m: pd.DataFrame) -> pd.DataFrame:
    """Messages and share per topic in the filtered messages (the topics table's columns, so plots reuse it)."""
    return _sizes(m[m["topic_label"].notna() & (m["topic_label"] != NO_TOPIC)], "topic", len(m))


def theme_sizes(m: pd.DataFrame) -> pd.DataFrame:
    """Messages and share per theme in the filtered messages, as `topic_sizes` gives them per topic (the outlier
    and no-subject groups, ids below 0, are no themes)."""
    if "theme_label" not in m:
        return pd.DataFrame(columns=["topic_id", "label", "size", "share", "keywords"])
    return _sizes(m[m["theme_id"].notna() & (m["theme_id"] >= 0)], "theme", len(m))


def verbatims(m: pd.DataFrame, n: int = 20) -> pd.DataFrame:
    """What customers wrote, newest first."""
    cols = [S.CREATED_AT, S.CHANNEL, S.BRAND, "sentiment_label", "intent", "topic_label", S.TEXT, S.MESSAGE_ID,
            S.AUTHOR_ID]
    return m.sort_values([S.CREATED_AT, S.MESSAGE_ID], ascending=False, na_position="last")[cols].head(n)
