"""Who the customers are: every statistic checked against a value computed by hand on tiny literal tables."""

from __future__ import annotations

import html
import json

import numpy as np
import pandas as pd
import pytest

from workbench import schema as S
from workbench.customers.compare import drivers, segment_comparison
from workbench.customers.profiles import customer_table, customer_timeline, responsiveness, thread_facts
from workbench.customers.quotes import quotes
from workbench.customers.segments import behavioural_segments, customer_segment, describe_segments, segment_values
from workbench.customers.stats import benjamini_hochberg, mean_difference_adjusted, two_proportion_test, wilson
from workbench.customers.trends import trends
from workbench.ingest.formats import load


def test_wilson_interval():
    lo, hi = wilson(5, 10)
    assert float(lo) == pytest.approx(0.2366, abs=1e-4) and float(hi) == pytest.approx(0.7634, abs=1e-4)
    lo, hi = wilson(0, 20)
    assert float(lo) == pytest.approx(0.0, abs=1e-12) and float(hi) == pytest.approx(0.1611, abs=1e-4)


def test_two_proportion_test():
    # pooled 0.25; se = sqrt(0.25 * 0.75 * (1/100 + 1/100)) = 0.061237; z = 0.1 / 0.061237 = 1.633
    assert float(two_proportion_test(30, 100, 20, 100)) == pytest.approx(0.10247, abs=1e-4)
    assert np.isnan(two_proportion_test(1, 0, 2, 10))
    # The same p-values as scipy's chi-square without continuity correction and statsmodels' z-test.
    from scipy.stats import chi2_contingency
    from statsmodels.stats.proportion import proportions_ztest

    for k1, n1, k2, n2 in ((3, 40, 12, 55), (50, 60, 20, 90), (7, 7, 1, 9)):
        ours = float(two_proportion_test(k1, n1, k2, n2))
        table = [[k1, n1 - k1], [k2, n2 - k2]]
        assert ours == pytest.approx(chi2_contingency(table, correction=False).pvalue, rel=1e-9)
        assert ours == pytest.approx(proportions_ztest([k1, k2], [n1, n2])[1], rel=1e-9)


def test_benjamini_hochberg():
    q = benjamini_hochberg(np.array([0.01, 0.04, 0.03, 0.2, np.nan]))
    assert q[:4] == pytest.approx([0.04, 0.053333, 0.053333, 0.2], abs=1e-5) and np.isnan(q[4])


def test_mean_difference_adjusted_for_segment():
    # Within each segment the topic is exactly 1 point lower; segment B is far happier and mostly off-topic,
    # so the raw difference (-3.75) is confounded; the adjusted effect is the within-segment -1.
    y = np.array([2, 1, 1, 6, 6, 6, 5])
    x = np.array([0, 1, 1, 0, 0, 0, 1])
    g = np.array(["A", "A", "A", "B", "B", "B", "B"])
    raw, _, _ = mean_difference_adjusted(y.astype(float), x)
    assert raw == pytest.approx((1 + 1 + 5) / 3 - (2 + 6 + 6 + 6) / 4)
    effect, se, p = mean_difference_adjusted(y.astype(float), x, g)
    assert effect == pytest.approx(-1.0) and se == pytest.approx(0.0, abs=1e-9)


def test_adjusted_difference_equals_the_full_fixed_effects_regression():
    """The partialled-out fit gives statsmodels' own full regression (intercept, x, group dummies, HC1)."""
    import statsmodels.api as sm

    rng = np.random.default_rng(3)
    g = rng.choice(["a", "b", "c", "d"], 400)
    x = (rng.random(400) < np.where(g == "a", 0.6, 0.2)).astype(float)
    y = -0.4 * x + np.select([g == "a", g == "b"], [1.0, -0.5], 0.2) + rng.normal(0, 1 + x, 400)
    dummies = pd.get_dummies(g, drop_first=True, dtype=float).to_numpy()
    full = sm.OLS(y, np.column_stack([np.ones(400), x, dummies])).fit(cov_type="HC1")
    effect, se, p = mean_difference_adjusted(y, x, g)
    assert (effect, se, p) == pytest.approx((full.params[1], full.bse[1], full.pvalues[1]), rel=1e-9)


def msgs(rows: list[dict]) -> pd.DataFrame:
    base = {S.CHANNEL: "twitter", S.SOURCE: "t", S.AUTHOR_ROLE: "customer", S.BRAND: "Acme", S.TEXT: "hello"}
    df = pd.DataFrame([{**base, **r} for r in rows])
    df[S.CREATED_AT] = pd.to_datetime(df[S.CREATED_AT], utc=True)
    for col in (S.PARENT_ID, S.RATING, S.RATING_TYPE, S.METADATA):
        if col not in df:
            df[col] = None
    df[S.RATING] = df[S.RATING].astype(float)
    return df


@pytest.fixture
def convo():
    return msgs([
        {S.MESSAGE_ID: "1", S.CONVERSATION_ID: "c1", S.AUTHOR_ID: "ann", S.CREATED_AT: "2024-01-01 10:00",
         S.TEXT: "My router keeps dropping", "sentiment_score": -0.8, "sentiment_label": "negative",
         "intent": "complaint", "topic_label": "wifi"},
        {S.MESSAGE_ID: "2", S.CONVERSATION_ID: "c1", S.AUTHOR_ID: "Acme", S.AUTHOR_ROLE: "brand",
         S.CREATED_AT: "2024-01-01 10:30", S.PARENT_ID: "1", S.TEXT: "Sorry! DM us"},
        {S.MESSAGE_ID: "3", S.CONVERSATION_ID: "c2", S.AUTHOR_ID: "ann", S.CREATED_AT: "2024-01-10 09:00",
         S.CHANNEL: "email", S.TEXT: "Still down. I will cancel my contract and switch to another provider",
         "sentiment_score": -0.9, "sentiment_label": "negative", "intent": "churn_threat", "topic_label": "wifi"},
        {S.MESSAGE_ID: "4", S.CONVERSATION_ID: "c3", S.AUTHOR_ID: "bob", S.CREATED_AT: "2024-01-05 12:00",
         S.TEXT: "Great service, I told my friends about you", "sentiment_score": 0.9, "sentiment_label": "positive",
         "intent": "praise", "topic_label": "service", S.RATING: 10, S.RATING_TYPE: "nps"},
        {S.MESSAGE_ID: "5", S.CONVERSATION_ID: "c3", S.AUTHOR_ID: "Acme", S.AUTHOR_ROLE: "brand",
         S.CREATED_AT: "2024-01-05 14:00", S.TEXT: "Thank you Bob!"},
        {S.MESSAGE_ID: "6", S.CONVERSATION_ID: "c4", S.AUTHOR_ID: "bob", S.CREATED_AT: "2024-01-20 08:00",
         S.TEXT: "Stop emailing me so many offers", "sentiment_score": -0.4, "sentiment_label": "negative",
         "intent": "request", "topic_label": "marketing"},
    ])


def test_thread_facts(convo):
    f = thread_facts(convo).set_index(S.MESSAGE_ID)
    assert f.loc["1", "answered"] and f.loc["1", "response_minutes"] == 30
    assert f.loc["4", "response_minutes"] == 120
    assert not f.loc["3", "answered"] and not f.loc["6", "answered"]


