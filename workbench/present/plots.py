"""Charts: plot_*(table) -> plotly Figure, nothing else. Every function reads one analysis table.

No WebGL traces (they render blank in some viewers); hover texts are built from escaped strings.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from workbench.customers.segments import NOT_TOPICS
from workbench.customers.trends import dense_periods
from workbench.pipeline.summary import duration, percent

SENTIMENT_COLOURS = {"negative": "#d62728", "neutral": "#9e9e9e", "positive": "#2ca02c"}


def _percent_ticks(top: float) -> str:
    """A tick format whose labels all differ: under 10% plotly's ticks stand half a percent apart or closer."""
    return ".0%" if top >= 0.1 else ".1%" if top >= 0.01 else ".2%"


LAYOUT = dict(template="plotly_white", margin=dict(l=10, r=10, t=50, b=10), font=dict(size=12))


def _esc(values) -> list[str]:
    return [html.escape(str(v)) for v in values]


def _title(finding: str | None, what: str) -> str:
    """A chart title that states what the chart shows ("Customers talk most about refunds (12%)") above what
    is plotted; just the latter where the data state nothing."""
    return f"<b>{html.escape(finding)}</b><br><sup>{what}</sup>" if finding else what


def _short(label: str, n: int = 38) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def _shorts(labels: list[str], n: int = 38) -> list[str]:
    """Labels cut to `n` characters where that leaves them apart (a chart's axis merges labels alike)."""
    cut = [_short(label, n) for label in labels]
    return cut if len(set(cut)) == len(set(labels)) else labels


def plot_topic_sizes(topics: pd.DataFrame, top: int = 20, kind: str = "topic") -> go.Figure:
    """Biggest topics (or themes, `kind`, in the same columns) by share of customer messages."""
    t = topics[topics["topic_id"] >= 0].nlargest(top, "size").iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=t["share"],
            y=_esc(t["label"].map(_short)),
            orientation="h",
            text=[f"{s:.1%}" for s in t["share"]],
            textposition="outside",
            hovertext=_esc(t["keywords"]),
            marker_color="#1f77b4",
            customdata=[[label] for label in t["label"]],  # the full label, for the explorer's clicks
        )
    )
    top_topic = (f"Customers talk most about {t['label'].iloc[-1]} ({percent(t['share'].iloc[-1])} of messages)"
                 if len(t) else None)
    fig.update_layout(
        title=_title(top_topic, f"What customers talk about: share of messages per {kind}"),
        meta={"chart": f"{kind}_sizes"},
        xaxis_tickformat=_percent_ticks(t["share"].max() if len(t) else 1.0),
        # room beside the longest bar for its share, written outside it ("100.0%" was cut at the plot's edge)
        xaxis_range=[0, 1.15 * (t["share"].max() if len(t) else 1.0)],
        height=max(300, 22 * len(t) + 80),
        **LAYOUT,
    )
    return fig


