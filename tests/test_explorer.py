"""The explorer, driven by setting widget values: filters, drill-down, curation that persists."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from workbench import Workspace
from workbench import schema as S
from workbench.pipeline.run import analyse
from workbench.present.explorer import Explorer, Filters, filter_messages
from workbench.present.explorer.state import customer_messages, who_wrote
from workbench.present.report import load_tables


@pytest.fixture
def ws_copy(analysed, tmp_path):
    path, _ = analysed
    copy = tmp_path / "ws"
    shutil.copytree(path, copy)
    return copy


def test_filters_on_a_literal_table():
    m = pd.DataFrame({
        S.MESSAGE_ID: ["1", "2", "3", "4"], S.AUTHOR_ID: ["a", "a", "b", "c"], S.AUTHOR_ROLE: "customer",
        S.CHANNEL: ["twitter", "email", "twitter", "chat"], S.BRAND: "Acme",
        S.CREATED_AT: pd.to_datetime(["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22"], utc=True),
        S.TEXT: ["My Router died", "refund please", "router again", "thanks"],
        "topic_label": ["wifi", "billing", "wifi", "praise"], "topic_id": [0, 1, 0, 2],
        "sentiment_label": ["negative", "neutral", "negative", "positive"], "emotion": "none", "intent": "complaint",
    })
    cm = customer_messages(m, pd.Series({"a": "gold", "b": "basic", "c": "basic"}), excluded={"4"})
    assert filter_messages(cm, Filters())[S.MESSAGE_ID].tolist() == ["1", "2", "3"]  # 4 is marked spam
    assert filter_messages(cm, Filters(include_excluded=True))[S.MESSAGE_ID].tolist() == ["1", "2", "3", "4"]
    assert filter_messages(cm, Filters(channels=("twitter",), search="ROUTER"))[S.MESSAGE_ID].tolist() == ["1", "3"]
    assert filter_messages(cm, Filters(segments=("basic",)))[S.MESSAGE_ID].tolist() == ["3"]
    start, end = pd.Timestamp("2024-01-08", tz="UTC"), pd.Timestamp("2024-01-15", tz="UTC")
    assert filter_messages(cm, Filters(start=start, end=end))[S.MESSAGE_ID].tolist() == ["2"]
    # the segment an analysis stored with each message comes first; the author's where it stored none
    stored = customer_messages(m.assign(segment=["Segment 1 (frequent)"] * 2 + ["(no author named)", pd.NA]),
                               pd.Series({"a": "gold"}))
    assert stored["segment"].fillna("?").tolist() == ["Segment 1 (frequent)"] * 2 + ["(no author named)", "?"]
    assert customer_messages(m.assign(segment=pd.NA), pd.Series({"a": "gold"}))["segment"].fillna("?").tolist() \
        == ["gold", "gold", "?", "?"]


def test_themes_filter_the_explorer_and_their_bars_count_their_topics_messages(ws_copy):
    from workbench.present.explorer.state import theme_sizes

    # a literal table: two themes over three topics, the no-subject group (-2) no theme
    m = pd.DataFrame({"theme_id": [0, 0, 0, 1, -2], "theme_label": ["billing"] * 3 + ["wifi", "no subject"],
                      "topic_label": ["refund", "refund", "charged twice", "router", "thanks"]})
    sizes = theme_sizes(m)
    assert sizes[["label", "size"]].values.tolist() == [["billing", 3], ["wifi", 1]]
    assert sizes["share"].tolist() == [3 / 5, 1 / 5]
    assert filter_messages(m.assign(**{S.TEXT: "x"}), Filters(themes=("billing",)))["topic_label"].tolist() == [
        "refund", "refund", "charged twice"]
    # the explorer on the analysed sample: a Themes filter, and a bar per theme whose click picks the theme
    ex = Explorer(ws_copy, rows=2000)
    everything = ex.filtered
    theme = next(i for i, f in enumerate(ex.figures) if f.layout.meta["chart"] == "theme_sizes")
    bars = ex.figures[theme].data[0]
    biggest = bars.customdata[-1][0]  # drawn bottom-up: the biggest last
    assert biggest == everything.loc[everything["theme_id"] >= 0, "theme_label"].value_counts().index[0]
    _click(ex, theme, 0, len(bars.y) - 1)
    assert ex.widgets["themes"].value == [biggest]
    assert len(ex.filtered) == (everything["theme_label"] == biggest).sum() > 0
    assert ex.filtered["topic_label"].nunique() >= 1 and set(ex.filtered["theme_label"]) == {biggest}


def test_the_summary_says_where_messages_name_no_author():
    m = pd.DataFrame({S.AUTHOR_ID: ["a", "a", "b", None, None]})
    assert who_wrote(m.iloc[:3]) == "<b>3</b> customer messages from <b>2</b> customers"
    assert who_wrote(m.iloc[:1]) == "<b>1</b> customer message from <b>1</b> customer"
    assert who_wrote(m) == "<b>5</b> customer messages (<b>3</b> from <b>2</b> customers, <b>2</b> naming no author)"
    assert who_wrote(m.iloc[3:]) == "<b>2</b> customer messages, naming no author"  # never "from 0 customers"


def test_the_segment_heatmap_is_drawn_only_where_there_are_segments_to_compare(ws_copy):
    ex = Explorer(ws_copy)
    charts = [f.layout.meta["chart"] for f in ex.figures]
    assert "segment_topic" in charts
    segment = ex.widgets["segments"].allowed_tags[0]
    ex.widgets["segments"].value = (segment,)  # one segment's messages: one column would compare nothing
    assert ex.grid["segment"].nunique() == 1
    assert "segment_topic" not in [f.layout.meta["chart"] for f in ex.figures]


def test_widgets_drive_what_is_shown(ws_copy):
    ex = Explorer(ws_copy)
    everything = len(ex.filtered)
    before = ex.verbatims.value
    trend_before = ex.trend_table["messages"].sum()
    ex.widgets["sentiments"].value = ("negative",)
    assert ex.trend_table["messages"].sum() < trend_before  # the trends follow the filters
    assert set(ex.grid["value"][ex.grid["dimension"] == "sentiment"]) == {"negative"}  # and so does the heatmap
    assert 0 < len(ex.filtered) < everything and (ex.filtered["sentiment_label"] == "negative").all()
    assert ex.verbatims.value != before and "100% negative" in ex.summary.value
    brand = ex.widgets["brands"].allowed_tags[0]
    ex.widgets["brands"].value = (brand,)
    assert (ex.filtered[S.BRAND] == brand).all()
    ex.widgets["sentiments"].value = ()
    ex.widgets["brands"].value = ()
    ex.widgets["search"].value = "password"
    voice = ex.messages[~ex.messages["excluded"]]
    assert len(ex.filtered) == voice[S.TEXT].str.lower().str.contains("password").sum() > 0
    ex.widgets["search"].value = max(voice[S.TEXT], key=len)  # one message: not "1 customer messages from 1 ..."
    assert len(ex.filtered) == 1 and "<b>1</b> customer message from <b>1</b> customer;" in ex.summary.value
    period = ex.widgets["period"]
    # the slider ends on the week of the latest message, not the week after it
    latest = voice[S.CREATED_AT].max()
    assert latest - pd.Timedelta(days=7) < period.options[-1][1] <= latest
    period.index = (len(period.options) - 5, len(period.options) - 1)
    start = period.value[0]
    ex.widgets["search"].value = ""
    assert len(ex.filtered) == (voice[S.CREATED_AT] >= start).sum() > 0
    assert f"from the week of <b>{start.day} {start:%b %Y}</b>" in ex.period_label.value  # '6 Mar 2017'
    ex.clear_filters()
    assert len(ex.filtered) == everything
    ex.customer.value = ex.customer.options[0][1]
    assert "<table" in ex.timeline.value and ex.customer.value.startswith("person-")


def test_customer_text_is_escaped_in_the_explorer(ws_copy):
    ex = Explorer(ws_copy, rows=2000)
    ex.widgets["search"].value = "__xss"
    assert "&lt;script&gt;" in ex.verbatims.value and "<script>" not in ex.verbatims.value


def test_curation_persists_into_the_report_and_the_next_analysis(ws_copy):
    ex = Explorer(ws_copy)
    topic = ex.widgets["topics"].allowed_tags[0]
    ex.widgets["topics"].value = (topic,)
    ex.rename_to.value = "Account access"
    ex.rename_button.click()
    assert "Saved in the workspace" in ex.status.value
    assert "Account access" in ex.widgets["topics"].allowed_tags
    tables = load_tables(ws_copy)  # what the next report reads
    assert "Account access" in set(tables["topics"]["label"]) and topic not in set(tables["topics"]["label"])
    assert "Account access" in set(tables["segment_topics"]["value"])
    two = [o for o in ex.widgets["topics"].allowed_tags if o != "Account access"][:2]
    ex.widgets["topics"].value = tuple(two)
    ex.rename_to.value = "Merged issues"
    ex.merge_button.click()
    merged = load_tables(ws_copy)["topics"].set_index("label")
    assert "Merged issues" in merged.index and not set(two) & set(merged.index)
    big = next(o for o in ex.widgets["topics"].allowed_tags if o not in ("Account access", "Merged issues"))
    ex.widgets["topics"].value = (big,)
    ex.split_button.click()
    split = set(load_tables(ws_copy)["topics"]["label"])
    assert {f"{big} (a)", f"{big} (b)"} <= split and big not in split
    ex.widgets["topics"].value = ()
    ex.label_task.value = "sentiment"
    ex.to_label.value = ex.to_label.options[0][1]
    ex.label_value.value = "negative"
    ex.label_button.click()
    assert "sentiment labels in the workspace" in ex.status.value
    with Workspace(ws_copy) as ws:
        analyse(ws, embedding="static", segment_by="brand", progress=False)
        labels = set(ws.table("topics")["label"])
    assert {"Account access", "Merged issues", f"{big} (a)", f"{big} (b)"} <= labels  # re-applied to the new fit


def test_spam_marks_hide_messages_and_leave_them_out_of_the_next_analysis(ws_copy):
    ex = Explorer(ws_copy)
    spam = ex.filtered[S.MESSAGE_ID].iloc[0]
    ex.label(spam, "relevance", "spam")
    assert spam not in set(ex.filtered[S.MESSAGE_ID])
    with Workspace(ws_copy) as ws:
        analyse(ws, embedding="static", segment_by="brand", progress=False)
        marked = ws.messages().set_index(S.MESSAGE_ID).loc[spam]
    assert pd.isna(marked["sentiment_label"]) and pd.isna(marked["topic_id"])


def test_labelling_queue_saves_at_once_and_moves_on(ws_copy):
    ex = Explorer(ws_copy)
    assert ex._queue_id is None  # chosen when the tab is first opened, not while the explorer starts
    ex.tabs.selected_index = 2
    first = ex._queue_id
    m = ex.all_messages.set_index(S.MESSAGE_ID)
    assert first is not None and m.loc[first, S.AUTHOR_ROLE] != "brand"
    assert "<blockquote>" in ex.queue_text.value
    ex.queue_buttons["negative"].click()
    with Workspace(ws_copy, read_only=True) as ws:
        labels = ws.labels("sentiment").set_index("message_id")["label"]
    assert labels.to_dict() == {first: "negative"}  # saved at once, nothing else
    second = ex._queue_id
    assert second not in (None, first)
    ex.queue_buttons["skip"].click()
    assert ex._queue_id not in (first, second)


def _click(explorer, figure: int, trace: int, point: int, x=None, y=None) -> None:
    """What a click on a chart sends back from the browser: the trace's click callbacks with that point."""
    from plotly.callbacks import Points

    t = explorer.figures[figure].data[trace]
    t._dispatch_on_click(Points(point_inds=[point], xs=[x], ys=[y], trace_name=t.name, trace_index=trace), None)


