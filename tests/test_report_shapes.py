"""The report fits the export it is given: exports of several shapes render without nan, None, inf or an
impossible percentage anywhere a reader looks, and say in one sentence what they cannot show."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from workbench import Workspace
from workbench import schema as S

BAD_WORDS = re.compile(r"(?<![\w.\-\[])(?:nan|NaN|None|inf|-inf|NaT)(?![\w.\-\]])")


def visible_text(page: str) -> str:
    """What a reader sees, with or without JavaScript (a chart's <noscript> fallback included): scripts, styles
    and tags stripped, entities decoded."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<img\b[^>]*>", " ", page, flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_visible_text_scanner_by_hand():
    page = ('<p>share nan</p><script>var x = NaN;</script><td>None</td><p>120%</p><p>login-inf[.]com</p>'
            '<noscript><td>NaN</td></noscript>')
    text = visible_text(page)
    assert BAD_WORDS.findall(text) == ["nan", "None", "NaN"]
    assert impossible_percentages(text) == ["120"]


def impossible_percentages(text: str) -> list[str]:
    return [p for p in re.findall(r"(?<![\w.])(-?\d+(?:\.\d+)?)%", text) if not 0 <= float(p) <= 100]


@pytest.fixture(scope="module")
def sample_messages(analysed):
    path, _ = analysed
    with Workspace(path, read_only=True) as ws:
        m = ws.messages(analysed=False)
    return m[m["author_role"] == "customer"].reset_index(drop=True)


def _shapes(m: pd.DataFrame) -> dict[str, pd.DataFrame]:
    when = m["created_at"].dt.strftime("%Y-%m-%d %H:%M:%S")
    return {
        "no_replies": pd.DataFrame({"id": m["source_id"], "text": m["text"], "date": when,
                                    "user": m["author_id"], "company": m["brand"]}),
        # Reviews of several brands: a brand column, no authors (segments by brand have no customers to count)
        "no_authors": pd.DataFrame({"text": m["text"], "date": when, "rating": (m.index % 5) + 1,
                                    "company": m["brand"]}),
        "no_timestamps": pd.DataFrame({"text": m["text"], "user": m["author_id"]}),
        "one_customer": pd.DataFrame({"text": m["text"].head(200), "date": when.head(200), "user": "only-one"}),
        "twenty_messages": pd.DataFrame({"text": m["text"].head(20), "date": when.head(20),
                                         "user": m["author_id"].head(20)}),
        # a survey named by its questions: one respondent per row, an NPS question
        "survey": pd.DataFrame({"Response ID": [f"R_{i}" for i in range(len(m))], "Start Date": when,
                                "How likely are you to recommend us to a friend?": m.index % 11,
                                "What could we do better?": m["text"]}),
        # a handful of tickets: too few to find topics in, everything else still read
        "five_messages": pd.DataFrame({"text": m["text"].head(5), "date": when.head(5),
                                       "user": m["author_id"].head(5)}),
    }


@pytest.mark.parametrize("shape", ["no_replies", "no_authors", "no_timestamps", "one_customer", "twenty_messages",
                                   "five_messages", "survey"])
def test_report_on_exports_of_other_shapes(shape, sample_messages, tmp_path):
    export = tmp_path / f"{shape}.csv"
    _shapes(sample_messages)[shape].to_csv(export, index=False)
    out = tmp_path / "report"
    r = subprocess.run([sys.executable, "-m", "workbench.cli", "report", str(export), "--workspace",
                        str(tmp_path / "ws"), "--out", str(out), "--embedding", "static"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    pages = {p.name: visible_text(p.read_text(encoding="utf-8")) for p in out.glob("*.html")}
    assert len(pages) == 5
    said = " ".join(sample_messages["text"])
    quoted = set(impossible_percentages(said))  # customers' own words ("140% bonus")
    for name, text in pages.items():
        # A bad word the report printed, not one a customer wrote ("None of your solutions worked" in a quote)
        printed = [text[max(0, m.start() - 80):m.end() + 40] for m in BAD_WORDS.finditer(text)
                   if " ".join(text[m.start():m.end() + 25].split()) not in " ".join(said.split())]
        assert not printed, (name, printed[:3])
        assert not set(impossible_percentages(text)) - quoted, (name, impossible_percentages(text))
    main_page = "customer_insights.html"
    main = pages[main_page]
    if shape in ("no_replies", "no_authors", "no_timestamps", "one_customer", "twenty_messages", "five_messages"):
        assert "holds no replies from the brand, so responsiveness cannot be measured" in main
    if shape == "survey":  # every report speaks of respondents and answers, titles and headers included
        flat = {name: " ".join(text.split()) for name, text in pages.items()}
        n = f"{len(sample_messages):,}"
        assert f"Who are our customers and what do they want? Analysed {n} answers with" in flat[main_page]
        assert f"How respondents feel Analysed {n} answers with" in flat["sentiment.html"]
        assert "What respondents write about Analysed" in flat["topics.html"]
        assert "Who our respondents are Analysed" in flat["customers.html"]
        assert "customer message" not in flat[main_page] and "Net Promoter Score" in main
    if shape == "no_replies":  # no replies in the export says nothing about who went unanswered
        assert "unanswered" not in main and "the export holds no replies from the brand." in main
    if shape == "no_authors":
        assert "names no authors" in main
    if shape == "five_messages":
        too_few = "Too few customer messages (5) to find topics in: at least 20 are needed."
        assert too_few in main and too_few in pages["topics.html"] and "The biggest topics" not in main
        assert "read as negative" in main  # sentiment is still read
        assert "most discussed" not in pages["topics.html"] and "no data to draw" in pages["topics.html"]
    if shape == "no_timestamps":
        # compared by behavioural segment, a segment is named by its id and its name, never "1.0"
        with Workspace(tmp_path / "ws") as ws:
            segments = set(ws.analyse(embedding="static", segment_by="none")["segment_topics"]["segment"])
            messages, customers, table = ws.messages(), ws.table("customers"), ws.table("segments")
        assert segments and all(re.fullmatch(r"Segment \d+ \(.+\)|\(none\)", s) for s in segments), segments
        # each customer message carries its author's segment, as the customers and segments tables give it
        name = dict(zip(table["segment"].astype(int), table["name"], strict=True))
        of = {c: f"Segment {int(s)} ({name[int(s)]})" for c, s in zip(customers["customer_id"], customers["segment"],
                                                                      strict=True) if pd.notna(s)}
        said = messages[messages[S.AUTHOR_ROLE].eq("customer") & messages[S.AUTHOR_ID].isin(of)]
        assert len(of) >= 20 and said["segment"].tolist() == said[S.AUTHOR_ID].map(of).tolist()
        assert "has no dates" in main
        assert "holds no dates, so what changed over time cannot be measured" in main
        assert "No spikes or emerging topics" not in main


def test_intervals_of_shares_read_in_percent_and_intervals_of_effects_do_not():
    import pandas as pd

    from workbench.present.report import table_html

    shares = pd.DataFrame({"label": ["negative"], "predicted_share": [0.74], "ci_low": [0.588], "ci_high": [0.761]})
    cells = re.findall(r"<td>([^<]*)</td>", table_html(shares, "sentiment_shares", "Sentiment shares"))
    assert cells == ["negative", "74%", "59%", "76%"]
    effects = pd.DataFrame({"topic": ["refund"], "effect": [-0.2], "ci_low": [0.1], "ci_high": [0.3], "share": [0.2]})
    cells = re.findall(r"<td>([^<]*)</td>", table_html(effects, "drivers", "Drivers"))
    assert cells == ["refund", "-0.2", "0.1", "0.3", "20%"]


def test_percentages_by_hand():
    from workbench.pipeline.summary import percent

    assert [percent(x) for x in (0.5, 0.0471, 0.962, 1.0, 0.0, 0.9999, 0.0004, 1 - 1e-12, float("nan"))] == [
        "50%", "4.7%", "96.2%", "100%", "0%", ">99.9%", "<0.1%", "100%", "n/a"]
    assert [percent(x) for x in (0.0497, 0.0502, 0.0449, 0.9504, 0.9551)] == ["5%", "5%", "4.5%", "95%", "95.5%"]


def test_a_share_too_small_to_show_survives_the_plain_text_summary():
    from workbench.pipeline.summary import plain

    # "<0.1%" is text, not the start of a tag: the terminal's summary once cut the sentence there
    finding = ('<li><a href="#customers">1 customer</a> (0.1%, 95% interval <0.1% to 0.6%) is at high risk '
               "of leaving &amp; <em>quiet</em>.</li>")
    assert plain(finding) == "1 customer (0.1%, 95% interval <0.1% to 0.6%) is at high risk of leaving & quiet."


def test_json_cells_read_as_words():
    import pandas as pd

    from workbench.present.report import table_html

    ingests = pd.DataFrame({"source": ["a.json"], "rejected_by_reason": ['{"exact duplicate": 7, "empty text": 2}'],
                            "notes": ["[]"], "text": ["[sic] not JSON"]})
    cells = re.findall(r"<td>([^<]*)</td>", table_html(ingests, "ingests", "What was ingested"))
    assert cells == ["a.json", "exact duplicate: 7; empty text: 2", "", "[sic] not JSON"]
    # The data-quality page counts messages: a review and the shop's answer on one row are two
    from workbench.present.report import ingests_view

    ingests = pd.DataFrame({"source": ["play.csv"], "format": ["table"], "rows_read": [2610], "loaded": [2600],
                            "rejected": [10], "rejected_by_reason": ['{"empty text": 10}'], "notes": ["[]"],
                            "sha256": ["ab"]})
    markup = table_html(ingests_view(ingests), "ingests", "What was ingested")
    assert re.findall(r"<th>([^<]*)</th>", markup) == ["file", "format", "messages read", "loaded", "set aside",
                                                       "set aside, by reason", "notes"]
    assert re.findall(r"<td>([^<]*)</td>", markup) == ["play.csv", "table", "2610", "2600", "10", "empty text: 10", ""]


def test_a_column_with_nothing_but_none_is_left_out():
    import pandas as pd

    from workbench.present.report import table_html

    quotes = pd.DataFrame({"segment": ["(none)", "(none)"], "topic_label": ["crashes", "(none)"],
                           "text": ["it crashes", "love it"]})
    markup = table_html(quotes, "quotes", "What customers said")
    assert re.findall(r"<th>([^<]*)</th>", markup) == ["topic_label", "text"]
    assert re.findall(r"<td>([^<]*)</td>", markup) == ["crashes", "it crashes", "(none)", "love it"]


def test_segment_heatmaps_only_where_there_are_groups_to_compare(monkeypatch):
    import pandas as pd

    import workbench.present.report as report

    shown = []
    monkeypatch.setattr(report, "_display", shown.append)
    monkeypatch.setattr(report, "_png", lambda fig: None)
    cell = {"dimension": "topic", "value": "refund", "messages": 10, "share_messages": 0.5, "enough_data": True,
            "significant": False, "lift": 1.0, "rest_share": 0.5}
    one = pd.DataFrame([{**cell, "segment": "(none)"}])
    report.show_heatmaps(one, "topic", "intent")
    assert shown == []  # one column says nothing
    two = pd.DataFrame([{**cell, "segment": "Tops"}, {**cell, "segment": "Dresses"}])
    report.show_heatmaps(two, "topic")
    assert len(shown) == 1 and "Tops" in shown[0]


def test_sentiment_by_channel_only_where_there_are_channels_to_compare(monkeypatch):
    import pandas as pd

    import workbench.present.report as report

    shown = []
    monkeypatch.setattr(report, "_display", shown.append)
    monkeypatch.setattr(report, "_png", lambda fig: None)
    # one channel among customers (the brand's reply, with no sentiment, came by e-mail): a sentence, no chart
    m = pd.DataFrame({"channel": ["web", "web", "email"], "sentiment_label": ["negative", "neutral", None]})
    report.show_sentiment_by(m, "channel")
    assert len(shown) == 1 and "one channel: web. There is no other channel" in shown[0] and "plotly" not in shown[0]
    shown.clear()
    report.show_sentiment_by(m.assign(sentiment_label=["negative", "neutral", "positive"]), "channel")
    assert len(shown) == 1 and "plotly" in shown[0] and "email" in shown[0]
    shown.clear()  # an export too small for topics: every message without one
    report.show_sentiment_by(m.assign(topic_label="(no clear topic)"), "topic_label")
    assert len(shown) == 1 and "Every customer message is in one topic: (no clear topic)." in shown[0]


def test_a_chart_without_javascript_falls_back_to_a_table_a_reader_reads(monkeypatch):
    import numpy as np
    import pandas as pd
    import plotly.graph_objects as go

    import workbench.present.report as report

    shown = []
    monkeypatch.setattr(report, "_display", shown.append)
    monkeypatch.setattr(report, "_png", lambda fig: None)  # no browser to draw a PNG with
    data = pd.DataFrame({"segment": ["Tops", "Dresses"], "share_messages": [0.638298, 0.02],
                         "p_value": [0.068375, np.nan], "note": [None, "small"]})
    report.show_figure(go.Figure(go.Bar(x=[0.64, 0.02], y=["Tops", "Dresses"])), data)
    fallback = re.search(r"<noscript>(.*)</noscript>", shown[0], flags=re.S).group(1)
    assert re.findall(r"<td>([^<]*)</td>", fallback) == ["Tops", "64%", "0.0684", "", "Dresses", "2.0%", "", "small"]
    assert not BAD_WORDS.findall(visible_text(fallback))
    # a chart with nothing to draw (an export too small for topics) is a sentence, not empty axes
    report.show_figure(go.Figure(go.Bar(x=[], y=[]), layout_title_text="Topic sizes<br><sup>share</sup>"), data)
    assert shown[1] == "<p><em>Topic sizes: no data to draw in this export.</em></p>"


def test_headline_share_never_stands_beside_an_interval_that_leaves_it_out():
    from workbench.pipeline.summary import key_findings

    messages = pd.DataFrame({"author_role": ["customer"] * 4, "sentiment_label": ["negative", "positive"] * 2,
                             "text": ["a", "b", "c", "d"]})
    corrected = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [0.56, 0.22, 0.22],
                              "corrected_share": [0.75, 0.07, 0.18], "ci_low": [0.63, 0.0, 0.04],
                              "ci_high": [0.89, 0.25, 0.30], "from_stars": 0, "from_model": 4})
    findings, _ = key_findings({"messages": messages, "sentiment_shares": corrected})
    text = " ".join(visible_text(findings[0]).split())
    assert text.startswith("56% of customer messages read as negative")
    assert "an estimated 75% are (95% interval 63% to 89%)" in text
    same = corrected.assign(corrected_share=[0.56, 0.22, 0.22], ci_low=[0.50, 0.2, 0.2], ci_high=[0.61, 0.3, 0.3])
    findings, _ = key_findings({"messages": messages, "sentiment_shares": same})
    expected = "56% of customer messages read as negative (95% interval 50% to 61%)."
    assert " ".join(visible_text(findings[0]).split()) == expected


def test_the_biggest_complaint_is_quoted_by_a_message_that_says_something():
    from workbench.pipeline.summary import key_findings

    n = 24
    texts = ["Even #worse"] + [f"my bag was lost on the way to Denver, day {i} without it" for i in range(n - 1)]
    messages = pd.DataFrame({"author_role": ["customer"] * n, "sentiment_label": ["negative"] * n,
                             "sentiment_score": [-0.99] + [-0.5 - i / 100 for i in range(n - 1)], "text": texts,
                             "theme_id": [0] * n, "theme_label": ["lost bags"] * n})
    seats = pd.DataFrame({"author_role": ["customer"] * 6, "sentiment_label": ["neutral"] * 6, "sentiment_score": 0.0,
                          "text": [f"can I pick a seat on flight {i}?" for i in range(6)], "theme_id": 1,
                          "theme_label": "seats"})  # a second theme, no complaint in it: 24 of 30 are lost bags
    messages = pd.concat([messages, seats], ignore_index=True)
    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [1.0, 0.0, 0.0],
                           "ci_low": [0.9, 0.0, 0.0], "ci_high": [1.0, 0.1, 0.1]})
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares})
    complaint = next(f for f in findings if "biggest source of complaints" in f)
    # the shortest message is the most negative, but the quote is the most negative of those with 8+ words
    assert "day 22 without it" in complaint and "Even #worse" not in complaint
    assert "the theme <em>lost bags</em>: <a href=\"#t-themes\">100%</a> of negative" in complaint  # said to be one
    assert "(95% interval 86% to 100%) against 80% of all messages" in complaint  # beside its share of all
    # the most negative that swears gives way to the most negative that does not
    messages.loc[1, ["text", "sentiment_score"]] = ["my bag was lost again, fuck this airline, day 0 without it", -1.0]
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares})
    complaint = next(f for f in findings if "biggest source of complaints" in f)
    assert "day 22 without it" in complaint and "fuck" not in complaint
    # a link the reader cannot follow gives way too, and words are counted without links and tags: eight
    # "words" with a link and a hashtag are five
    messages.loc[1, ["text", "sentiment_score"]] = ["my bag got lost again, day 0 without it http://t.co/x1", -0.99]
    messages.loc[2, ["text", "sentiment_score"]] = ["http://t.co/x2 #lost bag, what a joke !! #airline", -1.0]
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares})
    complaint = next(f for f in findings if "biggest source of complaints" in f)
    assert "day 22 without it" in complaint and "t.co" not in complaint
    messages[["text"]] = messages[["text"]].map(lambda t: t + " https://example.com/bag")
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares})
    complaint = next(f for f in findings if "biggest source of complaints" in f)
    # every message holds a link: the most negative of eight words (the tagged one has four)
    assert "day 0 without it" in complaint
    # 1-star reviews all score -1: the one whose words read most negative speaks for them, not the first
    reviews = pd.DataFrame({"author_role": "customer", "sentiment_label": "negative", "sentiment_score": -1.0,
                            "theme_id": 0, "theme_label": "fit", "text": [
                                "This is an extremely flattering dress and I love the colour of it so much",
                                "The dress ripped at the seam the first time I wore it, awful quality, so disappointed",
                                *[f"The zip broke on day {i} and the fabric pilled after one wash"
                                  for i in range(22)]]})
    findings, _ = key_findings({"messages": pd.concat([reviews, seats], ignore_index=True), "sentiment_shares": shares})
    complaint = next(f for f in findings if "biggest source of complaints" in f)
    assert "awful quality, so disappointed" in complaint
    assert complaint.endswith("disappointed</q>.")  # the quote ends with no stop of its own: the sentence's
    reviews.loc[1, "text"] += "!"
    findings, _ = key_findings({"messages": pd.concat([reviews, seats], ignore_index=True), "sentiment_shares": shares})
    complaint = next(f for f in findings if "biggest source of complaints" in f)
    assert complaint.endswith("disappointed!</q>")  # its own stop ends the sentence: no "!</q>."


