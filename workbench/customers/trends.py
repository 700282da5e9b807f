"""What is rising: volume and sentiment per topic per period, spikes and emerging topics.

A spike is a topic whose share of a period's messages is above its share in the trailing `window` periods,
tested one-sided with a binomial test (expected share from the trailing window, +0.5 smoothing) and kept
when its Benjamini-Hochberg q-value is under 0.05, it has at least `min_count` messages and a lift of at
least 1.5. An emerging topic is one with at least `min_count` messages in the latest `window` periods and
(almost) none before, more than chance gives (Fisher's exact test against the earlier periods, q < 0.05). A
sentiment drop is a period whose mean sentiment for a topic is significantly below
the trailing window (Welch t-test, q < 0.05, drop of at least 0.2).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from workbench import schema as S
from workbench.customers.quotes import quotes  # noqa: F401 (its home before)
from workbench.customers.segments import NOT_TOPICS
from workbench.customers.stats import benjamini_hochberg


def dense_periods(totals: pd.Series, tail: float = 0.02, least: float = 0.25) -> pd.Series:
    """The periods (the index of `totals`, messages per period, in order) where the export's messages are:
    without the first and last periods that together hold at most `tail` of them at either end, where that
    drops at least `least` of the time the export spans (2% of a customer-care export written over two years,
    the rest in its last six weeks, would squeeze every line to the right edge). All of them otherwise."""
    share = totals.cumsum() / totals.sum()
    start = int(np.searchsorted(share.to_numpy(), tail, side="right"))  # the first period past the early tail
    end = int(np.searchsorted(share.to_numpy(), 1 - tail, side="left"))  # the period that reaches the late one
    span = totals.index[-1] - totals.index[0]
    kept = totals.iloc[start:end + 1]
    if len(kept) == 0 or span == pd.Timedelta(0) or (kept.index[-1] - kept.index[0]) > (1 - least) * span:
        return totals
    return kept


def _period(ts: pd.Series, freq: str) -> pd.Series:
    return ts.dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period(freq).dt.start_time


def trends(messages: pd.DataFrame, freq: str = "W", window: int = 4, min_count: int = 5) -> tuple[pd.DataFrame,
                                                                                                 pd.DataFrame]:
    """(trends: topic x period with volume, share, sentiment, baseline and tests; alerts in plain words)."""
    v = messages[(messages[S.AUTHOR_ROLE] == "customer") & messages["topic_label"].notna()
                 & messages[S.CREATED_AT].notna()]
    v = v[~v["topic_label"].isin(NOT_TOPICS)].assign(period=lambda d: _period(d[S.CREATED_AT], freq))
    cols = ["topic", "period", "messages", "period_messages", "share", "mean_sentiment", "baseline_share", "lift",
            "p_value", "q_value", "spike", "baseline_messages"]
    if v.empty:
        return pd.DataFrame(columns=cols), pd.DataFrame(columns=["kind", "topic", "period", "message", "evidence"])
    periods = pd.Series(sorted(v["period"].unique()))
    totals = v.groupby("period").size().reindex(periods, fill_value=0).to_numpy()
    counts = v.groupby(["topic_label", "period"]).size().unstack(fill_value=0).reindex(columns=periods, fill_value=0)
    k = counts.to_numpy()
    # Each period against the `window` periods before it (cumulative sums: every topic and period at once).
    base_k, base_n = _trailing(k, window), _trailing(totals[None, :], window)[0]
    first = np.arange(len(periods)) == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        p0 = np.where(first, np.nan, (base_k + 0.5) / (base_n + 1))
        share = np.where(totals > 0, k / totals, np.nan)
        lift = np.where((totals > 0) & ~np.isnan(p0), share / p0, np.nan)
    testable = ~first & (totals > 0) & (base_n > 0)
    # Both the period's share and the baseline's are estimates: Fisher's exact test (one-sided) of the period's
    # messages against the trailing window's, every cell at once through the hypergeometric distribution. A
    # baseline of 0 of 40 messages could well be 3%, so 5 of 62 is no spike; after 0 of 1,000 it is.
    p = np.where(testable, stats.hypergeom.sf(k - 1, totals + base_n, k + base_k, totals), np.nan)
    mean = v.groupby(["topic_label", "period"])["sentiment_score"].mean().unstack().reindex(
        index=counts.index, columns=periods)
    n_topics, n_periods = k.shape
    rows = {"topic": np.repeat(counts.index.to_numpy(), n_periods), "period": np.tile(periods.to_numpy(), n_topics),
            "messages": k.ravel().astype(int), "period_messages": np.tile(totals, n_topics).astype(int),
            "share": share.ravel(), "mean_sentiment": mean.to_numpy().ravel(), "baseline_share": p0.ravel(),
            "lift": lift.ravel(), "p_value": p.ravel(), "baseline_messages": base_k.ravel().astype(int)}
    t = pd.DataFrame(rows)
    t["q_value"] = benjamini_hochberg(t["p_value"].to_numpy())
    t["spike"] = (t["q_value"] < 0.05) & (t["messages"] >= min_count) & (t["lift"] >= 1.5)
    return t[cols], _alerts(t, v, counts, periods, window, min_count, freq)


def _trailing(x: np.ndarray, window: int) -> np.ndarray:
    """For each column i, the sum of columns i - window .. i - 1 (fewer at the start), row by row."""
    c = np.concatenate([np.zeros((x.shape[0], 1)), np.cumsum(x, axis=1)], axis=1)
    i = np.arange(x.shape[1])
    return c[:, i] - c[:, np.maximum(0, i - window)]


def _share(x: float) -> str:
    """A share as the summary writes it: whole percent from 10%, one decimal below (27%, 4.8%)."""
    return f"{x:.0%}" if x >= 0.095 else f"{x:.1%}"


def _when(period: pd.Timestamp, freq: str) -> str:
    """A period as a sentence says it, dated as the report dates: "in the week of 23 Mar 2020", "on 23 Mar
    2020", "in March 2020"."""
    day = f"{period.day} {period:%b %Y}"
    unit = _unit(freq)
    if unit == "week":
        return f"in the week of {day}"
    if unit == "day":
        return f"on {day}"
    if unit == "month":
        return f"in {period:%B %Y}"
    return f"in the period from {day}"