def test_clicking_a_chart_filters_the_messages_to_it(ws_copy):
    ex = Explorer(ws_copy, rows=2000)
    everything = ex.filtered
    bars = ex.figures[0].data[0]  # topics by share, the biggest last (drawn bottom-up)
    biggest = bars.customdata[-1][0]
    _click(ex, 0, 0, len(bars.y) - 1)
    assert ex.widgets["topics"].value == [biggest]
    assert len(ex.filtered) == (everything["topic_label"] == biggest).sum() > 0
    assert set(ex.filtered["topic_label"]) == {biggest} and biggest in ex.verbatims.value
    ex.clear_filters()
    sentiment = next(i for i, f in enumerate(ex.figures) if f.layout.meta["chart"] == "sentiment_by")
    neg = next(k for k, t in enumerate(ex.figures[sentiment].data) if t.name == "negative")
    topic = ex.figures[sentiment].data[neg].customdata[0][0]
    _click(ex, sentiment, neg, 0)
    expected = everything[(everything["topic_label"] == topic) & (everything["sentiment_label"] == "negative")]
    assert len(ex.filtered) == len(expected) and set(ex.filtered[S.MESSAGE_ID]) == set(expected[S.MESSAGE_ID])
    ex.clear_filters()
    over_time = next(i for i, f in enumerate(ex.figures) if f.layout.meta["chart"] == "over_time")
    line = ex.figures[over_time].data[0]
    k = next(i for i, y in enumerate(line.y) if y > 0)  # the first week the topic has messages (0 elsewhere)
    when, topic = pd.Timestamp(line.x[k]), line.customdata[k][0]
    _click(ex, over_time, 0, k, x=line.x[k])
    start = ex.widgets["period"].value[0]
    assert start <= when.tz_localize("UTC") if when.tzinfo is None else start <= when
    assert set(ex.filtered["topic_label"]) == {topic} and len(ex.filtered) == line.y[k]  # that week's messages
    # one week shown: no chart of single points over time (a sentence says why)
    assert "over_time" not in [f.layout.meta["chart"] for f in ex.figures]
    ex.clear_filters()
    heat = next(i for i, f in enumerate(ex.figures) if f.layout.meta["chart"] == "segment_topic")
    cell = ex.figures[heat].data[0]
    row, col = next((r, c) for r in range(len(cell.y)) for c in range(len(cell.x)) if cell.z[r][c] == cell.z[r][c])
    _click(ex, heat, 0, row, x=cell.x[col], y=cell.y[row])
    segment, topic = ex.widgets["segments"].value, ex.widgets["topics"].value
    assert len(segment) == 1 and len(topic) == 1
    assert len(ex.filtered) == ((everything["segment"] == segment[0]) & (everything["topic_label"] == topic[0])).sum()


