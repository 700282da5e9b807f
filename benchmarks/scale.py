"""Time and peak memory from raw export to HTML report at several sizes, on one plot.

    python benchmarks/scale.py [--sizes 10000 100000 1000000] [--embedding static] [--plot docs/scale.png]

For each size the corpus generator (`benchmarks/corpus.py`) writes a realistic export; then `workbench ingest`,
`workbench analyse` and `workbench report` run one after the other, each in its own process, as a researcher
runs them, in a fresh workspace (so every text is new to the embedding cache; models built on first use are
reused from ~/.cache/workbench). Each step is timed from the outside and its
peak memory is the process's maximum RSS (GNU time). The analysis stages' seconds come from the run's
`analysis_runs.timings`. One markdown row per size is printed as soon as that size is done; the plot shows
seconds and peak memory against messages on log-log axes, beside a line of slope one (linear growth).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("ingest", "analyse", "report")


def _timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one command, measured by GNU time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        subprocess.run(["/usr/bin/time", "-q", "-f", "%e %M", "-o", out.name, *cmd], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds, kb = out.read().split()[-2:]
    return float(seconds), int(kb) / 1024


def run_size(n: int, embedding: str) -> dict:
    workbench = str(Path(sys.executable).with_name("workbench"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(n), str(tmp / "export.csv")],
                       check=True, stdout=subprocess.DEVNULL)
        ws, row = str(tmp / "ws"), {"messages": n, "embedding": embedding}
        commands = {
            "ingest": [workbench, "ingest", str(tmp / "export.csv"), "--workspace", ws],
            "analyse": [workbench, "analyse", "--workspace", ws, "--embedding", embedding],
            "report": [workbench, "report", "--workspace", ws, "--out", str(tmp / "reports")],
        }
        for step in STEPS:
            row[f"{step}_s"], row[f"{step}_mb"] = _timed(commands[step], env)
        import duckdb

        with duckdb.connect(str(Path(ws) / "workbench.duckdb"), read_only=True) as con:
            row["stored"] = con.execute("SELECT count(*) FROM messages").fetchone()[0]
            timings = con.execute("SELECT timings FROM analysis_runs ORDER BY run_id DESC LIMIT 1").fetchone()
        row["stages"] = json.loads(timings[0]) if timings else {}
        row["pages"] = len(list((tmp / "reports").glob("*.html")))
    row["total_s"] = sum(row[f"{s}_s"] for s in STEPS)
    row["peak_mb"] = max(row[f"{s}_mb"] for s in STEPS)
    return row


def plot(rows: list[dict], path: Path) -> None:
    from plotly.subplots import make_subplots

    n = [r["messages"] for r in rows]
    fig = make_subplots(rows=1, cols=2, subplot_titles=("seconds, raw export to report", "peak memory (MB)"))
    for step in STEPS:
        fig.add_scatter(x=n, y=[r[f"{step}_s"] for r in rows], name=step, mode="lines+markers", row=1, col=1)
    fig.add_scatter(x=n, y=[r["total_s"] for r in rows], name="all three", mode="lines+markers",
                    line={"width": 3, "color": "black"}, row=1, col=1)
    linear = [rows[0]["total_s"] * m / n[0] for m in n]
    fig.add_scatter(x=n, y=linear, name="linear from the smallest", mode="lines",
                    line={"dash": "dot", "color": "grey"}, row=1, col=1)
    for step in STEPS:
        fig.add_scatter(x=n, y=[r[f"{step}_mb"] for r in rows], name=f"{step} (memory)", mode="lines+markers",
                        showlegend=True, row=1, col=2)
    fig.update_xaxes(type="log", title_text="messages")
    fig.update_yaxes(type="log")
    fig.update_layout(width=1100, height=450, title=f"Scale, --embedding {rows[0]['embedding']}, 2 cores")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.write_image(str(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--embedding", default="static")
    ap.add_argument("--plot", type=Path, default=ROOT / "docs" / "scale.png")
    ap.add_argument("--json", type=Path, help="also write the rows here")
    args = ap.parse_args()
    cols = ["messages", "stored", "ingest_s", "analyse_s", "report_s", "total_s", "peak_mb"]
    print("| " + " | ".join(cols) + " | analysis stages (s) |\n|" + "---:|" * len(cols) + "---|", flush=True)
    rows = []
    for n in args.sizes:
        row = run_size(n, args.embedding)
        rows.append(row)
        stages = ", ".join(f"{k} {v:.0f}" for k, v in row["stages"].items())
        print("| " + " | ".join(f"{row[c]:,.0f}" for c in cols) + f" | {stages} |", flush=True)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1))
    plot(rows, args.plot)
    print(f"plot: {args.plot}")


if __name__ == "__main__":
    main()
