"""Rebuild the derived samples in data/samples/ from the public data in ../shared/data.

    python scripts/make_samples.py [--shared ../shared/data]

Only redistributable sources are used (see data/samples/README.md). Customer handles in the IBM set are real
people: they are replaced by stable pseudonyms, and e-mail addresses by example.com ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent.parent / "data" / "samples"


def pseudo(handle: str) -> str:
    return "cust" + hashlib.sha1(handle.lower().encode()).hexdigest()[:8]


def customer_care(shared: Path) -> None:
    convs = []
    for name in ("dev.json", "test.json"):
        convs += json.loads((shared / "ibm-twitter-customer-care" / name).read_text(encoding="utf-8"))
    brands = {c["dialogHeader"]["company"].lower() for c in convs}
    brands |= {t[k].lower() for c in convs for t in c["dialogContent"] for k in t if k.startswith("agent")}

    def scrub(text: str) -> str:
        text = re.sub(r"[\w.+-]+@[\w-]+\.[\w.]+", lambda m: f"{pseudo(m.group())}@example.com", text)
        return re.sub(r"(?<![\w@])@(\w+)", lambda m: m.group() if m.group(1).lower() in brands
                      else "@" + pseudo(m.group(1)), text)

    for c in convs:
        for t in c["dialogContent"]:
            for k in list(t):
                if k.startswith("client"):
                    t[k] = pseudo(t[k])
            t["message"] = scrub(t["message"])
        if "url_utterance" in c.get("agentURL", {}):
            c["agentURL"]["url_utterance"] = scrub(c["agentURL"]["url_utterance"])
    (OUT / "customer_care_tweets.json").write_text(json.dumps(convs, indent=1, ensure_ascii=False), encoding="utf-8")


def x_archive(shared: Path, n: int = 150) -> None:
    src = shared / "export-format-samples" / "x-twitter-archive"
    dst = OUT / "x_archive"
    dst.mkdir(exist_ok=True)
    text = (src / "tweets.js").read_text(encoding="utf-8")
    prefix, body = text.split("=", 1)
    tweets = json.loads(body)[:n]
    (dst / "tweets.js").write_text(prefix + "= " + json.dumps(tweets, indent=2, ensure_ascii=False), encoding="utf-8")
    for f in ("manifest.js", "license.txt"):
        shutil.copy(src / f, dst / f)


def chat_miner(shared: Path) -> None:
    src = shared / "export-format-samples" / "chat-miner"
    (OUT / "instagram").mkdir(exist_ok=True)
    shutil.copy(src / "instagram" / "test_export.json", OUT / "instagram" / "message_1.json")
    shutil.copy(src / "whatsapp" / "test_mmddyyyy_12hrs.txt", OUT / "whatsapp_mmddyyyy_12hrs.txt")
    shutil.copy(src / "LICENSE", OUT / "LICENSE.chat-miner")


def labelled(shared: Path) -> None:
    banking = pd.read_csv(shared / "banking77" / "test.csv")
    banking.groupby("category").head(4).to_csv(OUT / "banking77_sample.csv", index=False)
    bitext = pd.read_csv(shared / "bitext-customer-support" / "Bitext_Sample_Customer_Support_Training_Dataset.csv")
    cols = ["instruction", "intent", "category", "response"]
    bitext.groupby("intent").head(8)[cols].to_csv(OUT / "bitext_sample.csv", index=False)


def tables() -> None:
    """Excel, Parquet and JSON-lines variants of the hand-written survey, for the generic table loader."""
    survey = pd.read_csv(OUT / "nps_survey.csv", sep=";", encoding="utf-8-sig")
    survey.to_excel(OUT / "nps_survey.xlsx", index=False)
    reviews = pd.read_csv(OUT / "app_reviews.csv")
    reviews.to_parquet(OUT / "app_reviews.parquet", index=False)
    reviews.to_json(OUT / "app_reviews.jsonl", orient="records", lines=True, force_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = ap.parse_args()
    customer_care(args.shared)
    x_archive(args.shared)
    chat_miner(args.shared)
    labelled(args.shared)
    tables()


if __name__ == "__main__":
    main()