def test_a_message_no_person_wrote_is_no_answer(tmp_path):
    # A chat tool's system notice ("Assigned to Billing") five seconds after the customer wrote, the agent's
    # answer half an hour later; a second chat only the notice followed.
    auto = json.dumps({"automated": True})
    m = msgs([
        {S.MESSAGE_ID: "1", S.CONVERSATION_ID: "c1", S.AUTHOR_ID: "ann", S.CREATED_AT: "2024-01-01 10:00:00"},
        {S.MESSAGE_ID: "2", S.CONVERSATION_ID: "c1", S.AUTHOR_ID: "Acme", S.AUTHOR_ROLE: "brand",
         S.CREATED_AT: "2024-01-01 10:00:05", S.PARENT_ID: "1", S.TEXT: "Assigned to Billing", S.METADATA: auto},
        {S.MESSAGE_ID: "3", S.CONVERSATION_ID: "c1", S.AUTHOR_ID: "Acme", S.AUTHOR_ROLE: "brand",
         S.CREATED_AT: "2024-01-01 10:30:00", S.TEXT: "Sorry, fixing it now"},
        {S.MESSAGE_ID: "4", S.CONVERSATION_ID: "c2", S.AUTHOR_ID: "bob", S.CREATED_AT: "2024-01-02 09:00:00"},
        {S.MESSAGE_ID: "5", S.CONVERSATION_ID: "c2", S.AUTHOR_ID: "Acme", S.AUTHOR_ROLE: "brand",
         S.CREATED_AT: "2024-01-02 09:00:02", S.PARENT_ID: "4", S.TEXT: "Assigned to Billing", S.METADATA: auto},
    ])
    f = thread_facts(m).set_index(S.MESSAGE_ID)
    assert f.loc["1", "answered"] and f.loc["1", "response_minutes"] == 30  # not 5 seconds
    assert not f.loc["4", "answered"] and pd.isna(f.loc["4", "response_minutes"])
    # the tabular loader marks a role column's "system" rows so (Freshchat's layout)
    data = (b"Conversation ID,Actor Type,Actor Name,Message,Created At\n"
            b"c1,user,Ann,My order arrived damaged,2024-02-01 10:00\n"
            b"c1,system,Bot,Assigned to Billing,2024-02-01 10:00\n"
            b"c1,agent,Sam,Sorry! Sending a replacement,2024-02-01 10:20\n")
    (tmp_path / "freshchat.csv").write_bytes(data)
    loaded = load(tmp_path / "freshchat.csv").messages
    flags = [isinstance(x, str) and json.loads(x).get("automated", False) for x in loaded[S.METADATA]]
    assert flags == [False, True, False]
    f = thread_facts(loaded).set_index(S.MESSAGE_ID)
    assert f.loc[loaded[S.MESSAGE_ID].iloc[0], "response_minutes"] == 20