def readable_labels(x: np.ndarray, y: np.ndarray, labels: list[str], sizes: np.ndarray, width: float = 1000,
                    height: float = 400, char: float = 6.5, line: float = 15) -> np.ndarray:
    """Which labels of a scatter can be written above their points without running into one another: the
    biggest points first, each label's box (`char` pixels a character, `line` high, above a marker of `sizes`
    pixels) kept where it overlaps no box kept before. The plot's `width` x `height` pixels span the points'
    range."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    if not len(x):
        return np.zeros(0, bool)
    px = (x - x.min()) / max(float(np.ptp(x)), 1e-9) * width
    py = (y - y.min()) / max(float(np.ptp(y)), 1e-9) * height
    boxes, keep = [], np.zeros(len(x), bool)
    for i in np.argsort(-np.asarray(sizes, float), kind="stable"):
        half = len(labels[i]) * char / 2
        bottom = py[i] + sizes[i] / 2 + 2
        box = (px[i] - half, px[i] + half, bottom, bottom + line)
        if all(box[1] < b[0] or box[0] > b[1] or box[3] < b[2] or box[2] > b[3] for b in boxes):
            boxes.append(box)
            keep[i] = True
    return keep


def plot_topic_map(topics: pd.DataFrame) -> go.Figure:
    """Topics placed by similarity (2-D projection of topic centroids), sized by volume; a topic's label is
    written where it runs into no bigger topic's, every label shows on hover."""
    t = topics[(topics["topic_id"] >= 0) & topics["x"].notna()]
    size = (12 + 40 * np.sqrt(t["share"] / max(t["share"].max(), 1e-9))).to_numpy()
    short = [_short(s, 24) for s in t["label"]]
    shown = readable_labels(t["x"].to_numpy(), t["y"].to_numpy(), short, size)
    fig = go.Figure(
        go.Scatter(
            x=t["x"],
            y=t["y"],
            mode="markers+text",
            text=_esc([s if keep else "" for s, keep in zip(short, shown, strict=True)]),
            textposition="top center",
            marker=dict(size=size, color="#1f77b4", opacity=0.6),
            hovertext=[f"<b>{html.escape(label)}</b><br>{html.escape(str(words))}"
                       for label, words in zip(t["label"], t["keywords"], strict=True)],
            hoverinfo="text",
            customdata=[[label] for label in t["label"]],
        )
    )
    hidden = int((~shown).sum())
    fig.update_layout(
        # two short lines, as every chart's title: one long line was cut at the explorer's narrower width
        title=_title("Topic map: nearby topics are alike", "bubble size is volume"
                     + (f" ({hidden} smaller topic{'s' if hidden > 1 else ''} named on hover)" if hidden else "")),
        meta={"chart": "topic_map"},
        height=520,
        xaxis=dict(visible=False),
        yaxis=dict(visible=False),
        **LAYOUT,
    )
    return fig


def plot_topics_over_time(over_time: pd.DataFrame, top: int = 8) -> go.Figure:
    """Messages per period for the biggest topics; a topic with no message in a period the export covers shows
    0 there (a line drawn from one message to the next would read as a steady trickle in between). Where a few
    messages lie far before or after the rest, the chart shows the rest (`dense_periods`) and says how many it
    leaves out. A period the export covers in part (it starts or ends within it: `days_covered`) is drawn as an
    open point and said under the title: its few messages are no drop in volume."""
    totals = over_time.groupby("period")["messages"].sum().sort_index()
    dense = dense_periods(totals) if len(totals) else totals
    left_out = int(totals.sum() - dense.sum())
    over_time = over_time[over_time["period"].isin(dense.index)]
    periods = pd.Index(sorted(over_time["period"].unique()), name="period")
    part = pd.Series(False, index=periods)
    if {"period_days", "days_covered"} <= set(over_time.columns) and len(periods):
        days = over_time.drop_duplicates("period").set_index("period").reindex(periods)
        part = (days["days_covered"] < days["period_days"]).fillna(False)
    over_time = over_time[over_time["topic_id"] >= 0]  # outliers and the groups kept out are no topics
    biggest = over_time.groupby("topic_label")["messages"].sum().nlargest(top).index
    fig = go.Figure()
    for label in biggest:
        d = over_time[over_time["topic_label"] == label].groupby("period")["messages"].sum().reindex(periods,
                                                                                                  fill_value=0)
        fig.add_trace(go.Scatter(x=d.index, y=d.to_numpy(), mode="lines+markers", name=html.escape(_short(label)),
                                 customdata=[[label]] * len(d),
                                 marker={"symbol": ["circle-open" if p else "circle" for p in part]}))
    finding = f"{biggest[0]} is the most discussed topic across the period" if len(biggest) else None
    what = "Topics over time (messages per period)"
    if left_out:
        when = f"{periods[0]:%d %b %Y} to {periods[-1]:%d %b %Y}"
        what += (f"<br>From {when}, where {percent(dense.sum() / totals.sum())} of messages are: {left_out:,} "
                 f"{'message' if left_out == 1 else 'messages'} before or after not shown")
    if part.any():
        ends = [f"the {which} holds {int(days.loc[p, 'days_covered'])} of its {int(days.loc[p, 'period_days'])} "
                "days" for which, p in (("first", periods[0]), ("last", periods[-1])) if part[p]]
        what += f"<br>Open points: periods the export covers in part ({', '.join(ends) or 'between its dates'})"
    fig.update_layout(title=_title(finding, what), meta={"chart": "over_time"},
                      height=420 + 20 * what.count("<br>"),
                      **{**LAYOUT, "margin": {**LAYOUT["margin"], "t": 50 + 20 * what.count("<br>")}})
    return fig


