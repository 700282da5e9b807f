"""The whole `workbench report` from a raw export to HTML: ingest, analysis and the five rendered reports.

    python benchmarks/report_speed.py [--n 100000] [--embedding static]

The ingest benchmark's CSV of N messages, in a fresh workspace with empty caches; one process, timed from
the outside, as a researcher would run it.
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--embedding", default="static")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_csv(args.n, tmp / "export.csv")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "workbench.cli", "report", str(tmp / "export.csv"), "--workspace",
                        str(tmp / "ws"), "--out", str(tmp / "reports"), "--embedding", args.embedding],
                       check=True, capture_output=True)
        seconds = time.perf_counter() - t
        pages = sorted(p.name for p in (tmp / "reports").glob("*.html"))
    print(f"{args.n:,} messages, --embedding {args.embedding}: raw export to {len(pages)} HTML reports in "
          f"{seconds:.0f} s ({seconds / 60:.1f} min)")


if __name__ == "__main__":
    main()
