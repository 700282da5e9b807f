"""Star ratings set the sentiment of their own message; the shares count them exactly (hand-computed)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from workbench import Workspace
from workbench import schema as S
from workbench.analysis.sentiment import from_stars
from workbench.analysis.shares import with_exact
from workbench.pipeline.run import analyse
from workbench.pipeline.summary import share_sentence


def test_stars_map_to_sentiment_by_hand():
    rating = pd.Series([1, 2, 3, 4, 5, 4.5, 2.4, None, 7, 9])
    kind = pd.Series(["stars"] * 9 + ["nps"])
    got = from_stars(rating, kind).tolist()
    assert got == ["negative", "negative", "neutral", "positive", "positive", "positive", "negative",
                   None, None, None]


def test_exact_labels_join_the_estimated_shares_by_hand():
    model = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [0.5, 0.3, 0.2],
                          "corrected_share": [0.6, 0.25, 0.15], "ci_low": [0.5, 0.2, 0.1],
                          "ci_high": [0.7, 0.3, 0.2], "error_rates_fit": True})
    out = with_exact(model, 60, pd.Series(["negative"] * 30 + ["positive"] * 10)).set_index("label")
    # 60 estimated messages and 40 counted ones: (60 * share + count) / 100
    assert out.loc["negative", "predicted_share"] == pytest.approx(0.60)
    assert out.loc["negative", "corrected_share"] == pytest.approx(0.66)
    assert out.loc["negative", "ci_low"] == pytest.approx(0.60)
    assert out.loc["neutral", "corrected_share"] == pytest.approx(0.15)
    assert out.loc["positive", "ci_high"] == pytest.approx(0.22)
    assert out["corrected_share"].sum() == pytest.approx(1.0)
    assert set(out["from_stars"]) == {40} and set(out["from_model"]) == {60}
    only = with_exact(model.assign(predicted_share=0.0, corrected_share=0.0, ci_low=0.0, ci_high=0.0), 0,
                      pd.Series(["positive", "negative", "positive", "positive"])).set_index("label")
    assert only["corrected_share"].tolist() == [0.25, 0.0, 0.75] and only["ci_high"].tolist() == [0.25, 0.0, 0.75]
    assert "counts, not estimates" in share_sentence(only, calibrated=False)


REVIEWS = [  # (stars, text): praise given one or two stars, complaints given five, and plain ones
    (1, "Love the colours and the new layout, great update"), (2, "Wonderful app, thank you so much"),
    (5, "Crashes every time I open the settings page"), (4, "Lost all my saved episodes after the update"),
    (3, "It works"), (1, "Awful, deleted it"), (5, "Perfect, does exactly what I need"),
]


@pytest.fixture(scope="module")
def starred(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stars")
    rows = [{"review_id": f"r{i}", "stars": s, "review_text": f"{t} (review {i})", "date": f"2024-05-{1 + i % 28:02d}"}
            for i, (s, t) in enumerate(REVIEWS * 4)]
    rows += [{"review_id": f"c{i}", "stars": None, "review_text": t, "date": "2024-06-01"}
             for i, t in enumerate(["My refund never arrived and nobody answers", "The app keeps logging me out",
                                    "Where do I change my password?", "Thanks, the fix works great",
                                    "Still waiting on my order from March", "How do I export my data?"] * 2)]
    csv = tmp / "reviews.csv"
    pd.DataFrame(rows).to_csv(csv, index=False)
    ws = Workspace(tmp / "ws")
    ws.ingest([csv])
    analyse(ws, embedding="static", progress=False)
    ws.close()
    return tmp


def test_stars_set_the_label_and_the_model_reads_the_rest(starred, tmp_path):
    out = tmp_path / "messages.csv"
    subprocess.run([sys.executable, "-m", "workbench.cli", "export", "messages", "--out", str(out),
                    "--workspace", str(starred / "ws")], check=True, capture_output=True)
    m = pd.read_csv(out)
    rated = m[m["rating"].notna()]
    expected = rated["rating"].map({1: "negative", 2: "negative", 3: "neutral", 4: "positive", 5: "positive"})
    assert len(rated) == 28 and (rated["sentiment_label"] == expected).all()
    assert set(rated["sentiment_source"]) == {"stars"}
    assert set(m.loc[m["rating"].isna(), "sentiment_source"]) == {"text"}
    assert np.allclose(rated["sentiment_score"], (rated["rating"] - 3) / 2)
    with Workspace(starred / "ws") as ws:
        shares = ws.table("sentiment_shares").set_index("label")
    assert set(shares["from_stars"]) == {28} and set(shares["from_model"]) == {12}
    assert ((shares["ci_low"] >= 0) & (shares["ci_low"] <= shares["corrected_share"])
            & (shares["corrected_share"] <= shares["ci_high"]) & (shares["ci_high"] <= 1)).all()
    # 12 of the 28 starred reviews are negative by their stars (1 and 2 stars, and the "Awful" one): at least
    # 12 of the 40 messages are negative whatever the model reads in the 12 unrated ones.
    assert shares.loc["negative", "predicted_share"] >= 12 / 40 - 1e-9
    assert "star rating" in share_sentence(shares, calibrated=False)


def test_suggest_leaves_out_messages_whose_stars_say_it(starred, tmp_path):
    out = tmp_path / "to_label.csv"
    subprocess.run([sys.executable, "-m", "workbench.cli", "label", "--suggest", "100", "--task", "sentiment",
                    "--out", str(out), "--workspace", str(starred / "ws")], check=True, capture_output=True)
    suggested = pd.read_csv(out, dtype=str)
    assert 0 < len(suggested) <= 12 and not suggested["source_id"].str.startswith("r").any()


def test_a_share_counted_from_stars_is_not_given_an_interval():
    from workbench.pipeline.summary import key_findings

    messages = pd.DataFrame({"author_role": ["customer"] * 4, "sentiment_label": ["negative", "positive"] * 2,
                             S.TEXT: ["a", "b", "c", "d"]})
    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [0.5, 0.0, 0.5],
                           "ci_low": [0.5, 0.0, 0.5], "ci_high": [0.5, 0.0, 0.5], "from_stars": 4, "from_model": 0})
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares})
    assert "counted from their star ratings" in findings[0] and "interval" not in findings[0]
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares.assign(from_stars=0, from_model=4)})
    assert "95% interval" in findings[0]


def test_shares_counted_from_stars_alone_say_no_model_read_them(tmp_path):
    # Every review carries stars: the method column says so, not what the model's correction would have done
    rows = [{"review_id": f"r{i}", "stars": s, "review_text": f"{t} (review {i})", "date": f"2024-05-{1 + i % 28:02d}"}
            for i, (s, t) in enumerate(REVIEWS * 4)]
    csv = tmp_path / "reviews.csv"
    pd.DataFrame(rows).to_csv(csv, index=False)
    with Workspace(tmp_path / "ws") as ws:
        ws.ingest([csv])
        analyse(ws, embedding="static", progress=False)
        shares = ws.table("sentiment_shares").set_index("label")
        m = ws.messages()
    # every message's label is its stars', whatever its words say ("Wonderful app" given 2 stars is negative)
    rated = m[m["author_role"] == "customer"]
    stars = rated["rating"].map({1: "negative", 2: "negative", 3: "neutral", 4: "positive", 5: "positive"})
    assert len(rated) == 28 and (rated["sentiment_label"] == stars).all()
    assert set(shares["method"]) == {"counted: all 28 messages carry a star rating, read by their stars (1-2 "
                                     "negative, 3 neutral, 4-5 positive); no model reading involved"}
    # by hand: REVIEWS holds three reviews of 1-2 stars, one of 3 and three of 4-5; four copies: 12, 4 and 12
    assert shares.loc["negative", "corrected_share"] == pytest.approx(12 / 28, abs=1e-4)
    assert shares.loc["neutral", "corrected_share"] == pytest.approx(4 / 28, abs=1e-4)