def plot_sentiment_by(messages: pd.DataFrame, by: str = "topic_label", top: int = 15) -> go.Figure:
    """Share of negative / neutral / positive messages for each value of `by` (topic, segment...)."""
    v = messages[messages["sentiment_label"].notna() & messages[by].notna()]
    keep = v[by].value_counts().index[:top]
    ct = pd.crosstab(v[by], v["sentiment_label"], normalize="index").reindex(keep)
    ct = ct.sort_values("negative", ascending=True) if "negative" in ct else ct
    fig = go.Figure()
    for label in ("negative", "neutral", "positive"):
        if label in ct:
            fig.add_trace(
                go.Bar(
                    y=_esc(ct.index.map(lambda s: _short(str(s)))),
                    x=ct[label],
                    name=label,
                    orientation="h",
                    marker_color=SENTIMENT_COLOURS[label],
                    customdata=[[str(v)] for v in ct.index],
                )
            )
    name = by.replace("_label", "").replace("_", " ")
    # The finding names a topic, not a group kept out of the topics ("messages in other languages")
    ranked = ct["negative"].dropna().drop(list(NOT_TOPICS), errors="ignore") if "negative" in ct else pd.Series()
    finding = (f"Most negative {name}: {ranked.index[-1]} ({percent(ranked.iloc[-1])} of its messages)"
               if len(ranked) > 1 else None)
    fig.update_layout(
        barmode="stack",
        title=_title(finding, f"Sentiment by {name}"),
        meta={"chart": "sentiment_by"},
        xaxis_tickformat=".0%",
        height=max(300, 24 * len(ct) + 90),
        **LAYOUT,
    )
    return fig