def test_a_bots_answer_is_no_answer_of_the_brands_people(tmp_path):
    # A chatbot answers within seconds in every help desk that has one; counted as the brand's first response it
    # made every median response time a few seconds. Each export's way of saying a bot wrote: a role column's
    # "bot", Drift's `author.bot`, Intercom's author type "bot", Contact Lens's SYSTEM turns.
    def first_response(messages):
        f = thread_facts(messages).set_index(S.MESSAGE_ID)
        return f.loc[messages[S.MESSAGE_ID].iloc[0], "response_minutes"]

    (tmp_path / "chat.csv").write_text(
        "Conversation ID,Sender Type,Sender,Message,Created At\n"
        "c1,customer,Ann,My order arrived damaged,2024-02-01 10:00\n"
        "c1,Bot,Helper,Hi! I am the Acme assistant. Try our help centre,2024-02-01 10:01\n"
        "c1,agent,Sam,Sorry! Sending a replacement,2024-02-01 10:15\n")
    assert first_response(load(tmp_path / "chat.csv").messages) == 15
    drift = [{"id": 1, "conversationId": 7, "body": "Where is my refund?", "createdAt": "2024-02-01T10:00:00Z",
              "author": {"id": 11, "type": "contact", "bot": False}},
             {"id": 2, "conversationId": 7, "body": "Thanks! A teammate will be with you soon.",
              "createdAt": "2024-02-01T10:00:03Z", "author": {"id": 12, "type": "user", "bot": True}},
             {"id": 3, "conversationId": 7, "body": "It went out yesterday, sorry for the wait.",
              "createdAt": "2024-02-01T10:40:00Z", "author": {"id": 13, "type": "user", "bot": False}}]
    (tmp_path / "drift.json").write_text(json.dumps(drift))
    m = load(tmp_path / "drift.json").messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand"] and first_response(m) == 40
    part = {"type": "conversation_part", "part_type": "comment", "updated_at": 0, "notified_at": 0}
    intercom = {"type": "conversation.list", "conversations": [{
        "type": "conversation", "id": "9", "created_at": 1709280000,
        "source": {"type": "conversation", "id": "s9", "delivered_as": "customer_initiated", "subject": "",
                   "body": "<p>I was charged twice.</p>", "author": {"type": "user", "id": "u1", "name": "Noor"}},
        "conversation_parts": {"type": "conversation_part.list", "total_count": 2, "conversation_parts": [
            {**part, "id": "1", "body": "<p>I can help with billing questions!</p>", "created_at": 1709280005,
             "author": {"type": "bot", "id": "b1", "name": "Operator"}},
            {**part, "id": "2", "body": "<p>Refunded the second charge.</p>", "created_at": 1709281800,
             "author": {"type": "admin", "id": "a1", "name": "Sam"}}]}}]}
    (tmp_path / "intercom.json").write_text(json.dumps(intercom))
    m = load(tmp_path / "intercom.json").messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand"] and first_response(m) == 30
    call = {"CustomerMetadata": {"ContactId": "c-1"}, "Channel": "CHAT",
            "Participants": [{"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
                             {"ParticipantId": "SYSTEM", "ParticipantRole": "SYSTEM"},
                             {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}],
            "Transcript": [{"Id": f"t{i}", "ParticipantId": who, "Content": text, "BeginOffsetMillis": at}
                           for i, (who, text, at) in enumerate([
                               ("CUSTOMER", "My internet drops every evening.", 0),
                               ("SYSTEM", "You are number 3 in the queue.", 1000),
                               ("AGENT", "Sorry to hear that, let me run a line test.", 120000)], start=1)]}
    (tmp_path / "c-1_analysis_2024-03-01T10:15:00.000Z.json").write_text(json.dumps(call))
    m = load(tmp_path / "c-1_analysis_2024-03-01T10:15:00.000Z.json").messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand"] and first_response(m) == 2


def test_sentiment_falls_over_a_relationship_not_within_one_exchange():
    # cal: pleased, then 40 minutes later in the same conversation a complaint (0.8 -> -0.5); dee: the same two
    # messages a week apart in two conversations. Only dee's sentiment has fallen as a customer's.
    rows = [{S.MESSAGE_ID: f"{who}{k}", S.CONVERSATION_ID: f"{who}-{k if who == 'dee' else 0}", S.AUTHOR_ID: who,
             S.CREATED_AT: pd.Timestamp("2024-03-01 12:00") + (pd.Timedelta(days=7 * k) if who == "dee"
                                                                else pd.Timedelta(minutes=40 * k)),
             "sentiment_score": score, "sentiment_label": label}
            for who in ("cal", "dee") for k, (score, label) in enumerate([(0.8, "positive"), (-0.5, "negative")])]
    c = customer_table(msgs(rows)).set_index("customer_id")
    assert c.loc["cal", "sentiment_change"] == pytest.approx(-1.3) == c.loc["dee", "sentiment_change"]
    assert c.loc["cal", "churn_risk"] == "low" and "sentiment falling" not in c.loc["cal", "churn_reasons"]
    assert c.loc["dee", "churn_risk"] == "medium" and "sentiment falling" in c.loc["dee", "churn_reasons"]


def test_customer_table(convo):
    c = customer_table(convo, competitors=("OtherNet",)).set_index("customer_id")
    ann, bob = c.loc["ann"], c.loc["bob"]
    assert ann["messages"] == 2 and ann["conversations"] == 2 and ann["channels"] == ["email", "twitter"]
    assert ann["answered_share"] == 0.5 and ann["median_response_minutes"] == 30
    assert ann["sentiment_change"] == pytest.approx(-0.1) and ann["mean_sentiment"] == pytest.approx(-0.85)
    assert ann["relationship"] == "detractor" and ann["churn_risk"] == "high"
    assert "threatened to cancel, switch or leave" in ann["churn_reasons"]
    assert ann["recency_days"] == pytest.approx(10 - 1 / 24, abs=1e-6)  # last seen Jan 10 09:00, latest Jan 20 08:00
    assert bob["relationship"] == "advocate" and bob["rating_class"] == "promoter" and bob["recommends"]
    assert bob["asks_less_contact"] and not ann["asks_less_contact"]
    assert ann["channels_asked_for"] == [] and bob["channels_asked_for"] == []
    assert ann["top_topics"] == ["wifi"]
    # the groups kept out of the topics are no customer's topic
    from workbench.analysis.topics import OTHER_LANGUAGE_LABEL

    foreign = convo.assign(topic_label=convo["topic_label"].replace("marketing", OTHER_LANGUAGE_LABEL))
    assert customer_table(foreign).set_index("customer_id").loc["bob", "top_topics"] == ["service"]


def test_timeline_and_responsiveness(convo):
    t = customer_timeline(convo, "ann")
    assert t[S.MESSAGE_ID].tolist() == ["1", "2", "3"]
    r = responsiveness(convo).set_index("channel")
    assert r.loc["twitter", "conversations"] == 3 and r.loc["twitter", "reply_rate"] == pytest.approx(2 / 3)
    assert r.loc["twitter", "median_first_response_minutes"] == 75  # median of 30 and 120
    assert r.loc["email", "reply_rate"] == 0 and r.loc["email", "unanswered_customers"] == 0  # ann was answered once


@pytest.mark.parametrize(("column", "values", "expected"), [
    ("First reply time in minutes", ["30", None, "90"], [30, None, 90]),  # Zendesk
    ("First response time (in hrs)", ["0.5", "", "01:30:00"], [30, None, 90]),  # Freshdesk: hours or hh:mm:ss
    ("Company Reply Date (UTC)", ["2024-01-01 10:30:00", None, "2024-01-04 11:30:00"], [30, None, 1530]),
    ("Time to first response", ["12", "7", "9"], [None, None, None]),  # no unit: not read
])
def test_a_first_response_the_export_states_in_a_column(column, values, expected):
    rows = [{S.MESSAGE_ID: str(i), S.CONVERSATION_ID: str(i), S.AUTHOR_ID: f"u{i}",
             S.CREATED_AT: pd.Timestamp("2024-01-01 10:00") + pd.Timedelta(days=i),
             S.METADATA: json.dumps({"Status": "Closed", column: v})} for i, v in enumerate(values)]
    facts = thread_facts(msgs(rows)).set_index(S.MESSAGE_ID)
    assert [None if pd.isna(v) else v for v in facts["response_minutes"]] == expected
    assert facts["answered"].tolist() == [e is not None for e in expected]
    r = responsiveness(msgs(rows)).iloc[0]
    if expected[0] is None:
        assert r["reply_rate"] == 0 and r["measured_from"] == "the brand's replies"
    else:
        assert r["reply_rate"] == pytest.approx(2 / 3) and r["measured_from"] == f"column '{column}'"
        assert r["stated_column"] == column
        assert r["median_first_response_minutes"] == np.median([e for e in expected if e is not None])


def test_segment_comparison_with_nothing_to_compare_is_an_empty_grid():
    # A five-message chat: no topics (too few), and no customer message with a value to compare; the grid is
    # empty with its columns (it had raised KeyError: 'dimension' and stopped the analysis)
    m = msgs([{S.MESSAGE_ID: str(i), S.CONVERSATION_ID: "c", S.AUTHOR_ID: None, S.CREATED_AT: "2024-01-01",
               "topic_label": None, "sentiment_label": None, "intent": None} for i in range(5)])
    out = segment_comparison(m, pd.Series(["(none)"] * 5))
    assert out.empty and {"dimension", "segment", "value", "share_messages", "significant"} <= set(out.columns)


def test_segment_comparison_by_hand():
    # Segment A: 10 messages, 6 about billing; segment B: 30 messages, 6 about billing.
    rows = []
    for i in range(40):
        seg = "A" if i < 10 else "B"
        billing = (i < 6) or (10 <= i < 16)
        rows.append({S.MESSAGE_ID: str(i), S.CONVERSATION_ID: str(i), S.AUTHOR_ID: f"u{i % 20}",
                     S.CREATED_AT: "2024-01-01", "topic_label": "billing" if billing else "app",
                     "sentiment_label": "negative" if billing else "neutral", "intent": "complaint", "seg": seg})
    m = msgs(rows)
    out = segment_comparison(m, m["seg"], min_count=5, min_segment=10)
    a = out[(out["dimension"] == "topic") & (out["segment"] == "A") & (out["value"] == "billing")].iloc[0]
    assert a["share_messages"] == 0.6 and a["rest_share"] == pytest.approx(6 / 30)
    assert a["lift"] == pytest.approx(3.0)
    # Expected values from the libraries themselves, not from the module's wrappers of them.
    from scipy.stats import false_discovery_control
    from statsmodels.stats.proportion import proportion_confint, proportions_ztest

    lo, hi = proportion_confint(6, 10, method="wilson")
    assert a["ci_low"] == pytest.approx(lo) and a["ci_high"] == pytest.approx(hi)
    assert a["p_value"] == pytest.approx(proportions_ztest([6, 6], [10, 30])[1])  # 6/10 against the other 6/30
    topic = out[out["dimension"] == "topic"]
    tested = topic["p_value"].notna()
    assert topic.loc[tested, "q_value"].to_numpy() == pytest.approx(
        false_discovery_control(topic.loc[tested, "p_value"].to_numpy(), method="bh"))
    # The minimum-count guard: with a 20-message minimum, segment A (10 messages) is not tested.
    guarded = segment_comparison(m, m["seg"], min_count=5, min_segment=20)
    assert guarded["p_value"].isna().all() and not guarded["enough_data"].any()


def test_a_segment_is_compared_with_the_other_segments_not_with_messages_that_name_no_author():
    # Tweets by customers in segments A (30 messages, 15 negative) and B (30, 6 negative), beside 100 reviews that
    # name no author (10 negative). A's rest is B alone: 6/30, not (6 + 10)/130 (a Twitter-against-reviews
    # difference). The reviews' group is compared with all the segments' messages: 21/60.
    rows = [{S.MESSAGE_ID: f"{seg}{i}", S.CONVERSATION_ID: f"{seg}{i}", S.AUTHOR_ID: None if seg == "R" else
             f"{seg}{i % 10}", S.CREATED_AT: "2024-01-01", "topic_label": "app", "intent": "complaint",
             "sentiment_label": "negative" if i < neg else "neutral", "seg": name}
            for seg, name, n, neg in (("A", "A", 30, 15), ("B", "B", 30, 6), ("R", "(no author named)", 100, 10))
            for i in range(n)]
    m = msgs(rows)
    out = segment_comparison(m, m["seg"]).set_index(["dimension", "segment", "value"])
    a, b = out.loc[("sentiment", "A", "negative")], out.loc[("sentiment", "B", "negative")]
    assert a["share_messages"] == 0.5 and a["rest_share"] == pytest.approx(6 / 30)
    assert b["rest_share"] == pytest.approx(15 / 30)
    r = out.loc[("sentiment", "(no author named)", "negative")]
    assert r["share_messages"] == 0.1 and r["rest_share"] == pytest.approx(21 / 60)
    from statsmodels.stats.proportion import proportions_ztest
    assert a["p_value"] == pytest.approx(proportions_ztest([15, 6], [30, 30])[1])
    assert r["p_value"] == pytest.approx(proportions_ztest([10, 21], [100, 60])[1])


def test_drivers_and_impact():
    rows = [{S.MESSAGE_ID: str(i), S.CONVERSATION_ID: str(i), S.AUTHOR_ID: "u", S.CREATED_AT: "2024-01-01",
             "topic_label": "delays" if i < 10 else "food", "sentiment_score": -0.5 if i < 10 else 0.5}
            for i in range(30)]
    d = drivers(msgs(rows), min_count=5).set_index("topic")
    assert d.loc["delays", "effect"] == pytest.approx(-1.0) and d.loc["food", "effect"] == pytest.approx(1.0)
    # Mean is (10 * -0.5 + 20 * 0.5) / 30 = 1/6; without delays it would be 0.5.
    assert d.loc["delays", "impact_if_removed"] == pytest.approx(0.5 - 1 / 6)


def test_trends_flag_a_spike_and_an_emerging_topic():
    rows, i = [], 0
    for week in range(8):
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(weeks=week)
        mix = {"app": 18, "billing": 2} if week < 6 else {"app": 10, "billing": 10}
        if week >= 6:
            mix["outage"] = 6
        for topic, n in mix.items():
            for _ in range(n):
                rows.append({S.MESSAGE_ID: str(i), S.CONVERSATION_ID: str(i), S.AUTHOR_ID: f"u{i}",
                             S.CREATED_AT: day, "topic_label": topic, "sentiment_score": 0.0})
                i += 1
    t, alerts = trends(msgs(rows), freq="W", window=4, min_count=5)
    cell = t[(t["topic"] == "billing") & (t["period"] == pd.Timestamp("2024-02-12"))].iloc[0]
    assert cell["spike"] and cell["messages"] == 10 and cell["baseline_share"] == pytest.approx((8 + 0.5) / 81)
    assert not t[(t["topic"] == "app")]["spike"].any()
    # by hand: 10 of the week's 26 messages (38%); the trailing share (8 + 0.5) / 81 = 10.5%, lift 3.66
    said = alerts.loc[(alerts["kind"] == "spike") & (alerts["period"] == pd.Timestamp("2024-02-12")), "message"]
    assert said.iloc[0] == ("'billing' rose to 38% of messages in the week of 12 Feb 2024 (10 of 26 messages), "
                            "3.7x its recent share of 10%.")
    assert set(alerts["kind"]) >= {"spike", "emerging"}
    from workbench.customers.trends import _when  # dated as the report dates, by the period's length

    day = pd.Timestamp("2024-03-01")
    assert [_when(day, f) for f in ("D", "W", "MS")] == ["on 1 Mar 2024", "in the week of 1 Mar 2024", "in March 2024"]
    assert "outage" in set(alerts.loc[alerts["kind"] == "emerging", "topic"])
    assert alerts["period"].is_monotonic_decreasing  # what is new first


def test_a_topic_is_new_only_beyond_what_a_thin_past_can_tell():
    from scipy import stats

    # 5 weeks of 12 messages; "live chat" 5 times in the last four, none in the first: a fifth of the messages
    # are the first week's, so all five fall in the last four weeks with probability C(48,5)/C(60,5) = 0.31
    rows = [{S.MESSAGE_ID: str(i), S.CONVERSATION_ID: str(i), S.AUTHOR_ID: f"u{i}", "sentiment_score": 0.0,
             S.CREATED_AT: pd.Timestamp("2024-03-04") + pd.Timedelta(weeks=i // 12),
             "topic_label": "live chat" if i in (13, 26, 38, 49, 59) else "delivery"} for i in range(60)]
    _, alerts = trends(msgs(rows), freq="W", window=4, min_count=5)
    assert stats.fisher_exact([[5, 43], [0, 12]], alternative="greater").pvalue == pytest.approx(0.31, abs=0.01)
    assert "emerging" not in set(alerts["kind"])


def test_a_spike_needs_a_baseline_that_can_tell_it_from_chance():
    from scipy import stats

    def weeks(before: list[int], now: int, sizes: list[int]) -> pd.DataFrame:
        rows, i = [], 0
        for week, (n_topic, size) in enumerate(zip([*before, now], sizes, strict=True)):
            day = pd.Timestamp("2024-01-01") + pd.Timedelta(weeks=week)
            for j in range(size):
                rows.append({S.MESSAGE_ID: str(i), S.CONVERSATION_ID: str(i), S.AUTHOR_ID: f"u{i}",
                             S.CREATED_AT: day, "topic_label": "disclaimer" if j < n_topic else "other",
                             "sentiment_score": 0.0})
                i += 1
        return msgs(rows)

    # 0 of 40 messages a week, then 5 of 62: 8% against a baseline that could well be 3%, chance (p = 0.08 by
    # scipy's Fisher test on the 2x2 table; a test against the baseline's point estimate had said p < 0.001)
    thin, _ = trends(weeks([0], 5, [40, 62]), freq="W", window=4, min_count=5)
    cell = thin[(thin["topic"] == "disclaimer")].iloc[-1]
    fisher = stats.fisher_exact([[5, 57], [0, 40]], alternative="greater").pvalue
    assert cell["p_value"] == pytest.approx(fisher) and fisher > 0.05 and not cell["spike"]
    assert stats.binom.sf(4, 62, cell["baseline_share"]) < 0.001
    # 0 of 1,000 over four weeks, then 5 of 62: a spike
    thick, alerts = trends(weeks([0, 0, 0, 0], 5, [250, 250, 250, 250, 62]), freq="W", window=4, min_count=5)
    assert thick[(thick["topic"] == "disclaimer")].iloc[-1]["spike"] and "spike" in set(alerts["kind"])
    # a share that rose from nothing is said so, not as a multiple of a share of "0.0%"
    assert "(5 of 62 messages), after none in the 4 weeks before." in alerts.loc[alerts["kind"] == "spike",
                                                                            "message"].iloc[0]
    # where fewer weeks came before than the window holds, as many as there were: one week of 1,000, then 5 of 62
    _, alerts = trends(weeks([0], 5, [1000, 62]), freq="W", window=4, min_count=5)
    assert "(5 of 62 messages), after none in the week before." in alerts.loc[alerts["kind"] == "spike",
                                                                          "message"].iloc[0]


def test_sentiment_drop_alerts_match_scipy_welch_tests():
    """Every topic-week against its trailing four weeks, computed here sample by sample with scipy's own
    ttest_ind and false_discovery_control: the alerts are exactly the cells with q < 0.05 and a fall >= 0.2."""
    from scipy import stats

    rng = np.random.default_rng(7)
    rows, i = [], 0
    for week in range(7):
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(weeks=week)
        for topic, centre in (("billing", 0.4 if week < 5 else -0.4), ("app", 0.1)):
            for score in np.clip(rng.normal(centre, 0.3, 12), -1, 1):
                rows.append({S.MESSAGE_ID: str(i), S.CONVERSATION_ID: str(i), S.AUTHOR_ID: f"u{i}",
                             S.CREATED_AT: day, "topic_label": topic, "sentiment_score": float(score)})
                i += 1
    m = msgs(rows)
    _, alerts = trends(m, freq="W", window=4, min_count=5)
    week = m[S.CREATED_AT].dt.tz_localize(None).dt.to_period("W").dt.start_time
    tests = []
    for topic in ("app", "billing"):
        weeks = sorted(week.unique())
        for j in range(1, len(weeks)):
            now = m.loc[(m["topic_label"] == topic) & (week == weeks[j]), "sentiment_score"]
            base = m.loc[(m["topic_label"] == topic) & week.isin(weeks[max(0, j - 4):j]), "sentiment_score"]
            p = stats.ttest_ind(now, base, equal_var=False, alternative="less").pvalue
            tests.append((topic, weeks[j], now.mean(), base.mean(), p))
    q = stats.false_discovery_control([t[4] for t in tests], method="bh")
    expected = {(t[0], t[1]) for t, qv in zip(tests, q, strict=True) if qv < 0.05 and t[3] - t[2] >= 0.2}
    drops = alerts[alerts["kind"] == "sentiment drop"]
    assert expected and set(zip(drops["topic"], drops["period"], strict=True)) == expected


def test_quotes_are_redacted_again(convo):
    convo.loc[convo[S.MESSAGE_ID] == "3", S.TEXT] = "Still down, call me at +44 7700 900123, I will cancel"
    q = quotes(convo, convo[S.AUTHOR_ID])
    assert q[q[S.MESSAGE_ID] == "3"][S.TEXT].iloc[0] == "Still down, call me at [PHONE], I will cancel"


def test_segment_values_from_metadata_and_aliases(convo):
    convo[S.METADATA] = [json.dumps({"plan": p}) for p in ["basic", None, "premium", "basic", None, "basic"]]
    v = segment_values(convo, "plan")
    assert v.tolist() == ["basic", "(none)", "premium", "basic", "(none)", "basic"]
    assert segment_values(convo, "airline", aliases={"airline": S.BRAND}).eq("Acme").all()
    assert customer_segment(convo, v).to_dict() == {"ann": "basic", "bob": "basic"}
    with pytest.raises(Exception, match="metadata keys: plan"):
        segment_values(convo, "region")


def test_behavioural_segments_are_deterministic_and_described():
    rng = np.random.default_rng(0)
    rows = []
    for c in range(60):
        loud = c < 20  # 20 frequent, negative billing customers; 40 one-off, positive app customers
        for k in range(6 if loud else 1):
            rows.append({S.MESSAGE_ID: f"{c}-{k}", S.CONVERSATION_ID: f"{c}-{k}", S.AUTHOR_ID: f"c{c}",
                         S.CREATED_AT: pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 60))),
                         "topic_label": "billing" if loud else "app", "intent": "complaint" if loud else "praise",
                         "sentiment_score": -0.7 if loud else 0.6,
                         "sentiment_label": "negative" if loud else "positive"})
    m = msgs(rows)
    customers = customer_table(m)
    a1, table = behavioural_segments(customers, m)
    a2, _ = behavioural_segments(customers, m)
    assert (a1 == a2).all()
    loud = table[table["name"].str.contains("frequent")].iloc[0]
    assert {"asks_less_contact", "asks_more_contact", "channels_asked_for", "net_advocacy"} <= set(table.columns)
    assert loud["customers"] == 20 and "negative" in loud["name"] and "billing" in loud["name"]
    assert table["criterion"].iloc[0].startswith("k-means, k=")
    # The same customers as a survey's respondents: six answers are more of its questions answered, not often
    survey = m.assign(**{S.CHANNEL: "survey"})
    names = behavioural_segments(customer_table(survey), survey)[1]["name"]
    assert names.str.contains("more open answers").any() and not names.str.contains("frequent|one-off").any()


