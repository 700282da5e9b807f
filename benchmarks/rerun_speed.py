"""What a re-analysis costs after a parameter change, against the first analysis, each in a new process.

    python benchmarks/rerun_speed.py [--n 15000] [--embedding minilm]

The ingest benchmark's CSV of N messages is ingested into a fresh workspace; then, timed from the outside
(`workbench analyse` in its own process, so nothing survives in memory): the first analysis (empty caches),
a rerun with `--max-topics 30`, and a rerun with nothing changed. What is cached between them lives in the
workspace's `cache/` folder: embeddings and VADER scores (by text hash and model), UMAP's reduced vectors (by
the hash of its input and parameters).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_speed import make_csv  # noqa: E402


def timed(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workbench.cli", *args], check=True, capture_output=True, text=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=15_000)
    ap.add_argument("--embedding", default="minilm")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv, ws = Path(tmp) / "messages.csv", str(Path(tmp) / "ws")
        make_csv(args.n, csv)
        timed(["ingest", str(csv), "--workspace", ws])
        base = ["analyse", "--workspace", ws, "--embedding", args.embedding]
        first = timed(base)
        topics = timed([*base, "--max-topics", "30"])
        same = timed([*base, "--max-topics", "30"])
        from workbench.store import Store

        with Store(ws, read_only=True) as store:
            stages = store.table("analysis_runs")["timings"].tolist()
    print(f"{args.n:,} messages, --embedding {args.embedding}, each run a new process:")
    print("| run | seconds | share of the first |")
    print("|---|---:|---:|")
    for name, sec in [("first analysis", first), ("rerun with --max-topics 30", topics),
                      ("rerun, nothing changed", same)]:
        print(f"| {name} | {sec:.1f} | {sec / first:.2f} |")
    print("\nStage seconds inside each recomputing run (analysis_runs.timings):")
    for name, t in zip(("first analysis", "rerun with --max-topics 30"), stages, strict=False):
        print(f"- {name}: {t}")


if __name__ == "__main__":
    main()