def test_a_topic_is_illustrated_by_a_customer_who_wants_something_in_its_words():
    from workbench.pipeline.summary import _topic_example

    topic = pd.Series({"label": "refund and order", "keywords": "refund, order, cancelled order, money back"})
    quotes = pd.DataFrame({"topic_label": ["refund and order"] * 4 + ["other"], "intent": [
        "other", "complaint", "request", "question", "complaint"], "text": [
        "Watch our new show tonight, order now and get a refund on nothing!",  # a promotion: most keywords
        "my order never came",  # wants something, one keyphrase (the second)
        "I want my money back for the cancelled order, where is my refund",  # wants, four keyphrases
        "do you ship to Canada",  # wants, none
        "refund order cancelled order money back refund",  # another topic
    ]})
    assert _topic_example(quotes, topic).startswith("I want my money back")
    assert _topic_example(quotes.iloc[[0, 1, 3]], topic) == "my order never came"
    assert _topic_example(quotes.iloc[[4]], topic) is None
    # A message that wants something but names nothing of the topic gives way to one that names it
    assert _topic_example(quotes.iloc[[3, 0]], topic).startswith("Watch our new show")
    # One that says what the label says comes before one that holds only a lesser keyphrase ("buy")
    pro = pd.Series({"label": "pro version and features", "keywords": "pro version, awesome, buy, features"})
    said = pd.DataFrame({"topic_label": [pro["label"]] * 2, "intent": ["complaint", "praise"], "text": [
        "Tech support useless. Buy a PC next time?", "Best features and the most regular updates"]})
    assert _topic_example(said, pro) == "Best features and the most regular updates"
    # One that swears gives way to one that does not, even one holding fewer keyphrases; alone, it is shown.
    swearing = pd.concat([quotes, pd.DataFrame({"topic_label": ["refund and order"], "intent": ["complaint"], "text": [
        "where the fuck is my refund for the cancelled order, I want my money back"]})], ignore_index=True)
    assert _topic_example(swearing.iloc[[1, 5]], topic) == "my order never came"  # without the rule: the other
    assert _topic_example(swearing.iloc[[5]], topic).startswith("where the fuck")