def test_a_few_customers_far_out_on_one_feature_take_no_segment_of_their_own():
    # 120 customers who each wrote once, in three groups of 40 (billing complaints, app praise, delivery
    # questions); 2 of the billing group wrote six conversations each: 8 standard deviations out on
    # conversations and frequency. They belong with the billing customers, not in a segment of two.
    rows = []
    for c in range(120):
        group = c % 3
        for k in range(6 if c in (0, 3) else 1):
            rows.append({S.MESSAGE_ID: f"{c}-{k}", S.CONVERSATION_ID: f"{c}-{k}", S.AUTHOR_ID: f"c{c}",
                         S.CREATED_AT: pd.Timestamp("2024-01-01") + pd.Timedelta(days=10 * k + c % 7),
                         "topic_label": ("billing", "app", "delivery")[group],
                         "intent": ("complaint", "praise", "question")[group],
                         "sentiment_score": (-0.7, 0.6, 0.0)[group],
                         "sentiment_label": ("negative", "positive", "neutral")[group]})
    m = msgs(rows)
    assignment, table = behavioural_segments(customer_table(m), m)
    assert table["customers"].min() >= 10
    assert assignment["c0"] == assignment["c3"] == assignment["c6"]  # with the other billing customers


def test_each_message_carries_its_author_s_segment_by_name():
    from workbench.customers.segments import message_segments

    table = pd.DataFrame({"segment": ["0", "1"], "name": ["one-off, complaints", "frequent"]})
    assignment = pd.Series({"ann": 0, "bob": 1})
    authors = pd.Series(["ann", "bob", "AcmeCare", None, "ann"])  # a brand's reply; a review naming nobody
    assert message_segments(authors, assignment, table).tolist() == [
        "Segment 0 (one-off, complaints)", "Segment 1 (frequent)", "(none)", "(no author named)",
        "Segment 0 (one-off, complaints)"]
    # No segments at all (too few customers): every message "(none)", which the report then leaves out
    none = message_segments(authors, pd.Series(dtype="Int64"), table.iloc[:0])
    assert none.tolist() == ["(none)"] * 5


