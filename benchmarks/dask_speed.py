"""`analyse --engine dask` on 1 and 2 local workers, against the local engine, on N messages.

    python benchmarks/dask_speed.py [--n 20000] [--embedding minilm]

Each run analyses a fresh copy of one ingested workspace (the ingest benchmark's corpus), with empty caches,
so every message is embedded and scored. Wall time of `analyse` and its `per_message` stage (the part the
engine distributes; topics and the customer stage run on the driver either way).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_speed import make_csv  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--embedding", default="minilm")
    args = ap.parse_args()
    from distributed import LocalCluster

    from workbench import Workspace
    from workbench.pipeline.run import analyse

    print(f"{args.n:,} messages, --embedding {args.embedding}")
    print("| engine | workers | analyse_s | per_message_s |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_csv(args.n, tmp / "messages.csv")
        with Workspace(tmp / "base") as ws:
            ws.ingest([tmp / "messages.csv"])
        for engine, workers in (("local", 1), ("dask", 1), ("dask", 2)):
            path = tmp / f"{engine}-{workers}"
            shutil.copytree(tmp / "base", path)
            cluster = LocalCluster(n_workers=workers, threads_per_worker=2, processes=True,
                                   dashboard_address=None) if engine == "dask" else None
            t = time.perf_counter()
            with Workspace(path) as ws:
                out = analyse(ws, embedding=args.embedding, progress=False, engine=engine,
                              scheduler=cluster.scheduler_address if cluster else None)
            seconds = time.perf_counter() - t
            if cluster:
                cluster.close()
            stage = json.loads(out.run["timings"])["per_message"]
            print(f"| {engine} | {workers} | {seconds:.1f} | {stage:.1f} |")


if __name__ == "__main__":
    main()
