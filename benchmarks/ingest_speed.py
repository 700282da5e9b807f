"""Ingest speed and peak memory: a CSV of N customer messages into a fresh workspace.

    python benchmarks/ingest_speed.py [--sizes 10000 100000] [--files 500]

With --files F the same messages are split into F small CSV files in one folder, ingested as a folder (a
Slack export's days, a folder of e-mails): what each file's fixed cost adds.

The CSV is built from the bundled customer-care sample's texts (with unique ids, 20% as many customers as
messages, 25 brands, a year of timestamps and an order number so texts differ). Each size runs in its own
process, and the CSV is written by another, so that peak memory (max RSS) is that ingest's own.
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

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent


def make_csv(n: int, path: Path, seed: int = 0) -> None:
    from workbench.ingest.formats import load

    texts = load(ROOT / "data" / "samples" / "customer_care_tweets.json").messages
    texts = texts[texts["author_role"] == "customer"]
    rng = np.random.default_rng(seed)
    pick = texts.sample(n, replace=True, random_state=seed)
    start = pd.Timestamp("2024-01-01", tz="UTC")
    times = start + pd.to_timedelta(rng.integers(0, 365 * 86400, n), unit="s")
    df = pd.DataFrame({
        "message_id": np.arange(n),
        "created_at": times.strftime("%Y-%m-%d %H:%M:%S"),
        "user": "u" + pd.Series(rng.integers(0, max(1, n // 5), n)).astype(str),
        "brand": pick["brand"].to_numpy(),
        "text": pick["text"].to_numpy() + " (order #" + pd.Series(rng.integers(10000, 99999, n)).astype(str) + ")",
        "rating": rng.integers(1, 6, n),
        "plan": rng.choice(["basic", "premium", "family"], n),
    })
    df.to_csv(path, index=False)


def split_csv(path: Path, files: int) -> Path:
    """The CSV's rows as `files` CSVs of about equal size in a folder beside it."""
    folder = path.parent / "files"
    folder.mkdir()
    df = pd.read_csv(path)
    for i, rows in enumerate(np.array_split(np.arange(len(df)), files)):
        df.iloc[rows].to_csv(folder / f"part_{i:05d}.csv", index=False)
    return folder


def run_one(n: int, files: int = 1) -> dict:
    from workbench import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / f"messages_{n}.csv"
        # The CSV is made by another process, so that this one's peak memory is the ingest's own.
        subprocess.run([sys.executable, __file__, "--make", str(n), str(csv)] + (["--split", str(files)]
                                                                                 if files > 1 else []), check=True)
        target = Path(tmp) / "files" if files > 1 else csv
        t0 = time.perf_counter()
        with Workspace(Path(tmp) / "ws") as ws:
            reports = ws.ingest([target])
        seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"messages": n, "files": files, "loaded": sum(r.loaded for r in reports), "seconds": round(seconds, 2),
            "messages_per_second": round(n / seconds), "peak_rss_mb": round(peak_mb)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--files", type=int, default=1, help="split the messages into this many files in a folder")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--make", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--split", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.make:
        make_csv(int(args.make[0]), Path(args.make[1]))
        if args.split > 1:
            split_csv(Path(args.make[1]), args.split)
        return
    if args.one:
        print(json.dumps(run_one(args.one, args.files)))
        return
    print("| messages | files | loaded | seconds | messages/s | peak RSS (MB) |\n|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--files", str(args.files)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['messages']:,} | {r['files']:,} | {r['loaded']:,} | {r['seconds']} | "
              f"{r['messages_per_second']:,} | {r['peak_rss_mb']:,} |", flush=True)


if __name__ == "__main__":
    main()