def test_customers_who_each_wrote_once_are_neither_frequent_nor_one_off():
    # 400 respondents, one comment each: how often they write tells no segment apart (its spread is rounding
    # error, which standardising had blown up into "frequent" for some and "one-off" for others)
    rows = [{S.MESSAGE_ID: f"m{c}", S.CONVERSATION_ID: f"m{c}", S.AUTHOR_ID: f"r{c}", S.CREATED_AT: pd.NaT,
             "topic_label": ("billing", "app", "delivery")[c % 3], "intent": "complaint",
             "sentiment_score": (-0.6, 0.1, -0.2)[c % 3] + c / 1e4, "sentiment_label": "negative"} for c in range(400)]
    m = msgs(rows)
    _, table = behavioural_segments(customer_table(m), m)
    assert not table["name"].str.contains("frequent|one-off").any()
    assert set(table["name"]) <= {"billing", "app", "delivery", "like most customers"} | {
        f"{x}, {y}" for x in ("more negative", "more positive") for y in ("billing", "app", "delivery")}


def test_segment_table_carries_intervals_and_flags_small_segments():
    rows = [{S.MESSAGE_ID: f"a{c}", S.CONVERSATION_ID: f"a{c}", S.AUTHOR_ID: f"a{c}",
             S.CREATED_AT: pd.Timestamp("2024-01-01"), "sentiment_label": "negative" if c < 10 else "positive",
             "sentiment_score": -0.6 if c < 10 else 0.6} for c in range(25)]
    rows += [{S.MESSAGE_ID: f"b{c}", S.CONVERSATION_ID: f"b{c}", S.AUTHOR_ID: f"b{c}",
              S.CREATED_AT: pd.Timestamp("2024-01-01"), "sentiment_label": "negative", "sentiment_score": -0.6}
             for c in range(5)]
    m = msgs(rows)
    customers = customer_table(m)
    assignment = pd.Series({cid: cid[0].upper() for cid in customers["customer_id"]})
    table = describe_segments(customers, m, assignment).set_index("segment")
    assert table.index.tolist() == ["A", "B"] and table["small"].tolist() == [False, True]
    # Wilson 95% intervals worked by hand: 10 of 25 -> 0.2343 to 0.5923; 5 of 5 -> 0.5655 to 1.
    assert table.loc["A", ["negative_share_low", "negative_share_high"]].tolist() == pytest.approx([0.2343, 0.5923],
                                                                                                 abs=1e-3)
    assert table.loc["B", ["negative_share_low", "negative_share_high"]].tolist() == pytest.approx([0.5655, 1.0],
                                                                                                 abs=1e-3)
    for seg in table.itertuples():
        assert -100 <= seg.net_advocacy_low <= seg.net_advocacy <= seg.net_advocacy_high <= 100