def test_drivers_within_chance_are_said_to_be_within_chance():
    from workbench.pipeline.summary import key_findings, negative_drivers

    drivers = pd.DataFrame({"outcome": "sentiment_score", "topic": ["late bags", "rude staff", "seats"],
                            "effect": [-0.30, -0.20, 0.10], "ci_low": [-0.50, -0.35, 0.0],
                            "ci_high": [-0.10, -0.05, 0.2], "q_value": [0.20, 0.01, 0.5]})
    d = negative_drivers({"drivers": drivers})
    # late bags: interval below zero but q 0.20 over 40 topics compared; seats raise sentiment
    assert d["topic"].tolist() == ["late bags", "rude staff"]
    assert d["beyond_chance"].tolist() == [False, True]
    messages = pd.DataFrame({"author_role": ["customer"], "sentiment_label": ["negative"], "text": ["a"]})
    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [1.0, 0.0, 0.0],
                           "ci_low": [0.9, 0.0, 0.0], "ci_high": [1.0, 0.1, 0.1]})
    _, actions = key_findings({"messages": messages, "sentiment_shares": shares, "drivers": drivers})
    assert "rude staff" in actions[0] and not any("late bags" in a for a in actions)
    _, actions = key_findings({"messages": messages, "sentiment_shares": shares,
                               "drivers": drivers.assign(q_value=0.3)})
    assert actions[0].startswith("No topic pulls sentiment down beyond chance by 0.1 or more")
    # SXSW's 9,091 tweets: a big topic 0.05 lower, beyond chance among so many, is no fix to make first
    trifle = drivers.assign(effect=[-0.30, -0.05, 0.10], ci_low=[-0.50, -0.07, 0.0], ci_high=[-0.10, -0.03, 0.2])
    _, actions = key_findings({"messages": messages, "sentiment_shares": shares, "drivers": trifle})
    assert actions[0].startswith("No topic pulls sentiment down beyond chance by 0.1 or more")


def test_a_segment_less_negative_than_the_rest_is_said_to_fare_best_not_to_stand_out():
    from workbench.pipeline.summary import key_findings

    messages = pd.DataFrame({"author_role": ["customer"], "sentiment_label": ["negative"], "text": ["a"]})
    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [1.0, 0.0, 0.0],
                           "ci_low": [0.9, 0.0, 0.0], "ci_high": [1.0, 0.1, 0.1]})
    grid = pd.DataFrame({"dimension": "sentiment", "value": "negative", "segment": ["Southwest", "Delta"],
                         "enough_data": True, "significant": [True, False], "lift": [0.57, 1.3],
                         "share_messages": [0.35, 0.7], "ci_low": [0.25, 0.5], "ci_high": [0.47, 0.8],
                         "rest_share": [0.61, 0.5]})
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares, "segment_topics": grid})
    assert "Southwest fares best: 35% of its messages are negative" in " ".join(visible_text(findings[1]).split())
    worse = grid.assign(significant=True)  # Delta, more negative than the rest, is the finding
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares, "segment_topics": worse})
    assert "Delta stands out: 70%" in " ".join(visible_text(findings[1]).split())


def test_the_negative_trend_moves_only_beyond_chance():
    from scipy.stats import chi2_contingency

    from workbench.pipeline.summary import negative_trend

    def messages(before: int, recent: int) -> pd.DataFrame:  # negatives among the first 80 and the last 20
        labels = (["negative"] * before + ["neutral"] * (80 - before)
                  + ["negative"] * recent + ["neutral"] * (20 - recent))
        return pd.DataFrame({"created_at": pd.date_range("2024-01-01", periods=100, freq="D", tz="UTC"),
                             "sentiment_label": labels})

    p = chi2_contingency([[19, 1], [40, 40]], correction=False)[1]  # 95% of 20 against 50% of 80
    text = " ".join(visible_text(negative_trend(messages(40, 19))).split())
    # the 81st day of 2024 is 21 March
    assert text == f"In the latest fifth of the messages (since 21 Mar 2024) the negative share is 95% against 50% " \
                   f"before: up (two-proportion test, p = {p:.2g})."
    assert "no change beyond chance" in negative_trend(messages(40, 11))  # 55% against 50%
    assert negative_trend(messages(40, 11).head(99)) == ""  # under 100 dated messages: nothing said


def test_topics_over_time_drop_to_zero_between_messages():
    from workbench.present.plots import plot_topics_over_time

    weeks = pd.to_datetime(["2024-01-01", "2024-01-08", "2024-01-15"])
    table = pd.DataFrame({"period": weeks[[0, 1, 2, 0, 2]], "topic_id": [0, 1, 1, 2, 2],
                          "topic_label": ["a", "b", "b", "c", "c"], "messages": [1, 2, 3, 4, 5], "share": 0.2})
    lines = {t.name: list(t.y) for t in plot_topics_over_time(table).data}
    # "c" had no message in the second week: 0 there, not a line from 4 to 5 across it
    assert lines == {"c": [4, 0, 5], "b": [0, 2, 3], "a": [1, 0, 0]}
    # the messages without a clear topic (-1) and the groups kept out are no topics: not drawn, not "most
    # discussed", and the periods they alone cover still count
    unclear = pd.DataFrame({"period": weeks[[0, 2]], "topic_id": [-1, -2],
                            "topic_label": ["(no clear topic)", "thanks"], "messages": [50, 50], "share": 0.5})
    fig = plot_topics_over_time(pd.concat([table.head(1), unclear]))
    assert {t.name: list(t.y) for t in fig.data} == {"a": [1, 0]}
    assert "a is the most discussed" in fig.layout.title.text


