"""Human-labelled topic data of ../shared/data as (text, label) tables, for topic quality (benchmarks/quality.py).

Each reader keeps what its README note recommends: CFPB complaints with a narrative, labelled by the consumer's
`Issue`; SemEval aspect sentences with exactly one category; app reviews with exactly one issue category;
help-desk tickets (title and body) by `category`; Bitext by intent; BANKING77 test by category.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd


def cfpb(shared: Path) -> pd.DataFrame:
    d = pd.read_csv(shared / "topic-labelled/cfpb-complaints-sample/complaints_sample.csv")
    d = d[d["Consumer complaint narrative"].notna()]
    return pd.DataFrame({"text": d["Consumer complaint narrative"], "label": d["Issue"]}).drop_duplicates("text")


def _absa16(path: Path) -> pd.DataFrame:
    rows = []
    for sentence in ET.parse(path).getroot().iter("sentence"):
        cats = {o.get("category") for o in sentence.iter("Opinion")}
        if len(cats) == 1:
            rows.append((sentence.findtext("text"), cats.pop()))
    return pd.DataFrame(rows, columns=["text", "label"])


def restaurants(shared: Path) -> pd.DataFrame:
    folder = shared / "topic-labelled/semeval2016-absa"
    d = pd.concat([_absa16(folder / "ABSA16_Restaurants_Train_SB1_v2.xml"),
                   _absa16(folder / "EN_REST_SB1_TEST_gold.xml")])
    return d.drop_duplicates("text").reset_index(drop=True)


def laptops(shared: Path) -> pd.DataFrame:
    return _absa16(shared / "topic-labelled/semeval2016-absa/ABSA16_Laptops_Train_SB1_v2.xml").drop_duplicates("text")


def app_reviews(shared: Path) -> pd.DataFrame:
    rows = []
    for line in (shared / "topic-labelled/app-review-issues/LABELLED_REVIEWS.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        cats = {span[2] for span in r.get("label") or []}
        if len(cats) == 1:
            rows.append((r["text"], cats.pop()))
    return pd.DataFrame(rows, columns=["text", "label"]).drop_duplicates("text")


def helpdesk(shared: Path) -> pd.DataFrame:
    d = pd.read_csv(shared / "topic-labelled/endava-helpdesk-tickets/all_tickets.csv")
    text = (d["title"].fillna("") + ". " + d["body"].fillna("")).str.strip(". ")
    return pd.DataFrame({"text": text, "label": d["category"].astype(str)}).drop_duplicates("text")


def bitext(shared: Path) -> pd.DataFrame:
    d = pd.read_csv(shared / "bitext-customer-support/Bitext_Sample_Customer_Support_Training_Dataset.csv")
    return pd.DataFrame({"text": d["instruction"], "label": d["intent"]})


def banking77(shared: Path) -> pd.DataFrame:
    d = pd.read_csv(shared / "banking77/test.csv")
    return pd.DataFrame({"text": d["text"], "label": d["category"]})


SETS = {
    "CFPB complaints (Issue)": cfpb,
    "app reviews (issue type)": app_reviews,
    "help-desk tickets (category)": helpdesk,
    "restaurant reviews (aspect)": restaurants,
    "laptop reviews (aspect)": laptops,
    "Bitext (intent)": bitext,
    "BANKING77 test (intent)": banking77,
}