def test_share_of_voice_counts_whole_word_mentions_by_hand():
    from workbench.pipeline.run import share_of_voice

    m = pd.DataFrame({S.AUTHOR_ROLE: ["customer"] * 6 + ["brand"],
                      S.TEXT: ["I love Acme", "acme-support helped", "Acmeville rocks", "éAcme x", "@ACME hi",
                               "Beta or acme?", "Acme"]})
    out = share_of_voice(m, ["Acme"], ("Beta",)).set_index("name")
    # Acme: "I love Acme", "acme-support", "@ACME", "acme?" (4); not "Acmeville", "éAcme", nor the brand's own.
    assert out.loc["Acme", "mentions"] == 4 and out.loc["Beta", "mentions"] == 1
    assert out.loc["Acme", "share_of_voice"] == pytest.approx(0.8)
    # No mention of any: no share (not 0%)
    none = share_of_voice(m.assign(**{S.TEXT: "hello"}), ["Acme"], ("Beta",))
    assert none["mentions"].tolist() == [0, 0] and none["share_of_voice"].isna().all()


def test_segment_heatmap_flags_small_segments_and_puts_them_last():
    from workbench.present.plots import plot_segment_heatmap

    g = pd.DataFrame({"dimension": "topic", "segment": ["Small", "Small", "Big", "Big"], "value": ["x", "y"] * 2,
                      "messages": [1, 1, 50, 50], "share_messages": [0.5] * 4, "significant": [False] * 4,
                      "lift": [1.0] * 4, "rest_share": [0.5] * 4, "enough_data": [False, False, True, True]})
    fig = plot_segment_heatmap(g)
    assert list(fig.layout.xaxis.ticktext) == ["Big", "Small (small)"]
    # the cells keep the segments' own names (a click on one filters by it); the hover names both, and no lift
    # it does not have
    assert list(fig.data[0].x) == ["Big", "Small"]
    assert fig.data[0].hovertext[0][1] == "Small, x: share 50.0%, lift 1.00"
    assert "nan" not in str(plot_segment_heatmap(g.assign(lift=float("nan"))).data[0].hovertext)
    # intents read as words, as the summary writes them
    intents = g.assign(dimension="intent", value=["churn_threat", "complaint"] * 2)
    assert sorted(plot_segment_heatmap(intents, "intent").data[0].y) == ["churn threat", "complaint"]
    # a small share is never shown as "0%": only nothing is
    small = g.assign(share_messages=[0.004, 0.0, 0.5, 0.5])
    cells = [c for row in plot_segment_heatmap(small).data[0].text for c in row]
    assert "0.4%" in cells and "0%" in cells and "50%" in cells
    # the title names the segment once: "of Segment 7 (...)'s", "of segment Acme's"
    seven = "Segment 7 (one-off)"
    strong = g.assign(significant=[False, False, True, False], share_messages=[0.5, 0.5, 0.9, 0.1],
                      rest_share=[0.5, 0.5, 0.2, 0.5], segment=["Small", "Small", seven, seven])
    title = html.unescape(plot_segment_heatmap(strong).layout.title.text)
    assert title.startswith("<b>x: 90% of Segment 7 (one-off)'s messages, 20% in the others")
    assert "of segment Acme's" in html.unescape(plot_segment_heatmap(strong.replace(seven, "Acme")).layout.title.text)
    # a cell starred because its topic is rarer in the segment is said too, never "No topic is more common ..."
    rarer = strong.assign(significant=[False, False, False, True])
    title = html.unescape(plot_segment_heatmap(rarer).layout.title.text)
    assert title.startswith("<b>y: 10% of Segment 7 (one-off)'s messages, 50% in the others")
    title = html.unescape(plot_segment_heatmap(rarer.replace(seven, "(no author named)")).layout.title.text)
    assert title.startswith("<b>y: 10% of the messages naming no author, 50% in the others")


def test_only_the_small_segment_is_called_small_when_two_are_too_uneven_to_test():
    from workbench.present.plots import plot_segment_heatmap

    # 25 customers' 49 tweets in one segment, 4 customers' 10 in the other: neither is tested (the other side
    # has under 20 messages), but only the second is small
    g = pd.DataFrame({"dimension": "topic", "segment": ["Segment 0", "Segment 1"], "value": "x", "messages": [49, 10],
                      "segment_messages": [49, 10], "rest_messages": [10, 49], "share_messages": 1.0,
                      "significant": False, "lift": 1.0, "rest_share": 1.0, "enough_data": False})
    assert list(plot_segment_heatmap(g).layout.xaxis.ticktext) == ["Segment 0", "Segment 1 (small)"]