def test_report_on_a_five_message_chat(tmp_path):
    # A Messenger export of one short conversation: too few messages for topics, and nothing to compare
    # between segments; the report is written whole and says why there are no topics.
    sample = Path(__file__).resolve().parent.parent / "data" / "samples" / "messenger"
    out = tmp_path / "report"
    r = subprocess.run([sys.executable, "-m", "workbench.cli", "report", str(sample), "--workspace",
                        str(tmp_path / "ws"), "--out", str(out), "--embedding", "static"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    main = visible_text((out / "customer_insights.html").read_text(encoding="utf-8"))
    assert "to find topics in: at least 20 are needed" in main
    assert not BAD_WORDS.findall(main)


def test_response_times_read_in_the_unit_a_reader_uses():
    from workbench.pipeline.summary import duration

    assert [duration(m) for m in (0, 12.4, 59.4, 60, 870, 47.9 * 60, 48 * 60, 4608)] == [
        "0 s", "12 min", "59 min", "1.0 h", "14.5 h", "47.9 h", "2.0 days", "3.2 days"]
    # an agent answering a call or a live chat within the minute: seconds, not "0 min"
    assert [duration(m) for m in (16 / 60, 0.5, 59.6 / 60, 1.2)] == ["16 s", "30 s", "1 min", "1 min"]


def test_response_times_that_read_the_same_are_said_once():
    from workbench.pipeline.summary import responsiveness_sentence

    def r(minutes):
        return pd.DataFrame({"brand": ["Acme", "(unknown)"], "channel": ["chat", "chat"], "conversations": [6, 19],
                             "reply_rate": [5 / 6, 18 / 19], "median_first_response_minutes": minutes})

    same = " ".join(visible_text(responsiveness_sentence(r([10.4, 9.8]), 23)).split())
    assert "median time to first response 10 min for each of the 2 brands and channels;" in same
    apart = " ".join(visible_text(responsiveness_sentence(r([10.4, 65.0]), 23)).split())
    assert "median time to first response from 10 min (Acme, chat) to 1.1 h (chat);" in apart
    assert apart.startswith("Acme answered 23 of 25 customer conversations (92%)")


def test_topic_map_labels_never_run_into_one_another():
    import numpy as np

    from workbench.present.plots import plot_topic_map, readable_labels

    # On a 1000 x 400 pixel plot: "refund" (6 characters, 39 px wide) above a 20 px bubble at (0, 0), the
    # same label 10 px to the right overlaps it; 500 px to the right it does not; 30 px higher it does not.
    x, y = np.array([0.0, 10.0, 500.0, 0.0, 1000.0]), np.array([0.0, 0.0, 0.0, 30.0, 400.0])
    sizes = np.array([20.0, 10.0, 10.0, 10.0, 10.0])
    assert readable_labels(x, y, ["refund"] * 5, sizes).tolist() == [True, False, True, True, True]
    # the bigger topic keeps its label, whatever the order of the rows
    order = [1, 0, 4]  # the far point keeps the plot's span: one unit is one pixel
    assert readable_labels(x[order], y[order], ["refund"] * 3, sizes[order]).tolist() == [False, True, True]
    topics = pd.DataFrame({"topic_id": [0, 1, 2], "label": ["lost bags", "lost luggage", "refund"],
                           "share": [0.5, 0.3, 0.2], "x": [0.0, 0.001, 1.0], "y": [0.0, 0.0, 1.0],
                           "keywords": ["bag, lost", "luggage", "refund"]})
    fig = plot_topic_map(topics)
    assert list(fig.data[0].text) == ["lost bags", "", "refund"] and "lost luggage" in fig.data[0].hovertext[1]
    assert "(1 smaller topic named on hover)" in fig.layout.title.text
    # placed by where they lie, not by where 0 is: the same map moved away from the origin labels the same
    moved = readable_labels(x + 5000, y + 3000, ["refund"] * 5, sizes)
    assert moved.tolist() == [True, False, True, True, True] and readable_labels([], [], [], []).size == 0


def test_the_most_negative_topic_is_a_topic_not_a_group_kept_out_of_them():
    from workbench.present.plots import plot_sentiment_by

    # billing 2 of 4 negative, app 1 of 4, the German reviews 3 of 4 (their stars'): billing is the topic named
    labels = ["billing"] * 4 + ["app"] * 4 + ["messages in other languages"] * 4
    sentiment = ["negative", "negative", "positive", "neutral", "negative", "positive", "positive", "positive",
                 "negative", "negative", "negative", "positive"]
    fig = plot_sentiment_by(pd.DataFrame({"topic_label": labels, "sentiment_label": sentiment}))
    assert fig.layout.title.text.startswith("<b>Most negative topic: billing (50% of its messages)")
    assert "messages in other languages" in list(fig.data[0].y)  # still drawn


def test_the_biggest_complaint_stands_beside_its_share_of_all_messages():
    from workbench.pipeline.summary import key_findings

    # 30 negative messages: 20 in "refunds", 10 in "app"; 70 neutral ones: 10 in "refunds", 60 in "app".
    # "refunds" holds 20/30 = 67% of the complaints and 30/100 = 30% of all messages.
    themes = ["refunds"] * 20 + ["app"] * 10 + ["refunds"] * 10 + ["app"] * 60
    labels = ["negative"] * 30 + ["neutral"] * 70
    messages = pd.DataFrame({"author_role": "customer", "sentiment_label": labels,
                             "sentiment_score": [-0.5] * 30 + [0.0] * 70,
                             "text": [f"where is the refund for my order {i}, it has been weeks" for i in range(100)],
                             "theme_id": [0 if t == "refunds" else 1 for t in themes], "theme_label": themes})
    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [0.3, 0.7, 0.0],
                           "ci_low": [0.2, 0.6, 0.0], "ci_high": [0.4, 0.8, 0.1]})
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares})
    complaint = next(f for f in findings if "biggest source of complaints" in f)
    assert "<em>refunds</em>" in complaint and "67%</a> of negative messages" in complaint
    assert "against 30% of all messages (more than its size alone would give)" in complaint
    # 60 negative messages: 40 in "app", 20 in "refunds"; 140 neutral: 135 in "app", 5 in "refunds". "app" holds
    # 40/60 = 67% of the complaints (Wilson 95%: 54% to 77%) but 175/200 = 88% of all messages: it leads by size
    themes = ["app"] * 40 + ["refunds"] * 20 + ["app"] * 135 + ["refunds"] * 5
    messages = pd.DataFrame({"author_role": "customer", "sentiment_label": ["negative"] * 60 + ["neutral"] * 140,
                             "sentiment_score": [-0.5] * 60 + [0.0] * 140,
                             "text": [f"the app logs me out every day, order {i}, fix it please" for i in range(200)],
                             "theme_id": [0 if t == "app" else 1 for t in themes], "theme_label": themes})
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares})
    complaint = " ".join(visible_text(next(f for f in findings if "biggest source of complaints" in f)).split())
    assert ("67% of negative messages (95% interval 54% to 77%) against 88% of all messages (it leads by its size: "
            "its messages are less often negative than the others')") in complaint
    # one theme holding every message is no source of complaints among others: no such finding
    findings, _ = key_findings({"messages": messages.assign(theme_id=0, theme_label="app"), "sentiment_shares": shares})
    assert not any("biggest source of complaints" in f for f in findings)


def test_no_customer_at_risk_and_differences_that_round_to_nothing_read_plainly():
    from workbench.pipeline.summary import _difference, key_findings

    messages = pd.DataFrame({"author_role": "customer", "sentiment_label": ["negative", "neutral"] * 17,
                             "sentiment_score": [-0.5, 0.0] * 17, "text": "my order is late"})
    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [0.5, 0.5, 0.0],
                           "ci_low": [0.3, 0.3, 0.0], "ci_high": [0.7, 0.7, 0.1]})
    customers = pd.DataFrame({"customer_id": [f"c{i}" for i in range(34)], "churn_risk": "low"})
    findings, _ = key_findings({"messages": messages, "sentiment_shares": shares, "customers": customers})
    # Wilson's upper bound for 0 of 34: 1.96^2 / (34 + 1.96^2) = 0.1015
    assert "No customer is at high risk of leaving (95% interval 0% to 10% of 34 customers)." in findings
    assert [_difference(x) for x in (-0.004, 0.004, -0.18, 0.021)] == ["0.00", "0.00", "-0.18", "+0.02"]
    assert _difference(-0.001, sign=False) == "0.00"


def test_the_period_says_how_many_messages_have_no_date():
    from workbench.pipeline.summary import period_phrase

    day = pd.Timestamp("2024-03-03 09:00", tz="UTC")
    dates = pd.Series([day, day + pd.Timedelta(hours=3), pd.NaT, pd.NaT])
    assert period_phrase(dates, dates, "customer message") == "on 03 Mar 2024 (2 customer messages with no date)"
    assert period_phrase(dates[:2], dates[:2], "answer") == "on 03 Mar 2024"
    later = pd.Series([day, day + pd.Timedelta(days=40)])
    assert period_phrase(later, later.iloc[:0], "answer") == "from 03 Mar 2024 to 12 Apr 2024"
    assert period_phrase(later, pd.Series([pd.NaT]), "answer") == \
        "from 03 Mar 2024 to 12 Apr 2024 (the dates are the brand replies'; no customer message has one)"
    assert period_phrase(pd.Series([pd.NaT]), pd.Series([pd.NaT]), "answer") == "with no dates"
    # TWCS: 2,766 of 2,774 customer tweets written from October to December 2017, and 8 as far back as 2011 (a
    # thread that quotes an old tweet): the period says where the messages are, as the over-time charts show it
    stray = pd.to_datetime(["2011-08-29 10:00", "2016-08-05 10:00"], utc=True).tolist()
    busy = [pd.Timestamp("2017-10-02 08:00", tz="UTC") + pd.Timedelta(hours=6 * i) for i in range(248)]
    spread = pd.Series(stray + busy)
    assert period_phrase(spread, spread, "customer message") == \
        "from 29 Aug 2011 to 03 Dec 2017 (99.2% of them from 02 Oct 2017 to 03 Dec 2017)"
    assert period_phrase(pd.Series(busy), pd.Series(busy), "customer message") == "from 02 Oct 2017 to 03 Dec 2017"


def test_customers_with_no_value_to_segment_by_are_said_to_have_none():
    from workbench.pipeline.summary import segment_place

    assert segment_place("by brand", "(none)") == "with no brand: "
    assert segment_place("by brand", "Tesco") == "in Tesco: "
    assert segment_place("by plan", "<b>") == "in &lt;b&gt;: "
    assert segment_place("behaviour", "3") == ""


def test_a_recommendation_question_gives_the_net_promoter_score_with_its_interval():
    from workbench.pipeline.summary import nps_sentence

    # 10 answers: 4 promoters (9, 9, 10, 10), 3 passives (7, 8, 8), 3 detractors (0, 5, 6); one star rating
    voice = pd.DataFrame({"rating": [9, 9, 10, 10, 7, 8, 8, 0, 5, 6, 1],
                          "rating_type": ["nps"] * 10 + ["stars"]})
    # by hand: 40% - 30% = +10; var = (0.4 + 0.3 - 0.1 ** 2) / 10 = 0.069, half-width 1.96 * 0.2627 = 51.5 points
    assert nps_sentence(voice) == ('Net Promoter Score <a href="#t-messages">+10</a> (95% interval -41 to +61) '
                                   "from 10 answers to the recommendation question: 40% promoters (9-10) minus 30% "
                                   "detractors (0-6). ")
    assert nps_sentence(voice[voice["rating_type"] == "stars"]) == ""


