"""The workbench against the plain script it replaces, side by side: wall time and topic quality.

    python benchmarks/side_by_side.py [--set helpdesk] [--n 100000] [--embedding minilm]

The plain script, timed whole in its own process (load the model, encode, fit), is what a researcher writes:

    emb = SentenceTransformer(all-MiniLM-L6-v2).encode(texts)
    topics, _ = BERTopic().fit_transform(texts, emb)

The workbench: the same texts ingested into a fresh workspace (not timed; ingest is its own benchmark), then
`workbench analyse` timed in its own process with a cold cache (sentiment, emotion, intent, brands, customers
and segments included: it does much more than the script). On a labelled set of ../shared/data both are scored
by NMI against the people's labels (outliers as a cluster of their own); on `--n` generated messages (the
benchmark corpus, `benchmarks/corpus.py`: customers, threads and brand replies) only time is compared, the
script reading the customer messages the workbench analyses.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "scripts"))

PLAIN = """
import sys, numpy as np, pandas as pd
from bertopic import BERTopic
from sentence_transformers import SentenceTransformer
from workbench.analysis.embed import minilm_path
texts = pd.read_csv(sys.argv[1])["text"].fillna("").astype(str).tolist()
emb = SentenceTransformer(str(minilm_path()), device="cpu").encode(texts)
topics, _ = BERTopic().fit_transform(texts, emb)
np.save(sys.argv[2], np.asarray(topics))
"""


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{' '.join(cmd[:2])} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="helpdesk", help="a labelled set: cfpb, helpdesk, app_reviews, bitext, ...")
    ap.add_argument("--n", type=int, default=0, help="generated messages instead of a labelled set")
    ap.add_argument("--embedding", default="minilm")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    from sklearn.metrics import normalized_mutual_info_score

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv = plain_csv = tmp / "messages.csv"
        if args.n:
            from corpus import build

            export = build(args.n, shared=args.shared)
            export.to_csv(csv, index=False)
            data = export[export["author_role"] == "customer"]
            plain_csv = tmp / "customer_messages.csv"
            data[["message_id", "text"]].to_csv(plain_csv, index=False)
            name = f"{args.n:,} generated messages ({len(data):,} from customers)"
        else:
            import topic_corpora as tc

            readers = {read.__name__: read for read in tc.SETS.values()}  # cfpb, helpdesk, app_reviews, ...
            data = readers[args.set](args.shared).reset_index(drop=True)
            data.insert(0, "id", [f"m{i}" for i in range(len(data))])
            data[["id", "text"]].to_csv(csv, index=False)
            name = f"{args.set} ({len(data):,} labelled messages)"
        script = tmp / "plain.py"
        script.write_text(PLAIN)
        plain_s = timed([sys.executable, str(script), str(plain_csv), str(tmp / "plain.npy")])
        ws = str(tmp / "ws")
        subprocess.run([sys.executable, "-m", "workbench.cli", "ingest", str(csv), "--workspace", ws],
                       check=True, capture_output=True)
        wb_s = timed([sys.executable, "-m", "workbench.cli", "analyse", "--workspace", ws, "--embedding",
                      args.embedding])
        subprocess.run([sys.executable, "-m", "workbench.cli", "export", "messages", "--workspace", ws, "--out",
                        str(tmp / "m.parquet")], check=True, capture_output=True)
        plain = np.load(tmp / "plain.npy")
        analysed = pd.read_parquet(tmp / "m.parquet")
    print(f"{name}, workbench --embedding {args.embedding}; each side in its own process")
    print("| system | seconds | topics | NMI |")
    print("|---|---:|---:|---:|")
    rows = [("plain script (MiniLM fp32 + BERTopic defaults)", plain_s, plain, data.get("label")),
            ("workbench analyse (cold cache)", wb_s, None, None)]
    if "label" in data:
        by_source = analysed.dropna(subset=["topic_id"]).set_index("source_id")["topic_id"]
        keep = data["id"].isin(by_source.index)  # messages the workbench kept (hygiene drops exact duplicates)
        wb_topics = by_source.reindex(data.loc[keep, "id"]).to_numpy()
        rows[1] = (rows[1][0], wb_s, wb_topics, data.loc[keep, "label"])
    else:
        rows[1] = (rows[1][0], wb_s, analysed["topic_id"].dropna().to_numpy(), None)
    for system, sec, topics, labels in rows:
        nmi = f"{normalized_mutual_info_score(labels, topics):.3f}" if labels is not None else "-"
        print(f"| {system} | {sec:.1f} | {len(set(np.asarray(topics).tolist()) - {-1, -2, -3})} | {nmi} |")
    print(f"ratio (plain / workbench): {plain_s / wb_s:.2f}x")


if __name__ == "__main__":
    main()