def plot_segment_heatmap(segment_topics: pd.DataFrame, dimension: str = "topic", top: int = 15,
                         columns: int = 20) -> go.Figure:
    """Segment x topic: share of the segment's messages; significant differences (q < 0.05) marked. The `top`
    most common topics, in the `columns` biggest segments (those large enough to test first: an export of 300
    brands draws 20 readable columns, and the subtitle says how many it leaves out)."""
    g = segment_topics[segment_topics["dimension"] == dimension]
    keep = g.groupby("value")["messages"].sum().nlargest(top).index
    sizes = (g.groupby("segment")["segment_messages"].max() if "segment_messages" in g
             else g.groupby("segment")["messages"].sum())
    testable = g.groupby("segment")["enough_data"].any() if "enough_data" in g else pd.Series(True, sizes.index)
    if "rest_messages" in g:  # untested because the others are too few: the segment itself is not the small one
        testable |= g.groupby("segment")["rest_messages"].max() < sizes
    order = sorted(sizes.index, key=lambda c: (not testable.get(c, True), -sizes[c], str(c)))
    left_out = len(order) - columns
    g = g[g["value"].isin(keep) & g["segment"].isin(order[:columns])]
    if dimension == "intent":  # "churn threat", as the summary says it
        g = g.assign(value=g["value"].str.replace("_", " "))
    share = g.pivot_table(index="value", columns="segment", values="share_messages", aggfunc="first")
    # Segments too small to test are flagged in their name and put last (`order`), never ranked among the others.
    share = share[[c for c in order if c in share.columns]]
    sig = g.pivot_table(index="value", columns="segment", values="significant", aggfunc="first").reindex_like(share)
    lift = g.pivot_table(index="value", columns="segment", values="lift", aggfunc="first").reindex_like(share)
    text = [
        [
            ("★ " if pd.notna(s) and bool(s) else "") + (percent(v) if pd.notna(v) else "")
            for v, s in zip(r1, r2, strict=True)
        ]
        for r1, r2 in zip(share.to_numpy(), sig.to_numpy(), strict=True)
    ]
    hover = [  # the names whole (the axes cut them), and no "lift nan" where a segment has no rest to lift over
        [html.escape(f"{segment}, {value}: share {v:.1%}") + (f", lift {lv:.2f}" if pd.notna(lv) else "")
         if pd.notna(v) else "" for segment, v, lv in zip(share.columns, r1, r2, strict=True)]
        for value, r1, r2 in zip(share.index, share.to_numpy(), lift.to_numpy(), strict=True)
    ]
    names = [str(c) for c in share.columns]
    fig = go.Figure(
        go.Heatmap(
            z=share.to_numpy(),
            x=_esc(names),  # the segments' names, as a click on a cell reads them; the axis writes them cut
            y=_esc(share.index.map(_short)),
            text=text,
            texttemplate="%{text}",
            hovertext=hover,
            hoverinfo="text",
            colorscale="Blues",
            colorbar=dict(tickformat=_percent_ticks(np.nanmax(share.to_numpy()) if share.size else 1.0)),
        )
    )
    marked = g[g["significant"].fillna(False).astype(bool)]
    strong = marked[marked["share_messages"] > marked["rest_share"]]
    strong = strong if len(strong) else marked  # only rarer in a segment: still the cell the star marks
    if len(strong):
        top = strong.loc[(strong["share_messages"] - strong["rest_share"]).abs().idxmax()]  # the widest gap
        name = str(top["segment"])  # "Segment 7 (one-off, ...)" or a value ("Acme"): never "segment Segment 7"
        whose = ("the messages naming no author" if name == "(no author named)" else
                 "the messages in no segment" if name == "(none)" else
                 f"{name if name.lower().startswith('segment') else f'segment {name}'}'s messages")
        finding = (f"{top['value']}: {percent(top['share_messages'])} of {whose}, "
                   f"{percent(top['rest_share'])} in the others")
    elif len(g):
        finding = f"No {dimension} is more common in one segment than in the others (FDR q < 0.05)"
    else:
        finding = None
    what = f"{dimension.capitalize()} by segment (★ differs from the rest, FDR q < 0.05)"
    if left_out > 0:
        what += f"; the {columns} biggest of {len(order):,} segments shown"
    fig.update_xaxes(tickmode="array", tickvals=_esc(names),
                     ticktext=_esc([cut + ("" if testable.get(c, True) else " (small)")
                                    for c, cut in zip(names, _shorts(names, 30), strict=True)]))
    fig.update_layout(
        title=_title(finding, what),
        meta={"chart": f"segment_{dimension}"},
        height=max(350, 26 * len(share) + 120),
        **LAYOUT,
    )
    return fig