def test_segment_heatmap_draws_the_biggest_segments_and_says_how_many_it_leaves_out():
    from workbench.present.plots import plot_segment_heatmap

    # 25 brands of 1..25 messages each, all large enough to test but "B00" (the biggest) and one topic each
    sizes = {f"B{i:02d}": 25 - i for i in range(25)}
    g = pd.DataFrame({"dimension": "topic", "segment": list(sizes), "value": "x", "messages": list(sizes.values()),
                      "segment_messages": list(sizes.values()), "share_messages": 1.0, "significant": False,
                      "lift": 1.0, "rest_share": 1.0, "enough_data": [s != "B00" for s in sizes]})
    fig = plot_segment_heatmap(g, columns=5)
    # B01..B04 by size (24, 23, 22, 21 messages), then B05; the untestable B00 would come last, so is left out
    assert list(fig.layout.xaxis.ticktext) == ["B01", "B02", "B03", "B04", "B05"]
    assert "the 5 biggest of 25 segments shown" in fig.layout.title.text
    assert "the 20 biggest of 25 segments shown" in plot_segment_heatmap(g).layout.title.text
    assert len(plot_segment_heatmap(g, columns=25).data[0].x) == 25
    # long names are cut to 30 characters, where that keeps them apart (29 and "…"), and kept whole where not
    long = g.assign(segment=g["segment"].radd("TRANSUNION INTERMEDIATE HOLDINGS, INC. "))
    assert list(plot_segment_heatmap(long, columns=2).layout.xaxis.ticktext) == [
        "TRANSUNION INTERMEDIATE HOLDINGS, INC. B01", "TRANSUNION INTERMEDIATE HOLDINGS, INC. B02"]
    brands = g.assign(segment=g["segment"].map({"B01": "CAPITAL ONE FINANCIAL CORPORATION", "B02": "Acme"}).fillna(
        g["segment"]))
    fig = plot_segment_heatmap(brands, columns=2)
    assert list(fig.layout.xaxis.ticktext) == ["CAPITAL ONE FINANCIAL CORPORA…", "Acme"]
    assert list(fig.data[0].x) == ["CAPITAL ONE FINANCIAL CORPORATION", "Acme"]
    assert "segments shown" not in plot_segment_heatmap(g, columns=25).layout.title.text


def test_who_they_are_without_authors_compares_groups_message_by_message():
    from workbench.pipeline.summary import _by_message_groups

    grid = pd.DataFrame({"dimension": "sentiment", "value": "negative", "segment": ["Acme", "Beta"],
                         "segment_messages": [200, 20], "share_messages": [0.25, 0.5], "ci_low": [0.195, 0.3],
                         "ci_high": [0.314, 0.7]})
    t = {"segment_topics": grid, "customers": pd.DataFrame(), "analysis_runs": pd.DataFrame({"params": ["{}"]})}
    text = _by_message_groups(t)
    assert text.startswith("This export names no authors, so customers cannot be counted or segmented")
    assert "compared by brand" in text and "25% negative (20% to 31%)" in text
    assert "Beta" in text and "small: read with care" in text
    assert _by_message_groups({**t, "segment_topics": grid.head(1)}).endswith("cannot be counted or segmented.")
    # the messages that name no brand are said to, not "(none)" (the count links to the table it comes from)
    text = _by_message_groups({**t, "segment_topics": grid.replace("Beta", "(none)")})
    assert "20 messages</a> naming no brand, 50% negative" in text and "(none)" not in text


def test_columns_worth_comparing_are_suggested_where_customers_cannot_be_told_apart():
    from workbench.pipeline.summary import groupable_columns

    rows = [{"Department": ["Tops", "Dresses", "Bottoms"][i % 3], "Age": str(20 + i), "Order": f"A{i}",
             "Store": "north" if i % 2 else None, "Name": "[REDACTED]", "Plan": "gold"} for i in range(40)]
    messages = pd.DataFrame({S.METADATA: [json.dumps(r) for r in rows]})
    # Department: 3 values in every row; Store: 1 value in half the rows; Age is a number; Order has 40
    # values; Name is redacted; Plan has one value.
    assert groupable_columns(messages) == ["Department"]
    assert groupable_columns(pd.DataFrame({S.METADATA: [None, None]})) == []


def test_segments_are_called_negative_only_where_they_are_more_negative_than_the_export():
    # Three brands' customers, all mostly unhappy (as in most care exports); one much more so.
    rows = [{S.MESSAGE_ID: f"{b}{c}", S.CONVERSATION_ID: f"{b}{c}", S.AUTHOR_ID: f"{b}{c}",
             S.CREATED_AT: pd.Timestamp("2024-01-01"), "sentiment_score": score, "sentiment_label": "negative"}
            for b, score in (("a", -0.4), ("b", -0.45), ("c", -0.9)) for c in range(10)]
    m = msgs(rows)
    customers = customer_table(m)
    by_brand = pd.Series({f"{b}{c}": b for b in "abc" for c in range(10)})
    names = describe_segments(customers, m, by_brand).set_index("segment")["name"]
    # The export's mean is -0.58: b is within 0.15 of it, a is 0.18 above (still negative: "less negative",
    # never "more positive"), c is 0.32 below.
    assert "negative" not in names["b"] and "positive" not in names["b"]
    assert "less negative" in names["a"] and "positive" not in names["a"]
    assert "more negative" in names["c"]


def test_an_intent_names_a_segment_only_where_it_is_among_what_its_customers_write_most():
    # Brands a and b: 7 complaints and 3 questions among 10 customers each; brand c: 5 complaints, 3 questions
    # and 2 praises. Praise leans to c (2 of its 10 against 2 of 30: z = (0.2 - 0.067) / 0.25 = 0.53, above 0.5)
    # but is c's third intent: c is not named for praise.
    plan = {"a": ["complaint"] * 7 + ["question"] * 3, "b": ["complaint"] * 7 + ["question"] * 3,
            "c": ["complaint"] * 5 + ["question"] * 3 + ["praise"] * 2}
    rows = [{S.MESSAGE_ID: f"{b}{c}", S.CONVERSATION_ID: f"{b}{c}", S.AUTHOR_ID: f"{b}{c}",
             S.CREATED_AT: pd.Timestamp("2024-01-01"), "sentiment_score": -0.5, "sentiment_label": "negative",
             "intent": intent} for b, intents in plan.items() for c, intent in enumerate(intents)]
    m = msgs(rows)
    by_brand = pd.Series({f"{b}{c}": b for b in plan for c in range(10)})
    table = describe_segments(customer_table(m), m, by_brand).set_index("segment")
    assert table.loc["c", "top_intents"] == ["complaint", "question", "praise"]
    assert "praises" not in table.loc["c", "name"]
    # where praise is among its two most written intents, it names the segment
    plan["c"] = ["complaint"] * 5 + ["praise"] * 3 + ["question"] * 2
    rows = [{**r, "intent": plan[r[S.AUTHOR_ID][0]][int(r[S.AUTHOR_ID][1:])]} for r in rows]
    m = msgs(rows)
    assert "praises" in describe_segments(customer_table(m), m, by_brand).set_index("segment").loc["c", "name"]


def test_net_advocacy_of_a_segment_with_no_advocates_nor_detractors_is_not_certain():
    from workbench.customers.segments import net_advocacy

    # by hand: shares for the variance (0 + 0.5) / (42 + 1.5) = 0.011494 each; var = 0.022989 / 42;
    # half-width 1.96 * 0.023396 = 4.59 points
    net, low, high = net_advocacy(0, 0, 42)
    assert net == 0 and low == pytest.approx(-4.59, abs=0.01) and high == pytest.approx(4.59, abs=0.01)
    # 4 advocates and 3 detractors of 10: shares for the variance 4.5 / 11.5 and 3.5 / 11.5, half-width 51.4
    net, low, high = net_advocacy(4, 3, 10)
    assert net == pytest.approx(10) and low == pytest.approx(-41.4, abs=0.1) and high == pytest.approx(61.4, abs=0.1)