def test_an_export_dated_by_the_month_is_explored_month_by_month(ws_copy):
    """Messages dated by the month alone (a survey's "Jan 2024"): the slider, its label, the chart over time and
    a click on its points go by months, as the analysis does, not by weeks three in four of which are empty."""
    import duckdb

    with duckdb.connect(str(ws_copy / "workbench.duckdb")) as con:
        con.execute("UPDATE messages SET created_at = date_trunc('month', created_at AT TIME ZONE 'UTC') "
                    "AT TIME ZONE 'UTC'")
    ex = Explorer(ws_copy, rows=2000)
    voice = ex.messages[~ex.messages["excluded"]]
    months = sorted(voice[S.CREATED_AT].dropna().unique())
    period = ex.widgets["period"]
    assert period.description == "Months"
    assert [label for label, _ in period.options][-2:] == [f"{m:%b %Y}" for m in months[-2:]]  # 'Mar 2020'
    period.index = (len(period.options) - 2, len(period.options) - 1)
    assert len(ex.filtered) == (voice[S.CREATED_AT] >= months[-2]).sum() > 0  # the last month whole
    assert f"from <b>{months[-2]:%b %Y}</b> to <b>{months[-1]:%b %Y}</b>" in ex.period_label.value
    ex.clear_filters()
    assert set(ex.trend_table["period"]) <= {pd.Timestamp(m).tz_localize(None) for m in months}
    assert (ex.trend_table["days_covered"] == ex.trend_table["period_days"]).all()
    over_time = next(i for i, f in enumerate(ex.figures) if f.layout.meta["chart"] == "over_time")
    line = ex.figures[over_time].data[0]
    k = max(i for i, y in enumerate(line.y) if y > 0)  # the last month the topic has messages
    _click(ex, over_time, 0, k, x=line.x[k])
    assert set(ex.filtered["topic_label"]) == {line.customdata[k][0]} and len(ex.filtered) == line.y[k]
