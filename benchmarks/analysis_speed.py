"""Time and peak memory of each analysis stage, for N messages, with each embedding backend.

    python benchmarks/analysis_speed.py [--sizes 10000 100000] [--embeddings minilm static]

The corpus is the ingest benchmark's CSV (the bundled sample's customer texts with unique order numbers, so
every text is embedded: the embedding cache starts empty). Each run is its own process in a fresh workspace;
stage times come from the run's `analysis_runs.timings`, peak memory is the process's maximum RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_speed import make_csv  # noqa: E402


def run_one(n: int, embedding: str) -> dict:
    from workbench import Workspace
    from workbench.pipeline.run import analyse

    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / f"messages_{n}.csv"
        make_csv(n, csv)
        with Workspace(Path(tmp) / "ws") as ws:
            t0 = time.perf_counter()
            ws.ingest([csv])
            ingest = time.perf_counter() - t0
            t0 = time.perf_counter()
            out = analyse(ws, embedding=embedding, progress=False)
            total = time.perf_counter() - t0
    run = out["run"].iloc[0]
    return {"messages": n, "embedding": embedding, "ingest_s": round(ingest, 1), "analyse_s": round(total, 1),
            **{f"{k}_s": round(v, 1) for k, v in json.loads(run["timings"]).items()},
            "topics": int(run["topics"]), "outliers": round(float(run["outlier_share"]), 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--embeddings", nargs="+", default=["static", "minilm"])
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(int(args.one[0]), args.one[1])))
        return
    cols = ["messages", "embedding", "ingest_s", "per_message_s", "topics_s",
            "customers_s", "store_s", "analyse_s", "topics", "outliers", "peak_rss_mb"]
    print("| " + " | ".join(cols) + " |\n|" + "---:|" * len(cols), flush=True)
    for emb in args.embeddings:
        for n in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--one", str(n), emb], capture_output=True, text=True)
            if out.returncode:
                print(f"| {n} | {emb} | failed: {out.stderr.strip().splitlines()[-1]} |", flush=True)
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print("| " + " | ".join(f"{r.get(c, ''):,}" if isinstance(r.get(c), int) else str(r.get(c, ""))
                                    for c in cols) + " |", flush=True)


if __name__ == "__main__":
    main()