def test_responsiveness_counts_no_customers_where_the_export_names_none():
    from workbench.customers.profiles import responsiveness

    # Reviews with the shop's replies and no authors: two conversations, one answered; customers unknown, not 0
    t = pd.to_datetime(["2024-01-01 10:00", "2024-01-01 12:00", "2024-01-02 09:00"], utc=True)
    m = pd.DataFrame({"message_id": ["r1", "r1-reply", "r2"], "conversation_id": ["r1", "r1", "r2"],
                      "parent_id": [None, "r1", None], "created_at": t, "channel": "review", "brand": "Acme",
                      "author_id": [None, None, None], "author_role": ["customer", "brand", "customer"],
                      "text": ["broken on arrival", "Sorry, we will replace it", "love it"]})
    out = responsiveness(m)
    assert out["conversations"].tolist() == [2] and out["reply_rate"].tolist() == [0.5]
    assert out["median_first_response_minutes"].tolist() == [120.0]
    assert out["customers"].isna().all() and out["unanswered_customers"].isna().all()


def test_two_segments_of_one_name_are_told_apart_by_what_they_differ_on_most():
    from workbench.customers.segments import distinct_names

    # A shop's reviewers: two segments both "frequent" (k-means split them on how lately they wrote), and one
    # "one-off"; standardised feature means by hand
    profiles = {"0": pd.Series({"activity": 1.0, "recency": 0.9, "sentiment": 0.1, "topic:fit and size": 0.2}),
                "1": pd.Series({"activity": 0.9, "recency": -0.8, "sentiment": 0.0, "topic:fit and size": 0.3}),
                "2": pd.Series({"activity": -1.0, "recency": 0.0, "sentiment": 0.0, "topic:fit and size": 0.0})}
    names = distinct_names(pd.Series(["0", "1", "2"]), pd.Series(["frequent", "frequent", "one-off"]), profiles)
    assert names == ["frequent, not heard from lately", "frequent, recently active", "one-off"]
    # a topic names the difference only where the segment has more of it
    profiles["1"] = pd.Series({"activity": 0.9, "recency": 0.9, "sentiment": -0.3, "topic:fit and size": 1.5})
    names = distinct_names(pd.Series(["0", "1", "2"]), pd.Series(["frequent", "frequent", "one-off"]), profiles)
    assert names == ["frequent, more positive", "frequent, fit", "one-off"]  # not "more messages": "frequent" says it
    # a survey's respondents who answered more of its open questions: the same
    names = distinct_names(pd.Series(["0", "1", "2"]), pd.Series(["more open answers"] * 2 + ["one-off"]), profiles)
    assert names[:2] == ["more open answers, more positive", "more open answers, fit"]
    # a care export's segments all read negative: the happier of two is less negative, not "more positive"
    names = distinct_names(pd.Series(["0", "1", "2"]), pd.Series(["frequent", "frequent", "one-off"]), profiles,
                           sentiment={"0": -0.46, "1": -0.6, "2": -0.5})
    assert names[0] == "frequent, less negative"
    # a difference under a fifth of a standard deviation tells no one apart: "frequent" stays as it is
    profiles["1"] = pd.Series({"activity": 0.9, "recency": 0.9, "sentiment": 0.05, "topic:fit and size": 1.5})
    names = distinct_names(pd.Series(["0", "1", "2"]), pd.Series(["frequent", "frequent", "one-off"]), profiles)
    assert names == ["frequent", "frequent, fit", "one-off"]
    # and of two praising segments, the less happy one is less positive, not "more negative"
    profiles["0"] = pd.Series({"activity": 1.0, "recency": 0.9, "sentiment": -0.5, "topic:fit and size": 0.2})
    names = distinct_names(pd.Series(["0", "1", "2"]), pd.Series(["frequent", "frequent", "one-off"]), profiles,
                           sentiment={"0": 0.3, "1": 0.6, "2": 0.5})
    assert names[0] == "frequent, less positive"


def test_quotes_read_first_the_biggest_topics_across_segments():
    from workbench.customers.quotes import quotes

    # Two segments; "late flights" holds 4 messages in each, "lost bags" 1 in A: the first rows a reader sees
    # are each segment's strongest quote of the biggest topic, then the smaller topic, then the second quotes
    rows = [(seg, "late flights", f"{seg}{i}", -0.9 + i / 10) for seg in "AB" for i in range(4)]
    rows += [("A", "lost bags", "A9", -0.8)]
    m = pd.DataFrame({S.MESSAGE_ID: [r[2] for r in rows], S.AUTHOR_ROLE: "customer", "topic_id": 0,
                      "topic_label": [r[1] for r in rows], "sentiment_score": [r[3] for r in rows],
                      S.TEXT: [f"message {r[2]} about {r[1]}, long enough to quote" for r in rows]})
    q = quotes(m, pd.Series([r[0] for r in rows]), per_cell=2)
    assert q[S.MESSAGE_ID].tolist() == ["A0", "B0", "A9", "A1", "B1"]


def test_files_exported_without_the_brands_replies_are_left_out_of_responsiveness():
    from workbench.customers.profiles import responsiveness
    from workbench.pipeline.summary import unmeasured_phrase

    # tweets.json holds the brand's side: ann's first tweet answered, bob's not. reviews.csv holds three reviews
    # and no replies at all: nothing says whether anyone answered them, so they are no unanswered conversations.
    rows = [
        {S.MESSAGE_ID: "t1", S.CONVERSATION_ID: "t1", S.AUTHOR_ID: "ann", S.CREATED_AT: "2024-01-01 10:00",
         S.SOURCE: "tweets.json"},
        {S.MESSAGE_ID: "t2", S.CONVERSATION_ID: "t1", S.AUTHOR_ID: "Acme", S.AUTHOR_ROLE: "brand",
         S.CREATED_AT: "2024-01-01 10:20", S.PARENT_ID: "t1", S.SOURCE: "tweets.json"},
        {S.MESSAGE_ID: "t3", S.CONVERSATION_ID: "t3", S.AUTHOR_ID: "bob", S.CREATED_AT: "2024-01-02 10:00",
         S.SOURCE: "tweets.json"},
    ] + [{S.MESSAGE_ID: f"r{i}", S.CONVERSATION_ID: f"r{i}", S.AUTHOR_ID: f"rev{i}", S.CHANNEL: "review",
          S.CREATED_AT: "2024-01-03 10:00", S.SOURCE: "reviews.csv"} for i in range(3)]
    m = msgs(rows)
    r = responsiveness(m)
    assert r["channel"].tolist() == ["twitter"]  # no row of reviews whose answers were never exported
    assert r["conversations"].tolist() == [2] and r["reply_rate"].tolist() == [0.5]
    assert unmeasured_phrase(m) == (" Not counted: 3 customer conversations in the file reviews.csv, which "
                                    "holds no replies from the brand.")
    # a reviewer's answered share is unknown, not 0; ann's is 1, bob's 0
    c = customer_table(m).set_index("customer_id")["answered_share"]
    assert c["ann"] == 1 and c["bob"] == 0 and c[["rev0", "rev1", "rev2"]].isna().all()
    # where no file holds the brand's side, nothing is measured and nothing is singled out
    assert unmeasured_phrase(m[m[S.AUTHOR_ROLE] != "brand"]) == ""
    # a file of tweets nobody answered, beside one of tweets with replies, is measured: its tweets went unanswered
    quiet = msgs(rows[:3] + [{S.MESSAGE_ID: "q1", S.CONVERSATION_ID: "q1", S.AUTHOR_ID: "cat",
                              S.CREATED_AT: "2024-01-04 10:00", S.SOURCE: "tweets-march.json"}])
    assert unmeasured_phrase(quiet) == ""
    assert responsiveness(quiet)["conversations"].sum() == 3
