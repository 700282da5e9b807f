"""Seconds per step of the customer stage (profiles, segments, comparisons, drivers, trends, responsiveness,
quotes) on N analysed messages.

    python benchmarks/customer_speed.py [--sizes 10000 100000]

The ingest benchmark's CSV (a customer per five messages, 25 brands, a year of dates) is ingested; sentiment,
intent and topic columns are drawn at random (seeded), since this stage's cost does not depend on what the
models said. Segments by brand, as the analysis does by default when customers address several brands.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_speed import make_csv  # noqa: E402


def analysed_messages(n: int):
    from workbench import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "messages.csv"
        make_csv(n, csv)
        with Workspace(Path(tmp) / "ws") as ws:
            ws.ingest([csv])
            m = ws.messages()
    rng = np.random.default_rng(0)
    m["sentiment_label"] = rng.choice(["negative", "neutral", "positive"], len(m), p=[0.5, 0.3, 0.2])
    m["sentiment_score"] = m["sentiment_label"].map({"negative": -1.0, "neutral": 0.0, "positive": 1.0})
    m["intent"] = rng.choice(["complaint", "question", "request", "praise", "churn_threat", "other"], len(m))
    m["topic_id"] = rng.integers(0, 40, len(m))
    m["topic_label"] = "topic " + m["topic_id"].astype(str)
    m["emotion"] = "neutral"
    return m


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000])
    args = ap.parse_args()
    from workbench.customers.compare import drivers, segment_comparison
    from workbench.customers.profiles import customer_table, responsiveness
    from workbench.customers.quotes import quotes
    from workbench.customers.segments import behavioural_segments, segment_values
    from workbench.customers.trends import trends

    print("| messages | customers | profiles_s | segments_s | comparison_s | drivers_s | trends_s | "
          "responsiveness_s | quotes_s | total_s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        m = analysed_messages(n)
        times = {}

        def lap(name, f, *a, times=times, **k):
            t = time.perf_counter()
            out = f(*a, **k)
            times[name] = time.perf_counter() - t
            return out

        customers = lap("profiles", customer_table, m)
        lap("segments", behavioural_segments, customers, m)
        per_message = segment_values(m, "brand", {})
        lap("comparison", segment_comparison, m, per_message)
        lap("drivers", drivers, m, per_message)
        lap("trends", trends, m, freq="W")
        lap("responsiveness", responsiveness, m)
        lap("quotes", quotes, m, per_message)
        print(f"| {n:,} | {len(customers):,} | " + " | ".join(f"{v:.1f}" for v in times.values())
              + f" | {sum(times.values()):.1f} |")


if __name__ == "__main__":
    main()