def test_the_answering_brand_is_named_where_it_is_one():
    from workbench.pipeline.summary import responsiveness_sentence

    def rows(*brands):
        return pd.DataFrame({"brand": list(brands), "channel": "review", "conversations": [30, 10][:len(brands)],
                             "reply_rate": [0.5, 0.0][:len(brands)],
                             "median_first_response_minutes": [90.0, float("nan")][:len(brands)]})

    one = " ".join(visible_text(responsiveness_sentence(rows("ReaderApp", "(unknown)"), 15)).split())
    assert one == ("ReaderApp answered 15 of 40 customer conversations (38%); median time to first response 1.5 h "
                   "(ReaderApp, review); 25 conversations got no answer in this export.")
    def said(r):
        return " ".join(visible_text(responsiveness_sentence(r, 15)).split())

    assert said(rows("Acme", "Zeta")).startswith("The brands answered 15 of 40")
    assert said(rows("(unknown)")).startswith("The brand answered 15 of 30")
    assert said(rows("the brand")).startswith("The brand answered 15 of 30")  # what ingest calls an unnamed one
    assert "cannot be measured" in responsiveness_sentence(rows("(unknown)"), 0)
    assert responsiveness_sentence(rows("(unknown)"), 0, survey=True) is None  # nobody replies to a survey
    # A help desk's export states its first-response times in a column and holds no replies
    stated = rows("(unknown)").assign(measured_from="column 'First response time (in hrs)'",
                                      stated_column="First response time (in hrs)")
    assert " ".join(visible_text(responsiveness_sentence(stated, 0)).split()) == (
        "The brand answered 15 of 30 customer conversations (50%); median time to first response 1.5 h "
        "(as the export's column 'First response time (in hrs)' states it); 15 conversations got no answer in this "
        "export.")


def test_the_first_fix_is_the_topic_that_pulls_sentiment_down_most_over_all_its_messages():
    from workbench.pipeline.summary import key_findings

    # 12 messages 0.40 lower pull the overall score down by 4.8 message-points; 60 messages 0.20 lower by 12.
    drivers = pd.DataFrame({"outcome": "sentiment_score", "topic": ["seat pitch", "lost bags"],
                            "messages": [12, 60], "effect": [-0.40, -0.20], "ci_low": [-0.6, -0.3],
                            "ci_high": [-0.2, -0.1], "q_value": [0.01, 0.01]})
    messages = pd.DataFrame({"author_role": ["customer"], "sentiment_label": ["negative"], "text": ["a"]})
    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [1.0, 0.0, 0.0],
                           "ci_low": [0.9, 0.0, 0.0], "ci_high": [1.0, 0.1, 0.1]})
    _, actions = key_findings({"messages": messages, "sentiment_shares": shares, "drivers": drivers})
    first, then = (" ".join(visible_text(a).split()).replace(" :", ":") for a in actions[:2])
    assert first == ("Fix lost bags first: its 60 messages score 0.20 lower in sentiment (on a -1 to 1 scale) than "
                     "the rest (95% interval 0.10 to 0.30 lower); no topic pulls the overall score down more (the "
                     "difference times its messages).")
    assert then.startswith("Then seat pitch: its 12 messages score 0.40 lower")


def test_a_survey_summary_speaks_of_respondents_and_answers():
    from workbench.pipeline.summary import key_findings

    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [0.25, 0.25, 0.5],
                           "ci_low": [0.1, 0.1, 0.3], "ci_high": [0.4, 0.4, 0.7]})
    customers = pd.DataFrame({"churn_risk": ["high", "low", "low", "low"]})
    for channel, said, person in (("survey", "of answers", "1 respondent"),
                                  ("review", "of customer messages", "1 customer")):
        messages = pd.DataFrame({"author_role": "customer", "channel": channel, "text": list("abcd"),
                                 "sentiment_label": ["negative", "neutral", "positive", "positive"]})
        findings, _ = key_findings({"messages": messages, "sentiment_shares": shares, "customers": customers})
        text = [" ".join(visible_text(f).split()) for f in findings]
        assert text[0].startswith(f"25% {said} read as negative")
        assert text[-1].startswith(f"{person} (25%, 95% interval")


def test_messages_in_languages_the_models_do_not_read_are_said_to_be_unreliable():
    from workbench.pipeline.summary import key_findings, language_note

    shares = pd.DataFrame({"label": ["negative", "neutral", "positive"], "predicted_share": [0.25, 0.25, 0.5],
                           "ci_low": [0.1, 0.1, 0.3], "ci_high": [0.4, 0.4, 0.7]})

    def voice(languages):
        return pd.DataFrame({"author_role": "customer", "channel": "twitter", "text": "x", "language": languages,
                             "sentiment_label": "negative"})

    # 1,000 messages: 960 English, 30 Spanish, 5 German, 3 undetermined, 2 Pidgin (short English misread)
    mixed = voice(["en"] * 960 + ["es"] * 30 + ["de"] * 5 + ["und"] * 3 + ["pcm"] * 2)
    note = " ".join(visible_text(language_note(mixed, "customer message")).split())
    assert note == ("35 customer messages (3.5%) are written in other languages than English (Spanish 30, "
                    "German 5): the sentiment, emotion and intent models read English only, so their labels for "
                    "those are unreliable (the language column of workbench export messages picks them out).")
    # Where their stars set their sentiment, only emotion and intent are the models' unreliable reading, and a
    # mostly Spanish export's negative share (counted from stars) is no figure the languages leave unreliable
    starred = mixed.assign(sentiment_source="stars")
    note = " ".join(visible_text(language_note(starred, "customer message")).split())
    assert "(Spanish 30, German 5): the emotion and intent models read English only (their sentiment is their " \
           "stars'), so those labels are unreliable" in note
    mostly = voice(["es"] * 60 + ["en"] * 40).assign(sentiment_source="stars")
    text = [" ".join(visible_text(f).split()) for f in key_findings({"messages": mostly, "sentiment_shares": shares,
                                                                      "customers": pd.DataFrame()})[0]]
    assert text[0].startswith("25% of customer messages read as negative") and "unreliable" not in text[0]
    # A few misread English messages say nothing: 15 of 1,000 is under 2%.
    assert language_note(voice(["en"] * 985 + ["da"] * 10 + ["la"] * 5), "customer message") == ""
    # Under 10 messages say nothing either, whatever their share.
    assert language_note(voice(["en"] * 20 + ["fr"] * 9), "answer") == ""
    # A fifth or more in other languages: a key finding, right after the negative share it qualifies
    some = voice(["es"] * 30 + ["en"] * 70)
    text = [" ".join(visible_text(f).split()) for f in key_findings({"messages": some, "sentiment_shares": shares,
                                                                      "customers": pd.DataFrame()})[0]]
    assert text[0].startswith("25% of customer messages read as negative") and text[0].endswith(").")
    assert text[1].startswith("30 customer messages (30%) are written in other languages than English (Spanish 30)")
    # Mostly in other languages: said first, before the figures it leaves unreliable, and no topic is to be fixed
    # on sentiment no model here could read; five languages, three named
    spanish = voice(["es"] * 60 + ["en"] * 30 + ["fr", "fr", "it", "pt", "xx"] + ["und"] * 5)
    findings, actions = key_findings({"messages": spanish, "sentiment_shares": shares,
                                      "customers": pd.DataFrame({"churn_risk": ["low"]})})
    text = [" ".join(visible_text(f).split()) for f in findings]
    assert text[0].startswith("65 customer messages (65%) are written in other languages than English (Spanish 60, "
                              "French 2, Italian 1 and 2 more languages)")
    assert text[1].startswith("25% of customer messages read as negative")
    assert text[1].endswith(", a figure the languages above leave unreliable.")
    assert " ".join(visible_text(actions[0]).split()).startswith("Read the topics and their quotes: most customer "
                                                                 "messages are in languages")
    assert not any("other languages" in f for f in key_findings({"messages": mixed, "sentiment_shares": shares,
                                                                "customers": pd.DataFrame()})[0])
    # Mostly in other languages but too few to say so (9): no finding, and no empty one
    few, _ = key_findings({"messages": voice(["fr"] * 9 + ["en"] * 3), "sentiment_shares": shares,
                           "customers": pd.DataFrame()})
    assert all(f.strip() for f in few) and not any("other languages" in f for f in few)


def test_a_satisfaction_survey_gives_the_share_satisfied_with_its_interval():
    from statsmodels.stats.proportion import proportion_confint

    from workbench.pipeline.summary import satisfaction_sentence

    # 7 good, 3 bad and 5 unanswered of a help desk's survey; 1-5 CSAT: 4, 5, 5, 3, 1 (3 of 5 satisfied)
    voice = pd.DataFrame({"rating": [1.0] * 7 + [0.0] * 3 + [None] * 5 + [4, 5, 5, 3, 1],
                          "rating_type": ["csat_good_bad"] * 10 + [None] * 5 + ["csat"] * 5})
    lo, hi = proportion_confint(7, 10, method="wilson")
    lo5, hi5 = proportion_confint(3, 5, method="wilson")
    text = " ".join(visible_text(satisfaction_sentence(voice)).split())
    assert text == (f"Customer satisfaction 70% (95% interval {lo:.0%} to {hi:.0%}): 7 of the satisfaction survey's "
                    f"10 ratings are good, the rest bad. Customer satisfaction 60% (95% interval {lo5:.0%} to "
                    f"{hi5:.0%}): 3 of the satisfaction survey's 5 ratings are 4 or 5 of 5.")
    assert satisfaction_sentence(voice.assign(rating_type="nps")) == ""