def _unit(freq: str) -> str:
    """What one period of a pandas frequency is called: week, day, month, or period."""
    kind = freq.upper()
    return "week" if kind.startswith("W") else "day" if kind == "D" else "month" if kind.startswith("M") else "period"


def _periods(n: int, freq: str) -> str:
    """`n` periods as a sentence counts them: "week", "4 weeks", "2 days", "3 months", "4 periods"."""
    return _unit(freq) if n == 1 else f"{n} {_unit(freq)}s"


def _alerts(t: pd.DataFrame, v: pd.DataFrame, counts: pd.DataFrame, periods: pd.Series, window: int,
            min_count: int, freq: str = "W") -> pd.DataFrame:
    alerts = []
    place = {p: i for i, p in enumerate(periods)}  # how many periods come before each: the window may hold fewer
    for r in t[t["spike"]].itertuples():
        alerts.append({"kind": "spike", "topic": r.topic, "period": r.period,
                       "message": f"'{r.topic}' rose to {_share(r.share)} of messages {_when(r.period, freq)} "
                                  f"({r.messages} of {r.period_messages} messages), "
                                  + (f"{r.lift:.1f}x its recent share of {_share(r.baseline_share)}."
                                     if r.baseline_messages
                                     else f"after none in the {_periods(min(window, place[r.period]), freq)} "
                                          "before."),
                       "evidence": f"Fisher's exact test against the trailing {window} periods, "
                                   f"q = {r.q_value:.3g}"})
    if len(periods) > window:
        recent = counts.iloc[:, -window:].sum(axis=1)
        before = counts.iloc[:, :-window].sum(axis=1)
        share_before = before / max(before.sum(), 1)
        # New beyond chance: Fisher's exact test (one-sided) of the recent periods' messages against the earlier
        # ones, so that none in a thin past (12 messages in the export's first week) makes no topic new.
        n_recent, n_before = int(recent.sum()), int(before.sum())
        p = stats.hypergeom.sf(recent - 1, n_recent + n_before, recent + before, n_recent)
        q = pd.Series(benjamini_hochberg(np.asarray(p, float)), index=counts.index)
        for topic in counts.index:
            if recent[topic] >= min_count and share_before[topic] < 0.002 and q[topic] < 0.05:
                alerts.append({"kind": "emerging", "topic": topic, "period": periods.iloc[-window],
                               "message": f"'{topic}' is new: {int(recent[topic])} messages in the last "
                                          f"{_periods(window, freq)}, {int(before[topic])} before.",
                               "evidence": f"at least {min_count} recent messages, under 0.2% of earlier ones; "
                                           f"Fisher's exact test of the last {window} periods against the earlier "
                                           f"ones, q = {q[topic]:.3g}"})
    # Sentiment drops: each topic-period's scores against the trailing window's (Welch's t-test, one-sided),
    # from per-cell counts, sums and sums of squares.
    scored = v.dropna(subset=["sentiment_score"]).assign(_sq=lambda d: d["sentiment_score"] ** 2)
    cells = scored.groupby(["topic_label", "period"])[["sentiment_score", "_sq"]].agg(["count", "sum"])
    grid = {name: cells[col].unstack(fill_value=0).reindex(index=counts.index, columns=periods, fill_value=0)
            .to_numpy(float) for name, col in (("n", ("sentiment_score", "count")), ("s", ("sentiment_score", "sum")),
                                              ("ss", ("_sq", "sum")))}
    base = {name: _trailing(x, window) for name, x in grid.items()}
    ok = (grid["n"] >= min_count) & (base["n"] >= min_count)
    ok[:, 0] = False
    if ok.any():
        now_mean, base_mean = grid["s"][ok] / grid["n"][ok], base["s"][ok] / base["n"][ok]
        sd = [np.sqrt(np.maximum(g["ss"][ok] - g["s"][ok] ** 2 / g["n"][ok], 0) / (g["n"][ok] - 1))
              for g in (grid, base)]
        p = stats.ttest_ind_from_stats(now_mean, sd[0], grid["n"][ok], base_mean, sd[1], base["n"][ok],
                                       equal_var=False, alternative="less").pvalue
        ti, pi = np.nonzero(ok)
        drops = list(zip(counts.index[ti], periods.iloc[pi], now_mean, base_mean, p, strict=True))
        q = benjamini_hochberg(np.asarray(p, float))  # NaN (no spread in either sample) is no test
        for (topic, period, now, base_m, _p), qv in zip(drops, q, strict=True):
            if qv < 0.05 and base_m - now >= 0.2:
                alerts.append({"kind": "sentiment drop", "topic": topic, "period": period,
                               "message": f"Sentiment on '{topic}' fell to {now:+.2f} {_when(period, freq)}, "
                                          f"from {base_m:+.2f}.",
                               "evidence": f"Welch t-test vs trailing {window} periods, q = {qv:.3g}"})
    out = pd.DataFrame(alerts, columns=["kind", "topic", "period", "message", "evidence"])
    # What is new first: the latest periods' alerts lead, older ones are history.
    return out.sort_values("period", ascending=False, kind="stable").reset_index(drop=True)
