"""What differs between segments, and what drives dissatisfaction.

`segment_comparison`: for every segment x value (topic, sentiment, intent): share of the segment's messages
and of its customers, a Wilson 95% interval, lift against the rest, a two-proportion z-test and
Benjamini-Hochberg q-values across each dimension's grid; cells under the minimum counts are not tested.
`drivers`: per topic, the difference in sentiment (or rating) between its messages and the others, adjusted for
segment (OLS with segment fixed effects, HC1 errors), next to the plain "impact if this topic were removed".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.customers.segments import NOT_TOPICS
from workbench.customers.stats import benjamini_hochberg, mean_difference_adjusted, two_proportion_test, wilson

DIMENSIONS = {"topic": "topic_label", "sentiment": "sentiment_label", "intent": "intent"}


# Groups of messages that are no segment of customers (`message_segments`): compared with the segments' messages,
# never counted among "the rest" a segment is compared with
OUTSIDE = ("(no author named)", "(none)")


def segment_comparison(messages: pd.DataFrame, segment: pd.Series, min_count: int = 5,
                       min_segment: int = 20) -> pd.DataFrame:
    """The segment x value grid for topics, sentiment and intents (`segment`: a value per message). A segment is
    compared with the other segments' messages; the messages that belong to no segment (`OUTSIDE`: reviews that
    name no author beside tweets whose authors were segmented) with all the segments' messages. Seven hundred
    anonymous reviews counted as "the rest" would make a segment of tweeting customers stand out for being on
    Twitter, not for anything its customers share."""
    voice = messages.assign(_segment=segment.to_numpy())
    voice = voice[(voice[S.AUTHOR_ROLE] == "customer")]
    frames = []
    for dim, col in DIMENSIONS.items():
        if col not in voice:
            continue
        v = voice[voice[col].notna()]
        if dim == "topic":
            v = v[~v[col].isin(NOT_TOPICS)]
        if v.empty:
            continue
        seg_n = v.groupby("_segment").size()
        seg_c = v.groupby("_segment")[S.AUTHOR_ID].nunique()
        cell = v.groupby(["_segment", col]).size().rename("k")
        cust = v.groupby(["_segment", col])[S.AUTHOR_ID].nunique().rename("c")
        grid = pd.MultiIndex.from_product([seg_n.index, v[col].unique()], names=["_segment", col])
        g = pd.concat([cell, cust], axis=1).reindex(grid, fill_value=0).reset_index()
        g["n"] = g["_segment"].map(seg_n)
        g["cn"] = g["_segment"].map(seg_c)
        outside = g["_segment"].isin(OUTSIDE)
        if outside.all():  # no segments at all: every group is compared with all the others
            outside[:] = False
        total = g["k"].where(~outside, 0).groupby(g[col]).transform("sum")
        n_pool = int(seg_n[~seg_n.index.isin(OUTSIDE)].sum()) if outside.any() else len(v)
        # a segment's rest is the other segments' messages; an outside group's, all the segments' messages
        g["k_rest"] = total - g["k"].where(~outside, 0)
        g["n_rest"] = n_pool - g["n"].where(~outside, 0)
        lo, hi = wilson(g["k"], g["n"])
        share, rest = g["k"] / g["n"], g["k_rest"] / g["n_rest"].replace(0, np.nan)
        enough = (g["k"] + g["k_rest"] >= min_count) & (g["n"] >= min_segment) & (g["n_rest"] >= min_segment)
        p = np.where(enough, two_proportion_test(g["k"], g["n"], g["k_rest"], g["n_rest"]), np.nan)
        q = benjamini_hochberg(p)
        frames.append(pd.DataFrame({
            "dimension": dim, "segment": g["_segment"], "value": g[col], "messages": g["k"],
            "segment_messages": g["n"], "rest_messages": g["n_rest"], "share_messages": share, "ci_low": lo,
            "ci_high": hi, "rest_share": rest, "lift": share / rest.replace(0, np.nan), "customers": g["c"],
            "segment_customers": g["cn"], "share_customers": g["c"] / g["cn"], "p_value": p, "q_value": q,
            "significant": q < 0.05, "enough_data": enough,
        }))
    if not frames:  # no customer message with a value to compare (a chat whose authors are not told apart)
        return pd.DataFrame(columns=GRID_COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["dimension", "segment", "messages"], ascending=[True, True, False]).reset_index(drop=True)


GRID_COLUMNS = ["dimension", "segment", "value", "messages", "segment_messages", "rest_messages", "share_messages",
                "ci_low", "ci_high", "rest_share", "lift", "customers", "segment_customers", "share_customers",
                "p_value", "q_value", "significant", "enough_data"]


DRIVER_COLUMNS = ["outcome", "topic", "messages", "mean", "effect", "ci_low", "ci_high", "p_value", "impact_if_removed",
                  "q_value"]


def drivers(messages: pd.DataFrame, segment: pd.Series | None = None, outcome: str = "sentiment_score",
            min_count: int = 10) -> pd.DataFrame:
    """Which topics push the outcome (sentiment_score, or rating) down or up, adjusted for `segment` where given
    (a group per message that is no function of the topics: brand, plan)."""
    df = messages.assign(_segment=segment.to_numpy() if segment is not None else "all")
    df = df[(df[S.AUTHOR_ROLE] == "customer") & df[outcome].notna() & df["topic_label"].notna()]
    if df.empty:
        return pd.DataFrame(columns=DRIVER_COLUMNS)
    y = df[outcome].to_numpy(float)
    groups = df["_segment"].astype(str).to_numpy()
    overall = y.mean()
    rows = []
    for topic, n in df["topic_label"].value_counts().items():
        if topic in NOT_TOPICS or n < min_count or n == len(df):
            continue
        x = (df["topic_label"] == topic).to_numpy()
        effect, se, p = mean_difference_adjusted(y, x, groups if len(set(groups)) > 1 else None)
        rows.append({"outcome": outcome, "topic": topic, "messages": int(n), "mean": float(y[x].mean()),
                     "effect": effect, "ci_low": effect - 1.96 * se, "ci_high": effect + 1.96 * se, "p_value": p,
                     "impact_if_removed": float(y[~x].mean() - overall)})
    out = pd.DataFrame(rows)
    if out.empty:  # no topic with enough messages
        return pd.DataFrame(columns=DRIVER_COLUMNS)
    out["q_value"] = benjamini_hochberg(out["p_value"].to_numpy())
    return out.sort_values("effect").reset_index(drop=True)