def plot_drivers(drivers: pd.DataFrame, outcome: str = "sentiment_score", top: int = 15) -> go.Figure:
    """Effect of each topic on sentiment (adjusted for segment) with 95% intervals."""
    d = drivers[drivers["outcome"] == outcome].copy()
    d = d.reindex(d["effect"].abs().sort_values(ascending=False).index[:top]).sort_values("effect")
    colours = ["#d62728" if e < 0 else "#2ca02c" for e in d["effect"]]
    fig = go.Figure(
        go.Scatter(
            x=d["effect"],
            y=_esc(d["topic"].map(_short)),
            mode="markers",
            marker=dict(color=colours, size=10),
            error_x=dict(
                type="data", symmetric=False, array=d["ci_high"] - d["effect"], arrayminus=d["effect"] - d["ci_low"]
            ),
        )
    )
    fig.add_vline(x=0, line_color="#555")
    hurts = d[d["ci_high"] < 0]
    if len(hurts):
        worst = hurts.iloc[0]  # sorted by effect: the most negative first
        finding = (f"{worst['topic']} pulls sentiment down the most ({worst['effect']:+.2f}, 95% interval "
                   f"{worst['ci_low']:+.2f} to {worst['ci_high']:+.2f})")
    else:
        finding = "No topic pulls sentiment down beyond its 95% interval" if len(d) else None
    fig.update_layout(
        title=_title(finding, "What drives sentiment: difference vs other messages (95% interval)"),
        meta={"chart": "drivers"},
        height=max(300, 26 * len(d) + 90),
        **LAYOUT,
    )
    return fig


def plot_spikes(trends: pd.DataFrame, top: int = 6) -> go.Figure:
    """Share per period of the topics that spiked, spikes marked."""
    spiking = trends.loc[trends["spike"], "topic"].value_counts().index[:top]
    fig = go.Figure()
    for label in spiking:
        d = trends[trends["topic"] == label]
        fig.add_trace(go.Scatter(x=d["period"], y=d["share"], mode="lines", name=html.escape(_short(label))))
        s = d[d["spike"]]
        fig.add_trace(
            go.Scatter(
                x=s["period"],
                y=s["share"],
                mode="markers",
                showlegend=False,
                marker=dict(symbol="star", size=14, color="#d62728"),
            )
        )
    counts = trends.loc[trends["spike"], "topic"].value_counts()
    finding = (f"{counts.index[0]} spiked most: {counts.iloc[0]} period{'s' if counts.iloc[0] != 1 else ''} above "
               "its recent level" if len(counts) else None)
    fig.update_layout(
        title=_title(finding, "Spikes: topics whose share jumped above their recent level (★)"),
        meta={"chart": "spikes"},
        yaxis_tickformat=_percent_ticks(trends.loc[trends["topic"].isin(spiking), "share"].max()
                                        if len(spiking) else 1.0),
        height=420,
        **LAYOUT,
    )
    return fig


def plot_responsiveness(responsiveness: pd.DataFrame, top: int = 15) -> go.Figure:
    """Median first-response time and reply rate per brand and channel."""
    r = responsiveness.nlargest(top, "conversations").iloc[::-1]
    names = _esc([f"{b} ({c})" for b, c in zip(r["brand"], r["channel"], strict=True)])
    hours = r["median_first_response_minutes"] / 60
    fig = go.Figure(
        go.Bar(
            x=hours,
            y=names,
            orientation="h",
            marker_color="#ff7f0e",
            text=[f"{duration(h * 60)}, {percent(rr)} answered" if pd.notna(h) else f"{percent(rr)} answered"
                  for h, rr in zip(hours, r["reply_rate"], strict=True)],
            textposition="auto",  # inside a bar long enough to hold it: beside the longest it was cut off
        )
    )
    timed = pd.DataFrame({"name": [f"{b} ({c})" for b, c in zip(r["brand"], r["channel"], strict=True)],
                          "hours": hours.to_numpy()}).dropna()
    if len(timed) > 1:
        fast, slow = timed.loc[timed["hours"].idxmin()], timed.loc[timed["hours"].idxmax()]
        finding = (f"{fast['name']} answers fastest ({duration(fast['hours'] * 60)} median), {slow['name']} "
                   f"slowest ({duration(slow['hours'] * 60)})")
    elif len(timed):
        finding = f"{timed['name'].iloc[0]} answers in {duration(timed['hours'].iloc[0] * 60)} (median)"
    else:
        finding = None
    fig.update_layout(
        title=_title(finding, "How fast the brand answers: median first response (hours)"),
        meta={"chart": "responsiveness"}, height=max(300, 24 * len(r) + 90), **LAYOUT
    )
    return fig