def test_an_exports_own_sentiment_column_is_compared_with_the_workbenchs():
    import json

    from statsmodels.stats.proportion import proportion_confint

    from workbench.pipeline.summary import export_sentiment_note, groupable_columns

    # The export's column: 12 Negative, 8 Neutral, 6 Positive, 4 Mixed (not comparable); then one message with
    # no metadata and one without the column. The workbench: 10 of the 12 negative (2 neutral), 6 of the 8
    # neutral (2 positive), the 6 positive.
    theirs = ["Negative"] * 12 + ["neutral"] * 8 + ["Very Positive"] * 6 + ["Mixed"] * 4
    ours = (["negative"] * 10 + ["neutral"] * 2 + ["neutral"] * 6 + ["positive"] * 2 + ["positive"] * 6
            + ["negative"] * 4 + ["negative", "neutral"])
    meta = [json.dumps({"Sentiment": v, "Team": "A" if i % 2 else "B"}) for i, v in enumerate(theirs)]
    analysed = pd.DataFrame({"metadata": meta + [None, json.dumps({"Team": "A"})], "sentiment_label": ours})
    # by hand: agreement 22 of 26; chance agreement (12*10 + 8*8 + 6*8) / 26^2 = 232/676; kappa 0.766
    lo, hi = proportion_confint(12, 26, method="wilson")
    text = " ".join(visible_text(export_sentiment_note(analysed, "customer message")).split())
    assert text == (f"The export's own column Sentiment reads 46% of its 26 customer messages as negative (95% "
                    f"interval {lo:.0%} to {hi:.0%}), the workbench 38% of the same; the two give the same label to "
                    "85% of them (Cohen's kappa 0.77: 0 is the agreement chance gives, 1 full agreement).")
    # The sentiment report's table of the two, counted by hand
    from workbench.pipeline.summary import export_sentiment_crosstab

    table = export_sentiment_crosstab(analysed).set_index("the export's own sentiment")
    assert table.index.tolist() == ["Sentiment: negative", "Sentiment: neutral", "Sentiment: positive"]
    assert table.columns.tolist() == ["workbench: negative", "workbench: neutral", "workbench: positive"]
    assert table.to_numpy().tolist() == [[10, 2, 0], [0, 6, 2], [0, 0, 6]]
    assert export_sentiment_crosstab(analysed.head(15)).empty
    # The column is compared, not offered as a group to segment by; the team is
    assert groupable_columns(analysed) == ["Team"]
    # Other names such columns go by; a score, a column of other words, or too few values are no such column
    renamed = analysed.assign(metadata=analysed["metadata"].str.replace('"Sentiment"', '"airline_sentiment"'))
    said = " ".join(visible_text(export_sentiment_note(renamed, "message")).split())
    assert said.startswith("The export's own column airline_sentiment reads 46% of its 26 messages as negative")
    scores = analysed.assign(metadata=[json.dumps({"Sentiment Score": 0.4})] * len(analysed))
    words = analysed.assign(metadata=[json.dumps({"Sentiment": "Complaint"})] * len(analysed))
    few = analysed.head(15)
    assert export_sentiment_note(scores, "message") == export_sentiment_note(words, "message") == ""
    assert export_sentiment_note(few, "message") == ""
    # Meltwater writes "Not Rated" where it gave no reading: no value, so a column mostly unrated still counts
    unrated = [json.dumps({"Sentiment": "Not Rated"})] * 40
    meltwater = pd.DataFrame({"metadata": unrated + meta, "sentiment_label": ["neutral"] * 40 + ours[:30]})
    said = " ".join(visible_text(export_sentiment_note(meltwater, "message")).split())
    assert said.startswith("The export's own column Sentiment reads 46% of its 26 messages as negative")
    # Talkwalker's scale, -5 to 5: its sign is its reading (-3 negative, 0 neutral, 2 positive)
    scale = {"negative": -3, "neutral": 0, "positive": 2}
    signed = [json.dumps({"sentiment": scale.get(v.lower().removeprefix("very "))}) for v in theirs[:26]]
    talkwalker = pd.DataFrame({"metadata": signed, "sentiment_label": ours[:26]})
    said = " ".join(visible_text(export_sentiment_note(talkwalker, "message")).split())
    assert said.startswith("The export's own column sentiment reads 46% of its 26 messages as negative")
    assert "same label to 85% of them (Cohen's kappa 0.77" in said
    # SXSW's brand tweets: "Positive emotion", "No emotion toward brand or product" (neutral), "I can't tell" (no
    # value), in a column named by the question its annotators answered
    sxsw = {"negative": "Negative emotion", "neutral": "No emotion toward brand or product",
            "positive": "Positive emotion"}
    question = "is_there_an_emotion_directed_at_a_brand_or_product"
    asked = [json.dumps({question: sxsw[v.lower().removeprefix("very ")]}) for v in theirs[:26]]
    asked.append(json.dumps({question: "I can't tell"}))
    said = " ".join(visible_text(export_sentiment_note(
        pd.DataFrame({"metadata": asked, "sentiment_label": ours[:26] + ["neutral"]}), "message")).split())
    assert said.startswith("The export's own column is_there_an_emotion_directed_at_a_brand_or_product reads 46% of "
                           "its 26 messages as negative")
    # CrowdFlower's tweets to Apple: a sentiment of 1, 3 or 5 (and "not_relevant"), read as stars are
    five = {"negative": 1, "neutral": 3, "positive": 5}
    stars = [json.dumps({"sentiment": five[v.lower().removeprefix("very ")]}) for v in theirs[:26]]
    said = " ".join(visible_text(export_sentiment_note(pd.DataFrame({
        "metadata": stars + [json.dumps({"sentiment": "not_relevant"})], "sentiment_label": ours[:27]}),
        "message")).split())
    assert said.startswith("The export's own column sentiment reads 46% of its 26 messages as negative")
    # a column about what the emotion is directed at (a product) is no sentiment
    at = [json.dumps({"emotion_in_tweet_is_directed_at": p}) for p in ["iPad", "Google", "iPhone"] * 9]
    assert export_sentiment_note(pd.DataFrame({"metadata": at, "sentiment_label": ours[:27]}), "message") == ""


def test_segments_table_reads_as_words_and_rounded_scores():
    import numpy as np

    from workbench.present.report import segments_view

    seg = pd.DataFrame({"kind": ["behavioural"], "segment": [7], "name": ["frequent, churn threats"],
                        "customers": [40], "share_of_customers": [0.25], "negative_share": [0.5],
                        "negative_share_low": [0.35], "negative_share_high": [0.65], "mean_sentiment": [0.07541],
                        "top_topics": [["refund"]], "top_intents": [np.array(["churn_threat", "complaint"])],
                        "net_advocacy": [-10.0], "net_advocacy_low": [-30.0], "net_advocacy_high": [10.0]})
    row = segments_view(seg).iloc[0]
    assert row["top intents"] == ["churn threat", "complaint"]
    assert row["mean sentiment (-1 to 1)"] == 0.08
    assert row["negative share (95% interval)"] == "50% (35% to 65%)"
    assert row["net advocacy (95% interval)"] == "-10 (-30 to +10)" and row["note"] == ""


def test_messages_by_language_name_the_languages():
    from workbench.present.report import messages_by

    m = pd.DataFrame({"language": ["en", "en", "und", "es", None, "xx"], "author_role": ["customer"] * 6})
    out = messages_by(m, "language")
    assert out.columns.tolist() == ["language", "messages"]
    assert dict(zip(out["language"], out["messages"], strict=True)) == {
        "en (English)": 2, "und (undetermined: too short or unsure to tell)": 1, "es (Spanish)": 1,
        "(no language)": 1, "xx": 1}
    assert messages_by(m, "author_role").columns.tolist() == ["author role", "messages"]
    # an export that names no brand says so in its table, which keeps its column
    from workbench.present.report import table_html

    nameless = table_html(messages_by(m.assign(brand=None), "brand"), "messages", "Messages by brand")
    assert "(no brand)" in nameless and "<th>brand</th>" in nameless
    # a cut table counted from the messages points to the table its rows come from, under an anchor of its own
    many = pd.DataFrame({"brand": [f"b{i}" for i in range(20)], "messages": range(20)})
    counted = table_html(many, "messages-by-brand", "Messages by brand", rows=15, source="messages")
    assert 'id="t-messages-by-brand"' in counted
    assert "First 15 of 20 rows; drawn from the table messages: <code>workbench export messages --out " \
           "messages.csv</code>." in counted
    assert "the whole table: <code>workbench export drivers --out drivers.csv</code>" in table_html(
        many, "drivers", "Drivers", rows=15)


def test_customers_table_puts_those_at_risk_first_in_words_and_days():
    from workbench.present.report import customers_view

    def when(*days):
        return pd.to_datetime(list(days), utc=True)

    c = pd.DataFrame({"customer_id": ["a", "b", "c"], "messages": [9, 2, 5], "conversations": [3, 1, 2],
                      "first_seen": when("2024-01-01 10:00", "2024-02-01 00:00", "2024-03-01 00:00"),
                      "last_seen": when("2024-01-05 23:59", "2024-02-02 00:00", "2024-03-09 00:00"),
                      "main_intent": ["praise", "churn_threat", "complaint"], "mean_sentiment": [0.5, -0.004, -0.61],
                      "churn_risk": ["low", "high", "medium"], "recency_days": [1.2, 3.4, 0.1]})
    out = customers_view(c)
    assert out["customer"].tolist() == ["b", "c", "a"]  # high, medium, then the most active
    assert out.loc[0, "first seen"] == "2024-02-01" and out.loc[2, "last seen"] == "2024-01-05"
    assert out["main intent"].tolist() == ["churn threat", "complaint", "praise"]
    assert str(out.loc[0, "mean sentiment (-1 to 1)"]) == "0.0" and "recency_days" not in out


def test_a_share_of_nothing_is_said_in_words():
    from workbench.pipeline.summary import feeling_sentence

    def said(neg, pos):
        return " ".join(visible_text(feeling_sentence(neg, pos, "customer message")).split())

    assert said(0.955, 0.0) == "95.5% of customer messages read as negative and none as positive."
    assert said(0.0, 0.4) == "None of the customer messages read as negative and 40% as positive."
    assert said(0.0004, 0.3) == "<0.1% of customer messages read as negative and 30% as positive."


