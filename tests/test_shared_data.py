"""Loaders against the real public exports in ../shared/data (skipped where that folder is absent)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from workbench import schema as S
from workbench.ingest.formats import detect_format, load


def _norm(s: str) -> str:
    return " ".join(s.split())


def test_twcs_threads_brands_and_roles(shared):
    path = shared / "twcs-sample" / "twcs_monalisapatra26.csv"  # has a stray carriage return in one row
    assert detect_format(path) == "twcs"
    res = load(path)
    m = res.messages
    assert len(m) == 5000 and res.rejected.empty
    assert m[S.CONVERSATION_ID].nunique() == 1312  # the README's thread count
    brands = m.loc[m[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].nunique()
    assert brands == 76
    assert m[S.AUTHOR_ROLE].value_counts().to_dict() == {"customer": 2778, "brand": 2222}
    cust = m[m[S.AUTHOR_ROLE] == "customer"]
    assert cust[S.BRAND].notna().mean() > 0.95
    assert not m[S.TEXT].str.contains("\r").any()
    row = m.set_index(S.SOURCE_ID).loc["2"]
    assert row[S.PARENT_ID] == "twcs:1" and row[S.BRAND] == "sprintcare"
    assert row[S.CREATED_AT] == pd.Timestamp("2017-10-31 22:11:45", tz="UTC")


def test_twcs_kaggle_sample(shared):
    m = load(shared / "twcs-sample" / "twcs_kaggle_sample.csv").messages
    assert len(m) == 93 and set(m[S.AUTHOR_ROLE]) == {"customer", "brand"}


def test_ibm_customer_care(shared):
    for name, convs, brands in (("dev.json", 525, 24), ("test.json", 500, 25)):
        m = load(shared / "ibm-twitter-customer-care" / name).messages
        assert m[S.CONVERSATION_ID].nunique() == convs
        assert m[S.BRAND].nunique() == brands
        assert {"customer", "brand"} == set(m[S.AUTHOR_ROLE])


@pytest.mark.parametrize("name", ["test_bracketed_mmddyy_24hrs.txt", "test_ddmmyy_24hrs.txt", "test_mmddyy_24hrs.txt",
                                  "test_mmddyyyy_12hrs.txt", "test_yyyymmdd_24hrs.txt"])
def test_whatsapp_date_formats_match_chat_miner_targets(shared, name):
    folder = shared / "export-format-samples" / "chat-miner" / "whatsapp"
    target = json.loads((folder / "target.json").read_text())
    m = load(folder / name).messages
    got = sorted((r[S.CREATED_AT].strftime("%Y-%m-%dT%H:%M:%S"), r[S.AUTHOR_ID], _norm(r[S.TEXT]))
                 for _, r in m.iterrows())
    want = sorted((t["timestamp"], t["author"], _norm(t["message"])) for t in target)
    assert got == want


@pytest.mark.parametrize("name", ["test_single_export.json", "test_batch_export.json"])
def test_telegram_matches_chat_miner_target(shared, name):
    folder = shared / "export-format-samples" / "chat-miner" / "telegram"
    target = json.loads((folder / "target.json").read_text())
    m = load(folder / name).messages
    # chat-miner joins text entities with a space; the export itself has none between them.
    got = sorted((r[S.CREATED_AT].strftime("%Y-%m-%dT%H:%M:%S"), r[S.AUTHOR_ID], "".join(r[S.TEXT].split()))
                 for _, r in m.iterrows())
    assert got == sorted((t["timestamp"], t["author"], "".join(t["message"].split())) for t in target)


def test_instagram_matches_chat_miner_target(shared):
    folder = shared / "export-format-samples" / "chat-miner" / "instagram"
    target = json.loads((folder / "target.json").read_text())
    m = load(folder / "test_export.json").messages
    got = sorted((r[S.CREATED_AT].strftime("%Y-%m-%dT%H:%M:%S"), r[S.AUTHOR_ID], r[S.TEXT])
                 for _, r in m.iterrows())
    assert got == sorted((t["timestamp"], t["author"], t["message"]) for t in target)


def test_x_archive_full(shared):
    res = load(shared / "export-format-samples" / "x-twitter-archive" / "tweets.js")
    assert len(res.messages) == 2045 and (res.messages[S.AUTHOR_ID] == "milahu104").all()


def test_labelled_sets_load_as_tables(shared):
    b = load(shared / "banking77" / "test.csv")
    assert len(b.messages) == 3080 and "category" in json.loads(b.messages.loc[0, S.METADATA])
    bx = load(shared / "bitext-customer-support" / "Bitext_Sample_Customer_Support_Training_Dataset.csv")
    assert bx.mapping[S.TEXT] == "instruction" and S.AUTHOR_ROLE not in bx.mapping
    # Its "response" column holds the agent's answer to each instruction: read as the brand's reply to it.
    asked = bx.messages[bx.messages[S.AUTHOR_ROLE] == "customer"]
    answered = bx.messages[bx.messages[S.AUTHOR_ROLE] == "brand"]
    assert len(asked) == len(answered) == 4514
    assert set(answered[S.PARENT_ID]) == set(asked[S.MESSAGE_ID])
