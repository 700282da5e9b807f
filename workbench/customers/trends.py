"""What is rising: volume and sentiment per topic per period, spikes and emerging topics, and quotes.

A spike is a topic whose share of a period's messages is above its share in the trailing `window` periods,
tested one-sided with a binomial test (expected share from the trailing window, +0.5 smoothing) and kept
when its Benjamini-Hochberg q-value is under 0.05, it has at least `min_count` messages and a lift of at
least 1.5. An emerging topic is one with at least `min_count` messages in the latest `window` periods and
(almost) none before. A sentiment drop is a period whose mean sentiment for a topic is significantly below
the trailing window (Welch t-test, q < 0.05, drop of at least 0.2).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from workbench import schema as S
from workbench.customers.segments import NOT_TOPICS
from workbench.customers.stats import benjamini_hochberg
from workbench.ingest.clean import redact_text


def _period(ts: pd.Series, freq: str) -> pd.Series:
    return ts.dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period(freq).dt.start_time


def trends(messages: pd.DataFrame, freq: str = "W", window: int = 4, min_count: int = 5) -> tuple[pd.DataFrame,
                                                                                                 pd.DataFrame]:
    """(trends: topic x period with volume, share, sentiment, baseline and tests; alerts in plain words)."""
    v = messages[(messages[S.AUTHOR_ROLE] == "customer") & messages["topic_label"].notna()
                 & messages[S.CREATED_AT].notna()]
    v = v[~v["topic_label"].isin(NOT_TOPICS)].assign(period=lambda d: _period(d[S.CREATED_AT], freq))
    cols = ["topic", "period", "messages", "period_messages", "share", "mean_sentiment", "baseline_share", "lift",
            "p_value", "q_value", "spike"]
    if v.empty:
        return pd.DataFrame(columns=cols), pd.DataFrame(columns=["kind", "topic", "period", "message", "evidence"])
    periods = pd.Series(sorted(v["period"].unique()))
    totals = v.groupby("period").size().reindex(periods, fill_value=0)
    counts = v.groupby(["topic_label", "period"]).size().unstack(fill_value=0).reindex(columns=periods, fill_value=0)
    sent = v.groupby(["topic_label", "period"])["sentiment_score"]
    rows = []
    for topic, row in counts.iterrows():
        k = row.to_numpy()
        for i, period in enumerate(periods):
            lo = max(0, i - window)
            base_k, base_n = k[lo:i].sum(), totals.iloc[lo:i].sum()
            n = totals.iloc[i]
            p0 = (base_k + 0.5) / (base_n + 1) if i > 0 else np.nan
            p = float(stats.binom.sf(k[i] - 1, n, p0)) if i > 0 and n > 0 and base_n > 0 else np.nan
            rows.append({"topic": topic, "period": period, "messages": int(k[i]), "period_messages": int(n),
                         "share": k[i] / n if n else np.nan,
                         "mean_sentiment": sent.get_group((topic, period)).mean() if k[i] else np.nan,
                         "baseline_share": p0, "lift": (k[i] / n) / p0 if n and p0 == p0 else np.nan, "p_value": p})
    t = pd.DataFrame(rows)
    t["q_value"] = benjamini_hochberg(t["p_value"].to_numpy())
    t["spike"] = (t["q_value"] < 0.05) & (t["messages"] >= min_count) & (t["lift"] >= 1.5)
    return t[cols], _alerts(t, v, counts, periods, window, min_count)


def _alerts(t: pd.DataFrame, v: pd.DataFrame, counts: pd.DataFrame, periods: pd.Series, window: int,
            min_count: int) -> pd.DataFrame:
    alerts = []
    for r in t[t["spike"]].itertuples():
        alerts.append({"kind": "spike", "topic": r.topic, "period": r.period,
                       "message": f"'{r.topic}' rose to {r.share:.0%} of messages in the period from "
                                  f"{r.period:%Y-%m-%d} ({r.messages} messages), {r.lift:.1f}x its recent share of "
                                  f"{r.baseline_share:.1%}.",
                       "evidence": f"binomial test vs trailing {window} periods, q = {r.q_value:.3g}"})
    if len(periods) > window:
        recent = counts.iloc[:, -window:].sum(axis=1)
        before = counts.iloc[:, :-window].sum(axis=1)
        share_before = before / max(before.sum(), 1)
        for topic in counts.index:
            if recent[topic] >= min_count and share_before[topic] < 0.002:
                alerts.append({"kind": "emerging", "topic": topic, "period": periods.iloc[-window],
                               "message": f"'{topic}' is new: {int(recent[topic])} messages in the last {window} "
                                          f"periods, {int(before[topic])} before.",
                               "evidence": f"at least {min_count} recent messages, under 0.2% of earlier ones"})
    drops = []
    for topic, grp in v.groupby("topic_label"):
        for i, period in enumerate(periods):
            if i == 0:
                continue
            now = grp.loc[grp["period"] == period, "sentiment_score"].dropna()
            base = grp.loc[grp["period"].isin(periods.iloc[max(0, i - window):i]), "sentiment_score"].dropna()
            if len(now) >= min_count and len(base) >= min_count:
                p = stats.ttest_ind(now, base, equal_var=False, alternative="less").pvalue
                drops.append((topic, period, now.mean(), base.mean(), float(p)))
    if drops:
        q = benjamini_hochberg(np.array([d[4] for d in drops]))
        for (topic, period, now, base, _p), qv in zip(drops, q, strict=True):
            if qv < 0.05 and base - now >= 0.2:
                alerts.append({"kind": "sentiment drop", "topic": topic, "period": period,
                               "message": f"Sentiment on '{topic}' fell to {now:+.2f} in the period from "
                                          f"{period:%Y-%m-%d}, from {base:+.2f}.",
                               "evidence": f"Welch t-test vs trailing {window} periods, q = {qv:.3g}"})
    return pd.DataFrame(alerts, columns=["kind", "topic", "period", "message", "evidence"])


def quotes(messages: pd.DataFrame, segment: pd.Series, per_cell: int = 3, keep_handles: frozenset[str] = frozenset()
           ) -> pd.DataFrame:
    """Verbatims per segment x topic: the most clearly felt messages of readable length, PII-redacted again
    (so quotes are safe even from a workspace ingested with --no-redact)."""
    v = messages.assign(segment=segment.to_numpy())
    v = v[(v[S.AUTHOR_ROLE] == "customer") & v["topic_label"].notna() & ~v["topic_label"].isin(NOT_TOPICS)]
    v = v[v[S.TEXT].str.len().between(25, 400)]
    v = v.assign(_strength=v["sentiment_score"].abs()).sort_values(["_strength", S.MESSAGE_ID],
                                                                   ascending=[False, True])
    picked = v.groupby(["segment", "topic_label"], sort=False).head(per_cell)
    cols = ["segment", "topic_id", "topic_label", S.MESSAGE_ID, S.CREATED_AT, S.CHANNEL, "sentiment_label",
            "intent", S.TEXT]
    out = picked[[c for c in cols if c in picked.columns]].copy()
    out[S.TEXT] = out[S.TEXT].map(lambda t: redact_text(t, keep_handles))
    return out.sort_values(["segment", "topic_label"]).reset_index(drop=True)