def test_no_alert_says_whether_any_could_be_looked_for():
    from workbench.pipeline.summary import nothing_new_sentence

    topics = pd.DataFrame({"topic_id": [0, 1, -1]})
    day = pd.DataFrame({"created_at": pd.to_datetime(["2015-02-24 08:00", "2015-02-24 17:00"], utc=True)})
    assert nothing_new_sentence(day, topics).startswith("The messages fall within one week, too short")
    # beside reviews with no date, it is the dated messages that fall within one week
    some = pd.concat([day, pd.DataFrame({"created_at": pd.to_datetime([None], utc=True)})])
    assert nothing_new_sentence(some, topics).startswith("The dated messages fall within one week, too short")
    assert nothing_new_sentence(day, pd.DataFrame({"topic_id": [-1]})) == (
        "No topics were found, so no topic can be seen rising.")
    # 2 Feb (a Monday) to 22 Feb 2015 (a Sunday): three weeks
    weeks = pd.DataFrame({"created_at": pd.to_datetime(["2015-02-02", "2015-02-10", "2015-02-22"], utc=True)})
    assert " ".join(visible_text(nothing_new_sentence(weeks, topics)).split()) == (
        "No spikes or emerging topics in the 3 weeks the export spans.")


def test_what_they_want_names_the_biggest_themes_before_the_topics(analysed):
    from workbench.pipeline.summary import percent, summary_text

    _, out = analysed
    m = out.tables["messages"]
    themed = m[(m["author_role"] == "customer") & m["theme_id"].notna()]
    # the three biggest themes, counted here from the messages: each theme's messages over all that were fitted
    # (the outliers and the messages with no subject among them, as a topic's share counts them); equal ones in
    # the order of their ids
    counts = themed[themed["theme_id"] >= 0].groupby(["theme_id", "theme_label"]).size().reset_index(name="n")
    top = counts.sort_values(["n", "theme_id"], ascending=[False, True]).head(3)
    expected = "The biggest themes: " + ", ".join(f"{r.theme_label} ({percent(r.n / len(themed))})"
                                                  for r in top.itertuples())
    text = " ".join(summary_text(out.tables).split())
    assert expected + "; the biggest topics: " in text


def test_themes_of_one_topic_each_are_not_listed_beside_the_same_topics(analysed):
    """30 survey answers made two topics, and each was a theme of its own: "The biggest themes: petite size and
    dress (70%), top to wear (30%); the biggest topics: petite size and dress (70%), top to wear (30%)"."""
    from workbench.pipeline.summary import executive_summary

    _, out = analysed
    tables = dict(out.tables)
    topics = tables["topics"][tables["topics"]["topic_id"] >= 0].head(2)
    tables["themes"] = pd.DataFrame({"theme_id": [0, 1], "label": topics["label"].to_numpy(),
                                     "topic_ids": [[t] for t in topics["topic_id"]],
                                     "share": topics["share"].to_numpy(), "size": topics["size"].to_numpy()})
    said = " ".join(visible_text(dict(executive_summary(tables))["What they want"]).split())
    assert "The biggest themes" not in said and "The biggest topics: " in said
    tables["themes"] = tables["themes"].assign(topic_ids=[topics["topic_id"].tolist(), []])
    said = " ".join(visible_text(dict(executive_summary(tables))["What they want"]).split())
    assert "The biggest themes: " in said


def test_who_they_are_names_the_segments_before_the_customers_with_none(analysed):
    """Customer tweets to 48 brands, 28% of the customers naming none: "Segments (by brand): 402 customers (28%)
    with no brand: fewer messages; 171 customers (12%) in ChipotleTweets ..." led with the group of no brand."""
    from workbench.pipeline.summary import executive_summary

    _, out = analysed
    tables = dict(out.tables)
    seg = tables["segments"]
    by_brand = seg[seg["kind"] == seg["kind"].iloc[0]].copy()
    none = by_brand.head(1).assign(segment="(none)", customers=by_brand["customers"].sum(), share_of_customers=0.4)
    tables["segments"] = pd.concat([none, by_brand, seg[seg["kind"] != seg["kind"].iloc[0]]], ignore_index=True)
    said = " ".join(visible_text(dict(executive_summary(tables))["Who they are"]).split())
    first = said.split(";")[0]
    assert "with no brand" not in first and f"in {by_brand['segment'].iloc[0]}" in first


def test_the_second_topic_to_fix_is_said_to_share_the_firsts_theme(analysed):
    """300 app reviews: "Fix crashes and buggy first ... Then crashes and bug" read as one thing said twice; where
    the two are topics of one theme, the second says so."""
    from workbench.pipeline.summary import executive_summary

    def _said(sections, name: str) -> str:  # as a reader sees it, without the spaces tags leave in the text
        text = " ".join(visible_text(dict(sections)[name]).split())
        return re.sub(r"\( | \)| ([,:])", lambda m: m.group(0).strip(), text)

    _, out = analysed
    tables = dict(out.tables)
    topics = tables["topics"][tables["topics"]["topic_id"] >= 0].head(3)
    a, b, c = topics["label"]
    tables["drivers"] = pd.DataFrame({
        "outcome": "sentiment_score", "topic": [a, b], "messages": [40, 30], "mean": -0.6, "effect": [-0.8, -0.7],
        "ci_low": [-0.9, -0.8], "ci_high": [-0.6, -0.5], "p_value": 1e-6, "q_value": 1e-5,
        "impact_if_removed": 0.01})
    ids = topics["topic_id"].tolist()
    tables["themes"] = pd.DataFrame({"theme_id": [0, 1], "label": ["app crashes", "other"],
                                     "topic_ids": [ids[:2], ids[2:]], "size": [70, 10], "share": [0.7, 0.1]})
    said = _said(executive_summary(tables), "What to do next")
    assert f"Then {b}, of the same theme (app crashes): its 30 messages" in said
    tables["themes"] = tables["themes"].assign(topic_ids=[[ids[0], ids[2]], [ids[1]]])
    said = _said(executive_summary(tables), "What to do next")
    assert f"Then {b}: its 30 messages" in said and "same theme" not in said


def test_what_is_new_tells_each_topics_latest_alert_once(analysed):
    """A topic that rose two weeks running had two of the three alerts the summary shows, one above the other."""
    from workbench.pipeline.summary import executive_summary

    _, out = analysed
    tables = dict(out.tables)
    weeks = pd.to_datetime(["2020-03-23", "2020-03-16", "2020-03-16", "2020-03-09"])
    tables["alerts"] = pd.DataFrame({
        "kind": ["spike", "spike", "sentiment drop", "spike"], "topic": ["pies", "pies", "pies", "refunds"],
        "period": weeks, "evidence": "",
        "message": ["'pies' rose in week 4.", "'pies' rose in week 3.", "Sentiment on 'pies' fell in week 3.",
                    "'refunds' rose in week 2."]})
    said = " ".join(visible_text(dict(executive_summary(tables))["What is new"]).split()).replace(" ,", ",")
    assert said == ("4 alerts, the latest first (a topic's earlier alerts of the same kind are in the alerts "
                    "table). 'pies' rose in week 4. Sentiment on 'pies' fell in week 3. 'refunds' rose in week 2.")
    tables["alerts"] = tables["alerts"].iloc[[0, 3]]
    said = " ".join(visible_text(dict(executive_summary(tables))["What is new"]).split()).replace(" ,", ",")
    assert said == "2 alerts, the latest first. 'pies' rose in week 4. 'refunds' rose in week 2."


def test_what_we_listened_to_tells_messages_with_authors_from_those_without(analysed):
    from workbench.pipeline.summary import executive_summary

    _, out = analysed
    tables = dict(out.tables)
    m = tables["messages"].copy()
    customer = m.index[m["author_role"] == "customer"]
    m.loc[customer[:100], "author_id"] = None  # as reviews ingested beside a survey: nobody named
    tables["messages"] = m
    said = " ".join(visible_text(dict(executive_summary(tables))["What we listened to"]).split()).replace(" ,", ",")
    assert said.startswith(f"{len(customer):,} customer messages ({len(customer) - 100:,} from "
                           f"{len(tables['customers']):,} customers, 100 naming no author), addressed to ")


def test_authors_whose_side_is_unknown_are_said_to_be_so(analysed):
    """A chat ingested beside the rest without --brand-author: its authors' role is unknown. The analysis reads
    their messages as the customers' (the summary's first line counted them); "What we listened to" had left
    them out and counted them among the customers'."""
    from workbench.pipeline.summary import executive_summary

    _, out = analysed
    tables = dict(out.tables)
    m = tables["messages"].copy()
    customer = m.index[m["author_role"] == "customer"]
    chat = customer[:30]
    m.loc[chat, "author_role"] = "unknown"
    m.loc[chat, "author_id"] = ["ana", "ben", "cy"] * 10
    tables["messages"] = m
    said = " ".join(visible_text(dict(executive_summary(tables))["What we listened to"]).split()).replace(" ,", ",")
    assert said.startswith(f"{len(customer):,} customer messages ({len(customer) - 30:,} from "
                           f"{len(tables['customers']):,} customers, 30 by 3 authors whose side the export does not "
                           "say, which --brand-author NAME at ingest tells apart), addressed to ")


