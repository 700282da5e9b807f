"""How fast the explorer redraws after a filter change, on 100k messages.

    python benchmarks/explorer_speed.py [--workspace DIR] [--messages 100000]

The messages of an analysed workspace (default: the one `make report` builds) are repeated with new ids up to
N rows; each filter change is timed through everything the explorer recomputes (filter, topic sizes, sentiment
by topic, topics over time, the segment heatmap's statistics, theme sizes) and through building the figures, not drawing
them in a browser. Median of 5 runs per change.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.analysis.topics import topics_over_time
from workbench.customers.compare import segment_comparison
from workbench.present.explorer.state import (
    Filters,
    customer_messages,
    filter_messages,
    theme_sizes,
    topic_sizes,
    verbatims,
)
from workbench.present.report import load_tables


def grow(m: pd.DataFrame, n: int) -> pd.DataFrame:
    reps = int(np.ceil(n / len(m)))
    big = pd.concat([m] * reps, ignore_index=True).head(n).copy()
    big[S.MESSAGE_ID] = big[S.MESSAGE_ID] + "#" + (big.index // len(m)).astype(str)
    big[S.AUTHOR_ID] = big[S.AUTHOR_ID] + "#" + (big.index // len(m) % 20).astype(str)
    return big


def redraw(m: pd.DataFrame, f: Filters, figures: bool = True) -> int:
    import workbench.present.plots as wp

    x = filter_messages(m, f)
    sizes, themes = topic_sizes(x), theme_sizes(x)
    trend = topics_over_time(x[[S.CREATED_AT, "topic_id", "topic_label"]])
    grid = segment_comparison(x, x["segment"].fillna("(none)"), min_segment=10)
    verbatims(x, 20)
    if figures and len(x):
        wp.plot_topic_sizes(sizes)
        wp.plot_topic_sizes(themes, kind="theme")
        wp.plot_sentiment_by(x, "topic_label", top=12)
        wp.plot_topics_over_time(trend)
        wp.plot_segment_heatmap(grid, "topic")
    return len(x)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--workspace", default="workspace")
    ap.add_argument("--messages", type=int, default=100_000)
    args = ap.parse_args()
    t = load_tables(args.workspace)
    seg = t["customers"].set_index("customer_id")
    col = next((c for c in seg.columns if c.startswith("segment_")), "segment")
    m = grow(customer_messages(t["messages"], seg[col]), args.messages)
    brand = m[S.BRAND].value_counts().index[0]
    topic = m["topic_label"].value_counts().index[0]
    theme = m.loc[m["theme_id"] >= 0, "theme_label"].value_counts().index[0]
    changes = {"no filter": Filters(), "sentiment = negative": Filters(sentiments=("negative",)),
               f"brand = {brand}": Filters(brands=(brand,)), f"topic = {topic[:30]}": Filters(topics=(topic,)),
               f"theme = {theme[:30]}": Filters(themes=(theme,)),
               "search 'password'": Filters(search="password")}
    print(f"| filter change ({len(m):,} messages) | messages shown | seconds (median of 5) |\n|---|---:|---:|")
    for name, f in changes.items():
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            shown = redraw(m, f)
            times.append(time.perf_counter() - t0)
        print(f"| {name} | {shown:,} | {statistics.median(times):.3f} |", flush=True)


if __name__ == "__main__":
    main()