def test_a_chat_whose_authors_side_is_unknown_says_so_not_that_it_names_no_authors(tmp_path):
    # A WhatsApp and a Telegram chat ingested without --brand-author: 15 messages by 4 authors, none known as
    # the brand's. The summary had read "0 customer messages (the export names no authors)" and "Intents: ."
    samples = Path(__file__).resolve().parent.parent / "data" / "samples"
    r = subprocess.run([sys.executable, "-m", "workbench.cli", "ingest", str(samples / "whatsapp_support_chat.txt"),
                        str(samples / "telegram_support_chat.json"), "--workspace", str(tmp_path / "ws")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    r = subprocess.run([sys.executable, "-m", "workbench.cli", "analyse", "--workspace", str(tmp_path / "ws"),
                        "--embedding", "static"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    said = " ".join(r.stdout.split())
    assert ("15 customer messages by 4 authors whose side the export does not say (ingest with --brand-author NAME "
            "to tell the brand's replies apart) on 2 channels") in said
    assert ("This export does not say which of its 4 authors speak for the brand, so customers cannot be counted or "
            "segmented (ingest it again with --brand-author NAME).") in said
    assert "The export does not say which messages are the brand's replies" in said
    assert "names no authors" not in said and "Intents: ." not in said


def test_the_sentence_says_a_bots_messages_are_no_answer():
    from workbench.pipeline.summary import responsiveness_sentence

    r = pd.DataFrame({"brand": ["Acme"], "channel": ["chat"], "conversations": [20], "reply_rate": [0.75],
                      "median_first_response_minutes": [12.0], "automated_replies": [18]})
    said = " ".join(visible_text(responsiveness_sentence(r, 40)).split()).replace(" ;", ";")  # text beside a link
    assert said == (
        "Acme answered 15 of 20 customer conversations (75%); median time to first response 12 min; 18 messages a "
        "bot or the system sent are not counted as an answer; 5 conversations got no answer in this export.")
    assert "bot" not in responsiveness_sentence(r.assign(automated_replies=0), 40)


def test_topics_over_time_show_where_the_messages_are():
    from workbench.present.plots import plot_topics_over_time

    # A customer-care export: 5 messages over two years, then 300 in its last six weeks. Drawn whole, every line
    # sat against the chart's right edge.
    early = pd.to_datetime(["2018-05-07", "2018-08-06", "2019-02-04", "2019-06-03", "2019-11-04"])
    late = pd.date_range("2020-02-24", periods=6, freq="W-MON")
    table = pd.DataFrame({"period": list(early) + list(late), "topic_id": 0, "topic_label": "refunds",
                          "messages": [1] * 5 + [50] * 6, "share": 1.0})
    fig = plot_topics_over_time(table)
    assert list(fig.data[0].x) == list(late) and list(fig.data[0].y) == [50] * 6
    # 5 of 305 left out: 98.4% shown, said under the title
    assert "From 24 Feb 2020 to 30 Mar 2020, where 98.4% of messages are: 5 messages before or after not shown" \
        in fig.layout.title.text
    # spread over the time it spans (the 5 are 2% at most of a year's steady weeks): drawn whole, nothing said
    steady = pd.DataFrame({"period": pd.date_range("2023-01-02", periods=52, freq="W-MON"), "topic_id": 0,
                           "topic_label": "refunds", "messages": 10, "share": 1.0})
    fig = plot_topics_over_time(steady)
    assert len(fig.data[0].x) == 52 and "not shown" not in fig.layout.title.text


def test_a_period_the_export_covers_in_part_is_no_drop():
    from workbench.analysis.topics import topics_over_time
    from workbench.present.plots import plot_topics_over_time

    # An export that starts on a Wednesday and ends on the Wednesday two weeks on: its last week holds three
    # days of messages (Mon-Wed), its first five (Wed-Sun); drawn as full weeks they read as a fall in volume.
    stamps = pd.date_range("2024-01-03 09:00", "2024-01-17 09:00", freq="6h", tz="UTC")
    m = pd.DataFrame({"created_at": stamps, "topic_id": 0, "topic_label": "refunds"})
    table = topics_over_time(m)
    assert table["days_covered"].tolist() == [5, 7, 3] and table["period_days"].tolist() == [7, 7, 7]
    fig = plot_topics_over_time(table)
    assert list(fig.data[0].marker.symbol) == ["circle-open", "circle", "circle-open"]
    assert ("Open points: periods the export covers in part (the first holds 5 of its 7 days, the last holds 3 "
            "of its 7 days)") in fig.layout.title.text
    whole = m[(m["created_at"] >= "2024-01-08") & (m["created_at"] < "2024-01-15")]
    assert "Open points" not in plot_topics_over_time(topics_over_time(whole.iloc[[0, -1]])).layout.title.text


def test_the_whats_new_section_says_none_were_found_rather_than_draw_nothing(monkeypatch):
    import workbench.present.report as report

    shown = []
    monkeypatch.setattr(report, "_display", shown.append)
    monkeypatch.setattr(report, "_png", lambda fig: None)
    # An app store's 18 weeks of reviews with no spike: one sentence, not "no data to draw" and two empty tables
    dates = pd.to_datetime(["2024-01-01", "2024-01-20", "2024-02-14"], utc=True)
    t = {"messages": pd.DataFrame({"created_at": dates, "author_role": ["customer", "customer", "brand"]}),
         "topics": pd.DataFrame({"topic_id": [0, 1]}),
         "trends": pd.DataFrame({"topic_id": [0, 1], "period": dates[:2], "spike": [False, False]}),
         "alerts": pd.DataFrame(columns=["message"])}
    report.show_whats_new(t, 12)
    assert len(shown) == 1 and "No spikes or emerging topics in the 3 weeks the export spans." in shown[0]
    assert "<a " not in shown[0] and "no data to draw" not in shown[0]


def test_drivers_are_said_to_be_adjusted_for_segment_only_where_there_are_segments(monkeypatch):
    import workbench.present.report as report

    shown = []
    monkeypatch.setattr(report, "_display", shown.append)
    monkeypatch.setattr(report, "_png", lambda fig: None)
    drivers = pd.DataFrame({"outcome": ["sentiment_score"], "topic": ["refund"], "messages": [40], "mean": [-0.5],
                            "effect": [-0.4], "ci_low": [-0.6], "ci_high": [-0.2], "p_value": [7.26e-54],
                            "q_value": [0.001], "impact_if_removed": [0.01]})
    report.show_drivers({"drivers": drivers, "segments": pd.DataFrame()}, 12)
    assert "Drivers of sentiment</h3>" in shown[-1]
    shown.clear()
    report.show_drivers({"drivers": drivers, "segments": pd.DataFrame({"segment": ["a", "b"]})}, 12)
    assert "Drivers of sentiment, adjusted for segment</h3>" in shown[-1]  # a workspace analysed before
    # compared within brands, it says so; within behavioural segments (clustered on topics) they are not compared
    segments = pd.DataFrame({"segment": ["a", "b"]})
    report.show_drivers({"drivers": drivers.assign(adjusted_for="brand"), "segments": segments}, 12)
    assert "Drivers of sentiment, adjusted for brand</h3>" in shown[-1]
    report.show_drivers({"drivers": drivers.assign(adjusted_for=""), "segments": segments}, 12)
    assert "Drivers of sentiment</h3>" in shown[-1]


def test_figures_in_tables_read_without_powers_of_ten_except_tiny_ones():
    from workbench.present.report import table_html

    times = pd.DataFrame({"brand": ["Acme"], "median_first_response_minutes": [2160.0], "p_value": [7.26e-54],
                          "mean": [-0.4551], "big": [999.6]})
    cells = re.findall(r"<td>([^<]*)</td>", table_html(times, "responsiveness", "Responsiveness"))
    assert cells == ["Acme", "2,160", "7.26e-54", "-0.455", "1,000"]


def test_share_of_voice_is_a_sentence_where_there_is_nothing_to_share(monkeypatch):
    import workbench.present.report as report

    shown = []
    monkeypatch.setattr(report, "_display", shown.append)
    # An app store's export: one brand (the package), named in no review
    one = pd.DataFrame({"name": ["com.example.reader"], "kind": ["brand"], "mentions": [0], "share_of_voice": [None]})
    report.show_share_of_voice({"share_of_voice": one}, 12)
    assert "No customer message names the brand by name or handle, so there is no share of voice" in shown[-1]
    assert "0%" not in shown[-1] and "--competitors" in shown[-1]
    report.show_share_of_voice({"share_of_voice": one.assign(mentions=12, share_of_voice=1.0)}, 12)
    assert "Customers name only com.example.reader (12 messages), so it holds all the share" in shown[-1]
    report.show_share_of_voice({"share_of_voice": one.iloc[:0]}, 12)
    assert "The export names no brand and no competitors were named" in shown[-1]
    two = pd.DataFrame({"name": ["Acme", "Beta"], "kind": ["brand", "competitor"], "mentions": [3, 1],
                        "share_of_voice": [0.75, 0.25]})
    report.show_share_of_voice({"share_of_voice": two}, 12)
    assert re.findall(r"<td>([^<]*)</td>", shown[-1]) == ["Acme", "brand", "3", "75%", "Beta", "competitor", "1", "25%"]


def test_an_export_of_response_times_without_replies_says_so():
    from workbench.pipeline.summary import replies_phrase

    # A help desk's ticket export: no reply texts, but a column stating each ticket's first response time
    stated = pd.DataFrame({"brand": ["(unknown)"], "stated_column": ["First response time (in hrs)"]})
    assert replies_phrase(0, stated) == ("the export holds no replies from the brand, only the time of its first "
                                         "response (column 'First response time (in hrs)').")
    assert replies_phrase(0, stated.assign(stated_column=None)) == "the export holds no replies from the brand."
    assert " ".join(visible_text(replies_phrase(12, stated)).split()) == "12 brand replies alongside."


def test_topics_over_time_within_one_week_is_a_sentence_not_a_chart_of_single_points():
    from workbench.present.report import missing

    # tweets of three days and reviews with no date: one weekly period, whose chart drew one point per topic on
    # an axis of milliseconds ("23:59:59.9995")
    m = pd.DataFrame({"created_at": pd.to_datetime(["2017-10-10 09:00", "2017-10-12 18:00", None], utc=True)})
    one = pd.DataFrame({"period": pd.to_datetime(["2017-10-09"] * 2), "topic_id": [0, 1], "period_days": 7})
    assert missing({"messages": m, "topics_over_time": one}, "dates") == (
        "The dated messages fall within one week (10 Oct 2017 to 12 Oct 2017), too short to follow topics over time.")
    two = pd.concat([one, one.assign(period=pd.Timestamp("2017-10-16"))])
    assert missing({"messages": m, "topics_over_time": two}, "dates") is None
