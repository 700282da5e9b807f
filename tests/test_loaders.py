"""Every export format loads its bundled sample with the right threads, roles and counts."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from workbench import schema as S
from workbench.ingest.formats import LoadOptions, detect_format, formats, load


def by_id(result):
    return result.messages.set_index(S.MESSAGE_ID)


@pytest.mark.parametrize(("name", "fmt"), [
    ("customer_care_tweets.json", "customer-care-json"), ("airline_tweets.csv", "table"),
    ("nps_survey.csv", "table"), ("nps_survey.xlsx", "table"), ("app_reviews.parquet", "table"),
    ("app_reviews.jsonl", "table"), ("x_archive/tweets.js", "x-archive"),
    ("whatsapp_support_chat.txt", "whatsapp"), ("telegram_support_chat.json", "telegram"),
    ("messenger/message_1.json", "messenger"), ("instagram/message_1.json", "instagram"),
    ("support.mbox", "mbox"), ("eml/complaint.eml", "eml"), ("zendesk_tickets.json", "zendesk"),
    ("intercom_conversations.json", "intercom"),
])
def test_every_sample_is_detected_and_valid(samples, name, fmt):
    assert detect_format(samples / name) == fmt
    res = load(samples / name)
    S.validate_messages(res.messages.drop_duplicates(S.MESSAGE_ID), name)  # duplicates go at clean time
    assert len(res.messages) > 0
    assert res.rows_read == len(res.messages) + len(res.rejected)  # every row read is loaded or set aside
    assert set(res.messages[S.CHANNEL]) <= {"twitter", "survey", "review", "whatsapp", "telegram", "messenger",
                                            "instagram", "email", "chat", "web form"}


def test_formats_lists_every_loader():
    names = set(formats())
    assert {"table", "twcs", "x-archive", "customer-care-json", "whatsapp", "telegram", "messenger", "instagram",
            "mbox", "eml", "zendesk", "intercom", "twitter-api"} <= names


def test_customer_care_threads_roles_and_brands(samples):
    m = load(samples / "customer_care_tweets.json").messages
    assert len(m) == 2350 and m[S.CONVERSATION_ID].nunique() == 1025
    assert m[S.BRAND].nunique() == 25
    assert (m.groupby(S.CONVERSATION_ID)[S.PARENT_ID].apply(lambda p: p.isna().sum()) == 1).all()
    brand_msgs = m[m[S.AUTHOR_ROLE] == "brand"]
    assert (brand_msgs[S.AUTHOR_ID] == brand_msgs[S.BRAND]).mean() > 0.99
    # A closing answer (agentURL) is timed at the conversation's start plus its duration.
    closing = m[m[S.METADATA].str.contains('"closing_answer": true', na=False)]
    assert len(closing) > 900 and closing[S.CREATED_AT].notna().mean() > 0.95


def test_airline_csv_loads_without_mapping(samples):
    res = load(samples / "airline_tweets.csv")
    m = res.messages
    assert res.mapping[S.TEXT] == "text" and res.mapping[S.AUTHOR_ID] == "name"
    assert res.mapping[S.CREATED_AT] == "tweet_created" and res.mapping[S.BRAND] == "airline"
    assert res.mapping[S.SOURCE_ID] == "tweet_id"
    assert set(m[S.BRAND]) == {"Skyline", "Bluewing", "Northstar"}
    assert (m[S.CHANNEL] == "twitter").all()
    first = m.iloc[0]
    assert first[S.CREATED_AT] == pd.Timestamp("2024-03-02 13:14:11", tz="UTC")  # -0500 converted to UTC
    meta = json.loads(first[S.METADATA])
    assert meta["negativereason"] == "Late Flight" and meta["airline_sentiment"] == "negative"


def test_nps_survey_semicolons_bom_crlf_and_quoted_newline(samples):
    res = load(samples / "nps_survey.csv")
    m = res.messages
    assert len(m) == 10 and res.rejected.empty
    assert (m[S.RATING_TYPE] == "nps").all() and m[S.RATING].tolist()[:3] == [9, 3, 6]
    assert "\nThree technicians" in m.loc[1, S.TEXT]
    assert not m[S.TEXT].str.contains("\r").any()
    assert json.loads(m.loc[0, S.METADATA]) == {"plan": "Premium", "region": "North"}
    assert m.loc[5, S.TEXT] == "" and m.loc[5, S.RATING] == 8  # a score without a comment is kept


def test_reviews_star_ratings(samples):
    m = load(samples / "app_reviews.csv").messages
    assert (m[S.RATING_TYPE] == "stars").all() and m[S.RATING].between(1, 5).all()
    assert (m[S.CHANNEL] == "review").all()


def test_x_archive_owner_replies_and_retweets(samples):
    res = load(samples / "x_archive" / "tweets.js")
    m = res.messages
    assert len(m) == 150 and (m[S.AUTHOR_ID] == "milahu104").all() and (m[S.AUTHOR_ROLE] == "brand").all()
    replies = m[m[S.PARENT_ID].notna()]
    assert len(replies) > 50
    in_file = replies[replies[S.PARENT_ID].isin(m[S.MESSAGE_ID])]
    parent_conv = m.set_index(S.MESSAGE_ID).loc[in_file[S.PARENT_ID], S.CONVERSATION_ID].to_numpy()
    assert (in_file[S.CONVERSATION_ID].to_numpy() == parent_conv).all()
    assert m[S.METADATA].str.contains('"is_retweet": true').sum() == 17


def test_whatsapp_support_chat(samples):
    res = load(samples / "whatsapp_support_chat.txt", options=LoadOptions(brand_authors=("Acme Broadband",)))
    m = res.messages
    assert len(m) == 11 and len(res.rejected) == 1  # the encryption notice is a system message
    assert m[S.CONVERSATION_ID].nunique() == 1
    assert m[S.AUTHOR_ROLE].value_counts().to_dict() == {"customer": 6, "brand": 5}
    assert "Can I get a discount" in m.loc[5, S.TEXT]  # continuation line joined
    assert m.loc[0, S.CREATED_AT] == pd.Timestamp("2024-05-14 09:02", tz="UTC")
    # The brand's answer replies to the customer's latest message before it.
    assert m.loc[2, S.PARENT_ID] == m.loc[1, S.MESSAGE_ID]
    assert m.loc[9, S.TEXT] == ""  # <Media omitted>


def test_telegram_replies_and_service_messages(samples):
    res = load(samples / "telegram_support_chat.json", options=LoadOptions(brand_authors=("Acme Support",)))
    m = by_id(res)
    assert len(m) == 5 and res.rejected["reason"].tolist() == ["service event"]
    assert m.loc["telegram:4815162342:104", S.PARENT_ID] == "telegram:4815162342:103"
    assert m.loc["telegram:4815162342:103", S.TEXT] == "Hi Ana! Please update to version 5.2 from https://example.com/app"
    assert m.loc["telegram:4815162342:103", S.AUTHOR_ROLE] == "brand"


def test_messenger_mojibake_repaired(samples):
    m = load(samples / "messenger" / "message_1.json", options=LoadOptions(brand_authors=("Acme Store",))).messages
    assert "Jonas Müller" in set(m[S.AUTHOR_ID])
    assert m[S.TEXT].str.contains("Köln").any() and m[S.TEXT].str.contains("📦").any()
    assert m[S.CREATED_AT].is_monotonic_increasing  # exports list newest first
    assert (m[S.AUTHOR_ROLE] == "brand").sum() == 3


def test_mbox_threads_quotes_and_signatures(samples):
    m = by_id(load(samples / "support.mbox"))
    assert len(m) == 5 and m[S.CONVERSATION_ID].nunique() == 2
    reply = m.loc["email:a1-001@acme-example.com"]
    assert reply[S.AUTHOR_ROLE] == "brand" and reply[S.PARENT_ID] == "email:c1-001@mail.example.org"
    assert "wrote:" not in reply[S.TEXT] and ">" not in reply[S.TEXT]
    thanks = m.loc["email:c1-002@mail.example.org"]
    assert thanks[S.TEXT] == "Got it today, thank you for sorting it out so quickly!"
    assert thanks[S.CONVERSATION_ID] == "email:c1-001@mail.example.org"
    first = m.loc["email:c1-001@mail.example.org"]
    assert first[S.TEXT].startswith("Refund for order 88231 not received\n\nHello,")
    assert "Calle Mayor" not in first[S.TEXT]  # signature cut
    html_mail = m.loc["email:c2-001@example.net"]
    assert "annoying & I am thinking" in html_mail[S.TEXT] and "<p>" not in html_mail[S.TEXT]
    assert "Original Message" not in m.loc["email:a2-001@acme-example.com", S.TEXT]
    assert (m[S.BRAND] == "acme-example.com").all()


def test_zendesk_tickets_comments_notes_and_csat(samples):
    res = load(samples / "zendesk_tickets.json")
    m = by_id(res)
    assert m[S.CONVERSATION_ID].nunique() == 3
    assert res.rejected["reason"].tolist() == ["internal note (not visible to the customer)"]
    assert m.loc["zendesk:35436:1001", S.AUTHOR_ROLE] == "customer"
    assert m.loc["zendesk:35436:1003", S.AUTHOR_ROLE] == "brand"
    # agents are the brand speaking, not brands of their own (two agents had read as "addressed to 2 brands")
    brand = m[m[S.AUTHOR_ROLE] == "brand"]
    assert set(brand[S.AUTHOR_ID]) == {S.UNNAMED_BRAND}
    assert {json.loads(x)["agent"] for x in brand[S.METADATA]} == {"sara@acme-example.com", "leo@acme-example.com"}
    assert m.loc["zendesk:35436:1003", S.PARENT_ID] == "zendesk:35436:1001"  # the private note is skipped
    assert m.loc["zendesk:35437:1101", S.TEXT].startswith("Can I pause my subscription?")
    sat = m[m[S.RATING].notna()]
    assert sorted(sat[S.RATING]) == [0.0, 1.0] and (sat[S.RATING_TYPE] == "csat_good_bad").all()
    assert m.loc["zendesk:35437:1101", S.CHANNEL] == "web form"


def test_intercom_parts_notes_and_rating(samples):
    res = load(samples / "intercom_conversations.json")
    m = by_id(res)
    assert m[S.CONVERSATION_ID].nunique() == 2
    assert sorted(res.rejected["reason"]) == ["assignment event with no text",
                                              "internal note (not visible to the customer)"]
    assert m.loc["intercom:1911149811:2", S.AUTHOR_ROLE] == "brand"
    assert m.loc["intercom:1911149811:2", S.AUTHOR_ID] == S.UNNAMED_BRAND
    assert json.loads(m.loc["intercom:1911149811:2", S.METADATA])["agent"] == "kim@acme-example.com"
    assert m.loc["intercom:1911149811:2", S.PARENT_ID] == "intercom:1911149811:403918316"
    assert m.loc["intercom:1911149812:403918317", S.TEXT].startswith("Feature request: team accounts")
    assert m.loc["intercom:1911149812:403918317", S.CHANNEL] == "email"
    rating = m.loc["intercom:1911149811:rating"]
    assert rating[S.RATING] == 5 and rating[S.TEXT] == "Sorted in minutes, great service"
    assert json.loads(rating[S.METADATA])["attr_plan"] == "Pro"


def test_zendesk_json_lines_set_aside_a_broken_line(samples, tmp_path):
    tickets = json.loads((samples / "zendesk_tickets.json").read_text())["tickets"]
    lines = [json.dumps(t) for t in tickets[:2]] + ['{"id": 99, "requester_id": 1, "comments": [']
    p = tmp_path / "tickets.jsonl"
    p.write_text("\n".join(lines) + "\n")
    res = load(p, format="zendesk")
    assert res.messages[S.CONVERSATION_ID].nunique() == 2
    broken = res.rejected[res.rejected["location"] == "line 3"]
    assert len(broken) == 1 and broken["reason"].iloc[0].startswith("not valid JSON")


def test_mail_dates_without_a_zone_are_read_in_the_timezone_given(tmp_path):
    mail = ("From: ann@example.org\nTo: care@acme-example.com\nSubject: Refund\nDate: Mon, 01 Jul 2024 12:00:00 -0000\n"
            "Message-ID: <n1@example.org>\n\nWhere is my refund?\n")
    (tmp_path / "naive.eml").write_text(mail)
    zoned = mail.replace("-0000", "+0000").replace("n1@", "z1@")
    (tmp_path / "zoned.eml").write_text(zoned)
    paris = LoadOptions(timezone="Europe/Paris")
    naive = load(tmp_path / "naive.eml", options=paris).messages
    assert naive.loc[0, S.CREATED_AT] == pd.Timestamp("2024-07-01 10:00", tz="UTC")  # 12:00 in Paris (CEST)
    assert load(tmp_path / "naive.eml").messages.loc[0, S.CREATED_AT] == pd.Timestamp("2024-07-01 12:00", tz="UTC")
    assert load(tmp_path / "zoned.eml", options=paris).messages.loc[0, S.CREATED_AT] == pd.Timestamp(
        "2024-07-01 12:00", tz="UTC")  # a stated zone wins


def _api_tweets():
    """A search of the X API v2 for tweets to and from two brands: @AcmeHelp (a care account) and @Globex (it
    answers two customers who wrote to it), three customers, a retweet."""
    users = {"1": "AcmeHelp", "2": "Globex", "11": "ann", "12": "bob", "13": "cat"}
    rows = [("t1", "11", None, None, "@AcmeHelp my order never came"),
            ("t2", "1", "t1", "11", "@ann sorry to hear that, please DM us"),
            ("t3", "12", None, None, "@Globex the app crashes on start"),
            ("t4", "2", "t3", "12", "@bob please update the app"),
            ("t5", "13", None, None, "@Globex where is my refund?"),
            ("t6", "2", "t5", "13", "@cat it is on its way"),
            ("t7", "12", "t4", "2", "@Globex still crashing after the update"),
            ("t8", "13", None, None, "RT @Globex: New app out today")]
    tweets = []
    for i, (tid, author, parent, to_user, text) in enumerate(rows):
        t = {"id": tid, "text": text, "author_id": author, "created_at": f"2024-05-01T10:0{i}:00.000Z",
             "conversation_id": parent and {"t1": "t1", "t3": "t3", "t4": "t3", "t5": "t5"}[parent] or tid,
             "edit_history_tweet_ids": [tid], "lang": "en"}
        if parent:
            t["referenced_tweets"] = [{"type": "replied_to", "id": parent}]
            t["in_reply_to_user_id"] = to_user
        if text.startswith("RT @"):
            t["referenced_tweets"] = [{"type": "retweeted", "id": "t0"}]
        tweets.append(t)
    return tweets, users


@pytest.mark.parametrize("layout", ["pages", "flattened", "v1.1"])
def test_x_api_search_results_know_the_brands_replies_and_threads(tmp_path, layout):
    tweets, users = _api_tweets()
    if layout == "pages":  # the API's response, two pages in one file (twarc2 writes one per line)
        page = lambda ts: {"data": ts, "includes": {"users": [{"id": k, "username": v} for k, v in users.items()]},  # noqa: E731
                           "meta": {"result_count": len(ts)}}
        path = tmp_path / "search.json"  # twarc2's name for it; a real page is longer than a file's head
        padding = {"meta": {"result_count": 4, "note": "x" * 70000}}
        path.write_text(json.dumps({**page(tweets[:4]), **padding}) + "\n" + json.dumps(page(tweets[4:])) + "\n")
    elif layout == "v1.1":  # API v1.1's statuses, one per line (twarc1): numeric ids beside their text, no
        path = tmp_path / "statuses.jsonl"  # conversation ids, dates as "Wed May 01 10:02:00 +0000 2024"
        path.write_text("".join(json.dumps({
            "created_at": pd.Timestamp(t["created_at"]).strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "id": 1050118621198921728 + i, "id_str": t["id"], "full_text": t["text"],
            "user": {"id": int(t["author_id"]), "id_str": t["author_id"], "screen_name": users[t["author_id"]]},
            "in_reply_to_status_id_str": next((r["id"] for r in t.get("referenced_tweets", [])
                                               if r["type"] == "replied_to"), None),
            "in_reply_to_user_id_str": t.get("in_reply_to_user_id"), "lang": "en",
            **({"retweeted_status": {"id_str": "t0"}} if t["text"].startswith("RT @") else {})}) + "\n"
            for i, t in enumerate(tweets)))
    else:  # twarc2 flatten: one tweet per line, its author inside
        path = tmp_path / "flat.jsonl"
        path.write_text("".join(json.dumps({**t, "author": {"id": t["author_id"], "username": users[t["author_id"]]}})
                                + "\n" for t in tweets))
    assert detect_format(path) == "twitter-api"
    res = load(path)
    m = res.messages.set_index(S.SOURCE_ID)
    assert m.loc[["t2", "t4", "t6"], S.AUTHOR_ROLE].eq("brand").all()
    assert m.loc[["t1", "t3", "t5", "t7", "t8"], S.AUTHOR_ROLE].eq("customer").all()  # bob answers one brand only
    assert m.loc["t4", S.BRAND] == "Globex" and m.loc["t2", S.AUTHOR_ID] == "AcmeHelp"
    assert m.loc["t4", S.PARENT_ID] == m.loc["t3", S.MESSAGE_ID]
    assert m.loc["t7", S.CONVERSATION_ID] == m.loc["t3", S.CONVERSATION_ID] != m.loc["t5", S.CONVERSATION_ID]
    assert m.loc["t3", S.CREATED_AT] == pd.Timestamp("2024-05-01 10:02", tz="UTC")
    assert '"is_retweet": true' in m.loc["t8", S.METADATA]  # set aside when cleaned, as every retweet
    assert "2 accounts read as the brand's: @AcmeHelp (1 tweet), @Globex (2 tweets)" in res.notes[0]
    assert res.rows_read == len(res.messages) + len(res.rejected)
    # named with --brand-author, only that account speaks for the brand
    named = load(path, options=LoadOptions(brand_authors=("Globex",))).messages.set_index(S.SOURCE_ID)
    assert named.loc["t2", S.AUTHOR_ROLE] == "customer" and named.loc["t4", S.AUTHOR_ROLE] == "brand"


def test_x_api_replies_bring_the_tweets_they_answer_from_includes(tmp_path):
    # a search from:AcmeHelp returns the brand's replies; the customers' tweets they answer come as included tweets
    page = {"data": [{"id": "t2", "text": "@ann sorry, please DM us", "author_id": "1", "in_reply_to_user_id": "11",
                      "conversation_id": "t1", "referenced_tweets": [{"type": "replied_to", "id": "t1"}],
                      "created_at": "2024-05-01T10:05:00.000Z", "edit_history_tweet_ids": ["t2"]}],
            "includes": {"users": [{"id": "1", "username": "AcmeHelp"}, {"id": "11", "username": "ann"}],
                         "tweets": [{"id": "t1", "text": "@AcmeHelp my order never came", "author_id": "11",
                                     "conversation_id": "t1", "created_at": "2024-05-01T10:00:00.000Z"},
                                    {"id": "t9", "text": "a quoted tweet, answered by no one", "author_id": "11"}]}}
    path = tmp_path / "from_brand.json"
    path.write_text(json.dumps(page))
    m = load(path).messages.set_index(S.SOURCE_ID)
    assert sorted(m.index) == ["t1", "t2"]
    assert m.loc["t1", S.AUTHOR_ROLE] == "customer" and m.loc["t2", S.AUTHOR_ROLE] == "brand"
    assert m.loc["t2", S.PARENT_ID] == m.loc["t1", S.MESSAGE_ID]


def _youtube_comment(cid: str, text: str, author: str, channel: str, when: str, parent: str | None = None) -> dict:
    snippet = {"textOriginal": text, "textDisplay": text, "authorDisplayName": author,
               "authorChannelId": {"value": channel}, "publishedAt": when, "likeCount": 2, "videoId": "v1"}
    return {"kind": "youtube#comment", "id": cid, "snippet": {**snippet, **({"parentId": parent} if parent else {})}}


def test_youtube_comment_threads_keep_threads_and_the_channels_replies(tmp_path):
    # The Data API's commentThreads page: each thread's top-level comment and its replies; the video belongs to
    # channel UCacme, whose replies are the brand's
    threads = {"kind": "youtube#commentThreadListResponse", "items": [
        {"kind": "youtube#commentThread", "id": "t1", "snippet": {
            "channelId": "UCacme", "videoId": "v1", "totalReplyCount": 2,
            "topLevelComment": _youtube_comment("t1", "The update broke offline downloads", "@ann", "UC1",
                                                "2024-05-01T10:00:00Z")},
         "replies": {"comments": [
             _youtube_comment("t1.a", "Thanks, a fix ships on Friday", "@AcmeApp", "UCacme", "2024-05-01T12:00:00Z",
                              "t1"),
             _youtube_comment("t1.b", "Same here on Android", "@bob", "UC2", "2024-05-01T13:00:00Z", "t1")]}},
        {"kind": "youtube#commentThread", "id": "t2", "snippet": {
            "channelId": "UCacme", "videoId": "v1", "totalReplyCount": 0,
            "topLevelComment": _youtube_comment("t2", "Love the dark mode", "@bob", "UC2", "2024-05-02T10:00:00Z")}},
    ]}
    path = tmp_path / "comment_threads.json"
    path.write_text(json.dumps(threads))
    assert detect_format(path) == "youtube"
    res = load(path)
    m = res.messages.set_index(S.SOURCE_ID)
    assert list(m.index) == ["t1", "t1.a", "t1.b", "t2"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer"]
    assert m.loc["t1.a", S.PARENT_ID] == m.loc["t1", S.MESSAGE_ID] == m.loc["t1.b", S.CONVERSATION_ID]
    assert m[S.CONVERSATION_ID].nunique() == 2 and (m[S.BRAND] == "AcmeApp").all() and (m[S.CHANNEL] == "youtube").all()
    assert m.loc["t2", S.CREATED_AT] == pd.Timestamp("2024-05-02 10:00", tz="UTC")
    # the replies fetched apart (a comments page): a reply on both pages is set aside as a duplicate when cleaned,
    # a comment with no text with its item
    replies = {"kind": "youtube#commentListResponse", "items": [
        _youtube_comment("t1.a", "Thanks, a fix ships on Friday", "@AcmeApp", "UCacme", "2024-05-01T12:00:00Z", "t1"),
        _youtube_comment("t1.c", "", "@cara", "UC3", "2024-05-01T14:00:00Z", "t1")]}
    lines = tmp_path / "pages.jsonl"
    lines.write_text(json.dumps(threads) + "\n" + json.dumps(replies) + "\n")
    from workbench import Workspace

    with Workspace(tmp_path / "ws") as ws:
        ws.ingest([lines], options=LoadOptions(brand_authors=("AcmeApp",)))
        stored, rejected = ws.messages(analysed=False), ws.table("rejected")
    assert sorted(stored[S.SOURCE_ID]) == ["t1", "t1.a", "t1.b", "t2"]
    assert sorted(rejected["reason"]) == ["a comment with no id or no text", "exact duplicate"]


def test_facebook_and_instagram_comments_keep_their_nested_replies(tmp_path):
    # The Graph API's comments on a page's post: replies nested under each comment; the page ("Acme Store")
    # answers two customers and opens no thread of its own, so it reads as the brand
    def fb(cid, who, text, when, replies=()):
        item = {"id": cid, "from": {"name": who, "id": who[:3]}, "message": text, "created_time": when}
        return {**item, "comments": {"data": list(replies)}} if replies else item

    page = {"data": [
        fb("p_1", "Ann Lee", "My order never arrived", "2024-05-01T10:00:00+0000", [
            fb("p_1_a", "Acme Store", "Sorry Ann, please DM us your order number", "2024-05-01T11:00:00+0000"),
            fb("p_1_b", "Ann Lee", "Done, thanks", "2024-05-01T11:30:00+0000")]),
        fb("p_2", "Bob Ray", "Where is my refund?", "2024-05-02T09:00:00+0000", [
            fb("p_2_a", "Acme Store", "Refunds take five days, Bob", "2024-05-02T10:00:00+0000")]),
        fb("p_3", "Cara Ng", "", "2024-05-03T09:00:00+0000"),
    ], "paging": {"cursors": {"after": "x"}}}
    path = tmp_path / "comments.json"
    path.write_text(json.dumps(page))
    assert detect_format(path) == "graph-comments"
    res = load(path)
    m = res.messages.set_index(S.SOURCE_ID)
    assert list(m.index) == ["p_1", "p_1_a", "p_1_b", "p_2", "p_2_a"] and len(res.rejected) == 1
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer", "brand"]
    assert m.loc["p_1_b", S.PARENT_ID] == m.loc["p_1", S.MESSAGE_ID] == m.loc["p_1_a", S.CONVERSATION_ID]
    assert (m[S.BRAND] == "Acme Store").all() and (m[S.CHANNEL] == "facebook").all()
    assert m.loc["p_2", S.CREATED_AT] == pd.Timestamp("2024-05-02 09:00", tz="UTC")
    # the same page saved twice (a paging overlap): every comment loads twice, to be set aside when cleaned
    path.write_text(json.dumps([page, page]))
    assert load(path).messages[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer", "brand"] * 2
    # Instagram's fields: text, username, timestamp, replies
    ig = {"data": [{"id": "c1", "text": "The strap broke after a week", "username": "ann", "timestamp":
                    "2024-05-01T10:00:00+0000", "replies": {"data": [
                        {"id": "c1r", "text": "So sorry! DM us", "username": "acme", "timestamp":
                         "2024-05-01T10:30:00+0000"}]}}]}
    path = tmp_path / "ig.json"
    path.write_text(json.dumps(ig))
    m = load(path, options=LoadOptions(brand_authors=("acme",))).messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand"] and (m[S.CHANNEL] == "instagram").all()


def test_a_discord_channel_keeps_replies_and_reads_staff_and_bots_as_the_brand(tmp_path):
    def msg(i, kind, content, author, ref=None, roles=(), bot=False):
        return {"id": i, "type": kind, "timestamp": f"2024-03-01T10:0{i[-1]}:00+00:00", "content": content,
                "author": {"id": "a" + author, "name": author, "isBot": bot, "roles": [{"name": r} for r in roles]},
                "reference": {"messageId": ref} if ref else None}
    export = {"guild": {"id": "1", "name": "Acme"}, "channel": {"id": "2", "type": "GuildTextChat", "name": "help"},
              "messages": [
                  msg("101", "Default", "The app crashes when I open settings", "pixelfan"),
                  msg("102", "Reply", "Which version are you on?", "dana", ref="101", roles=["Community Team"]),
                  msg("103", "Reply", "4.2 on Android", "pixelfan", ref="102"),
                  msg("104", "GuildMemberJoin", "", "newbie"),
                  msg("105", "Default", "Ticket created", "ticketbot", bot=True),
                  msg("106", "Default", "Same here, and the widget too", "max", roles=["Acme"]),
                  msg("107", "Default", "Any news on dark mode?", "lee", roles=["Level 5"])]}
    p = tmp_path / "help.json"
    p.write_text(json.dumps(export))
    assert detect_format(p) == "discord"
    res = load(p)
    m = by_id(res)
    assert list(m.index) == ["discord:101", "discord:102", "discord:103", "discord:105", "discord:106",
                             "discord:107"]
    assert m.loc["discord:103", S.PARENT_ID] == "discord:102"
    assert m.loc[["discord:102", "discord:103"], S.CONVERSATION_ID].eq("discord:101").all()
    assert m[S.AUTHOR_ROLE].to_dict() == {"discord:101": "customer", "discord:102": "brand",
                                          "discord:103": "customer", "discord:105": "brand",
                                          "discord:106": "brand", "discord:107": "customer"}
    assert res.rejected["reason"].tolist() == ["a server event (GuildMemberJoin), no one's words"]
    assert (m[S.CHANNEL] == "discord").all() and (m[S.BRAND] == "Acme").all()
    assert m.loc["discord:102", S.AUTHOR_ID] == "Acme"  # staff answer as the brand, named in metadata
    assert json.loads(m.loc["discord:102", S.METADATA])["agent"] == "dana"
    # the researcher names who else answers for the brand
    named = by_id(load(p, options=LoadOptions(brand_authors=("lee",))))
    assert named.loc["discord:107", S.AUTHOR_ROLE] == "brand"


def _slack_export(root, users, days):
    (root / "users.json").write_text(json.dumps(users))
    (root / "channels.json").write_text(json.dumps([{"id": "C1", "name": "help"}]))
    (root / "help").mkdir()
    for day, messages in days.items():
        (root / "help" / f"{day}.json").write_text(json.dumps(messages))


def test_a_slack_export_folder_reads_threads_admins_and_markup(tmp_path):
    from workbench.ingest.formats import expand_paths
    users = [{"id": "U1", "name": "dana", "team_id": "T1"}, {"id": "U2", "name": "sam", "is_admin": True,
                                                                "team_id": "T1"}]
    _slack_export(tmp_path, users, {"2024-03-01": [
        {"type": "message", "user": "U1", "text": "Export fails, see <https://acme.io/x|this page>",
         "ts": "1709280000.000100", "thread_ts": "1709280000.000100", "reply_count": 1},
        {"type": "message", "user": "U2", "text": "<@U1> on it, try <#C1|help> later", "ts": "1709280600.000200",
         "thread_ts": "1709280000.000100"},
        {"type": "message", "subtype": "channel_join", "user": "U1", "text": "<@U1> has joined the channel",
         "ts": "1709270000.000050"},
        {"type": "message", "subtype": "bot_message", "bot_id": "B1", "username": "statusbot",
         "text": "All systems operational", "ts": "1709290000.000300"}]})
    files = expand_paths([tmp_path])
    assert [f.name for f, _ in files] == ["2024-03-01.json"]  # users.json and channels.json are its directory
    assert detect_format(files[0][0]) == "slack"
    res = load(files[0][0])
    m = by_id(res)
    root, reply, bot = "slack:help:1709280000.000100", "slack:help:1709280600.000200", "slack:help:1709290000.000300"
    assert list(m.index) == [root, reply, bot]
    assert m.loc[reply, S.PARENT_ID] == root and m.loc[reply, S.CONVERSATION_ID] == root
    assert m.loc[bot, S.CONVERSATION_ID] == bot
    assert m[S.AUTHOR_ID].tolist() == ["dana", S.UNNAMED_BRAND, S.UNNAMED_BRAND]  # staff answer as the brand
    assert [json.loads(m.loc[i, S.METADATA]).get("agent") for i in (reply, bot)] == ["sam", "statusbot"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand"]
    assert m[S.TEXT].tolist() == ["Export fails, see this page", "@dana on it, try #help later",
                                  "All systems operational"]
    assert str(m.loc[root, S.CREATED_AT]).startswith("2024-03-01 08:00:00")
    assert res.rejected["reason"].tolist() == ["a channel event (channel_join), no one's words"]


def test_a_slack_connect_channel_reads_the_exporting_workspace_as_the_brand(tmp_path):
    users = [{"id": "U2", "name": "sam", "is_owner": True, "team_id": "T1"}, {"id": "U3", "name": "kim",
                                                                              "team_id": "T1"}]
    _slack_export(tmp_path, users, {"2024-03-02": [
        {"type": "message", "user": "U9", "user_team": "T9", "user_profile": {"name": "buyer"},
         "text": "Our invoices are wrong", "ts": "1709370000.000100"},
        {"type": "message", "user": "U3", "user_team": "T1", "text": "Looking now", "ts": "1709370100.000100"}]})
    m = load(tmp_path / "help" / "2024-03-02.json").messages
    assert m[S.AUTHOR_ID].tolist() == ["buyer", S.UNNAMED_BRAND] and m[S.AUTHOR_ROLE].tolist() == ["customer", "brand"]


def test_verbatims_in_a_text_file_are_one_message_per_line_or_paragraph(tmp_path):
    lines = tmp_path / "verbatims.txt"
    lines.write_text("The delivery was late again\n\nWhy was I charged twice?\nThe delivery was late again\n")
    assert detect_format(lines) == "lines"
    m = load(lines).messages
    assert m[S.TEXT].tolist() == ["The delivery was late again", "Why was I charged twice?",
                                  "The delivery was late again"]
    assert m[S.MESSAGE_ID].nunique() == 3 and m[S.AUTHOR_ID].nunique() == 3  # each a respondent of its own
    assert (m[S.AUTHOR_ROLE] == "customer").all() and m[S.CREATED_AT].isna().all()
    # comments written over several lines, blank lines between them: one message per paragraph
    paragraphs = tmp_path / "comments.txt"
    paragraphs.write_text("The app logs me out\nevery time I switch apps.\n\nSupport never answered\nmy e-mail.\n\n"
                          "Love it\n")
    assert load(paragraphs).messages[S.TEXT].tolist() == [
        "The app logs me out every time I switch apps.", "Support never answered my e-mail.", "Love it"]
    # a carriage return alone inside a line (a review pasted from a form) is no crash: the line is one message
    pasted = tmp_path / "pasted.txt"
    pasted.write_bytes(b"Runs small.\rOrder a size up\nThe delivery was late\n")
    assert detect_format(pasted) == "lines"
    assert len(load(pasted).messages) == 2
    # a CSV or TSV saved as .txt is a table, not lines
    for name, delim in (("tickets.txt", "\t"), ("tickets2.txt", ",")):
        (tmp_path / name).write_text(delim.join(["id", "comment", "date"]) + "\n"
                                     + delim.join(["1", "the app crashes", "2024-03-01"]) + "\n"
                                     + delim.join(["2", "love it", "2024-03-02"]) + "\n")
        assert detect_format(tmp_path / name) == "table"
        assert load(tmp_path / name).messages[S.TEXT].tolist() == ["the app crashes", "love it"]
    # a chat app's export in a layout no chat loader knows is no list of verbatims: a clear sentence, not guesses
    chat = tmp_path / "chat.txt"
    chat.write_text("[06.12.26, 10:15:03] Dana: my order is late\n[06.12.26, 10:16:10] Acme: sorry, checking\n")
    with pytest.raises(Exception, match="like a chat app's export the workbench does not recognise"):
        load(chat, format="lines")
    # a licence beside an export is no one's verbatims
    (tmp_path / "LICENSE.txt").write_text("Permission is hereby granted, free of charge\n")
    with pytest.raises(Exception, match="format not recognised"):
        detect_format(tmp_path / "LICENSE.txt")


def test_help_scout_conversations_keep_threads_and_set_notes_and_events_aside(tmp_path):
    def thread(i, kind, by, body, when, state="published"):
        return {"id": i, "type": kind, "state": state, "body": body, "createdAt": when,
                "createdBy": {"id": 7 if by == "user" else 9, "type": by,
                              "email": "agent@acme.io" if by == "user" else "kim@example.com"}}
    page = {"_embedded": {"conversations": [{
        "id": 55, "number": 1201, "subject": "Refund", "status": "closed",
        "source": {"type": "email", "via": "customer"},
        "primaryCustomer": {"id": 9, "email": "kim@example.com"}, "tags": [{"id": 1, "tag": "billing"}],
        "_embedded": {"threads": [  # newest first, as the API lists them
            thread(4, "message", "user", "<p>Done, the refund is on its way.</p>", "2024-03-02T09:00:00Z"),
            thread(3, "note", "user", "checked with finance", "2024-03-01T12:00:00Z"),
            thread(5, "message", "user", "<p>draft</p>", "2024-03-02T10:00:00Z", state="draft"),
            {"id": 2, "type": "lineitem", "createdAt": "2024-03-01T10:05:00Z", "action": {"text": "assigned"}},
            thread(1, "customer", "customer", "<p>I was charged twice for my order</p>", "2024-03-01T10:00:00Z"),
        ]}}]}}
    p = tmp_path / "helpscout.json"
    p.write_text(json.dumps(page))
    assert detect_format(p) == "helpscout"
    res = load(p)
    m = by_id(res)
    assert list(m.index) == ["helpscout:55:1", "helpscout:55:4"]
    assert m[S.TEXT].tolist() == ["Refund\n\nI was charged twice for my order", "Done, the refund is on its way."]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand"]
    assert m.loc["helpscout:55:1", S.AUTHOR_ID] == "kim@example.com"
    assert m.loc["helpscout:55:4", S.PARENT_ID] == "helpscout:55:1" and (m[S.CHANNEL] == "email").all()
    assert json.loads(m.loc["helpscout:55:4", S.METADATA])["agent"] == "agent@acme.io"
    assert sorted(res.rejected["reason"]) == ["a draft reply, never sent", "a lineitem event with no text",
                                              "internal note (not visible to the customer)"]


def test_a_signal_export_is_channel_signal_though_its_lines_read_as_whatsapps(tmp_path):
    text = "[2019-12-24, 12:23] Jane Doe: my parcel never came\n[2019-12-24, 12:30] Acme: sorry, checking now\n"
    (tmp_path / "signal").mkdir()
    for p in (tmp_path / "signal" / "chat.txt", tmp_path / "chat.txt"):
        p.write_text(text)
    assert load(tmp_path / "signal" / "chat.txt").messages[S.CHANNEL].eq("signal").all()
    assert load(tmp_path / "chat.txt").messages[S.CHANNEL].eq("whatsapp").all()


def test_a_help_desk_record_without_an_id_is_set_aside_and_counted(tmp_path):
    p = tmp_path / "tickets.json"
    p.write_text(json.dumps({"tickets": [
        {"id": 7, "requester_id": 1, "subject": "Late", "description": "my order is late",
         "created_at": "2024-03-01T10:00:00Z"},
        {"requester_id": 2, "subject": "no id here"}, "not even an object"]}))
    res = load(p)
    assert detect_format(p) == "zendesk" and res.messages[S.MESSAGE_ID].tolist() == ["zendesk:7:7-description"]
    assert res.rejected["reason"].tolist() == ["not a ticket (no id)"] * 2 and res.rows_read == 3


def _contact_lens(contact: str, turns: list[tuple[str, str, int]], **extra) -> dict:
    return {"Channel": "VOICE", "LanguageCode": "en-US",
            "Participants": [{"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
                             {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}],
            "CustomerMetadata": {"ContactId": contact},
            "Transcript": [{"Id": f"t{i}", "ParticipantId": who, "Content": text, "BeginOffsetMillis": at,
                            "Sentiment": "NEUTRAL"} for i, (who, text, at) in enumerate(turns, start=1)], **extra}


def test_contact_centre_analytics_read_as_calls_of_customer_and_agent_turns(tmp_path):
    # Amazon Connect's Contact Lens writes one call per file, named for the contact and when the call began; each
    # turn is timed from that start. It was read as a table: every turn its own conversation, all the customer's
    a = _contact_lens("c-1", [("AGENT", "Thank you for calling, how can I help?", 1200),
                              ("CUSTOMER", "My internet drops every evening.", 5000),
                              ("AGENT", "Sorry to hear that, let me run a line test.", 11000),
                              ("CUSTOMER", "Will I get a credit for the outage?", 30000)])
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "c-1_analysis_2024-03-01T10:15:00.000Z.json").write_text(json.dumps(a))
    # Transcribe's Call Analytics: each turn names its role; no start in the name, so no dates
    b = {"JobName": "job-7", "LanguageCode": "en-GB", "Channel": "VOICE",
         "Participants": [{"ParticipantRole": "AGENT"}, {"ParticipantRole": "CUSTOMER"}],
         "Transcript": [{"Id": "x1", "ParticipantRole": "CUSTOMER", "Content": "I was charged twice.",
                         "BeginOffsetMillis": 0},
                        {"Id": "x2", "ParticipantRole": "AGENT", "Content": "  ", "BeginOffsetMillis": 900},
                        {"Id": "x3", "ParticipantRole": "AGENT", "Content": "I will refund one charge.",
                         "BeginOffsetMillis": 2000}]}
    (folder / "job-7.json").write_text(json.dumps(b))
    first = folder / "c-1_analysis_2024-03-01T10:15:00.000Z.json"
    assert detect_format(first) == "call-analytics" and detect_format(folder / "job-7.json") == "call-analytics"
    m = load(first).messages
    assert m[S.CONVERSATION_ID].nunique() == 1 and set(m[S.CHANNEL]) == {"phone"}
    assert m[S.AUTHOR_ROLE].tolist() == ["brand", "customer", "brand", "customer"]
    assert m[S.AUTHOR_ID].iloc[1] == m[S.AUTHOR_ID].iloc[3] == "caller:c-1"
    assert m[S.CREATED_AT].dt.strftime("%H:%M:%S").tolist() == ["10:15:01", "10:15:05", "10:15:11", "10:15:30"]
    # each turn answers the other side's turn before it
    assert m[S.PARENT_ID].tolist()[1:] == m[S.MESSAGE_ID].tolist()[:3] and pd.isna(m[S.PARENT_ID].iloc[0])
    assert set(m[S.LANGUAGE]) == {"en"} and json.loads(m[S.METADATA].iloc[1])["Sentiment"] == "NEUTRAL"
    res = load(folder / "job-7.json")
    t = res.messages
    assert t[S.AUTHOR_ROLE].tolist() == ["customer", "brand"] and t[S.CREATED_AT].isna().all()
    assert t[S.PARENT_ID].iloc[1] == t[S.MESSAGE_ID].iloc[0] and len(res.rejected) == 1
    assert any("the turns have no date" in n for n in res.notes)
    # the words Contact Lens marked as the customer's issue stay in metadata; a turn that is no record is set aside
    odd = _contact_lens("c-2", [("CUSTOMER", "My router keeps dropping", 0)])
    odd["Transcript"][0]["IssuesDetected"] = [{"CharacterOffsets": {"BeginOffsetChar": 3, "EndOffsetChar": 24}}, 7]
    odd["Transcript"].append("garbled")
    (folder / "odd.json").write_text(json.dumps(odd))
    res = load(folder / "odd.json")
    assert json.loads(res.messages[S.METADATA].iloc[0])["issues"] == "router keeps dropping"
    assert len(res.rejected) == 1


def test_a_discourse_forums_topics_are_conversations_its_staff_the_brand(tmp_path):
    # Discourse's API: a topic's posts under its title; it was no export the workbench could read at all
    def post(pid, number, user, html, reply_to=None, **extra):
        return {"id": pid, "username": user, "created_at": f"2024-03-0{number}T10:00:00.000Z", "cooked": html,
                "post_number": number, "reply_to_post_number": reply_to, "topic_id": 77, "post_type": 1,
                "staff": False, **extra}
    topic = {"id": 77, "title": "Sync fails with E42", "category_id": 5, "post_stream": {"posts": [
        post(101, 1, "jdoe", "<p>Since the update sync fails with <code>E42</code>.</p>"),
        post(102, 2, "bobk", "<p>Same here on Android.</p>"),
        post(103, 3, "sam_acme", "<p>Thanks both! A fix ships tomorrow.</p>", reply_to=1, staff=True),
        post(104, 4, "system", "<p>This topic was pinned.</p>", post_type=3),
        post(105, 5, "jdoe", '<aside class="quote" data-post="3"><blockquote><p>A fix ships tomorrow.</p>'
                             "</blockquote></aside><p>Works now, thank you!</p>", reply_to=3),
        post(106, 6, "ana", "<p>Any news for iOS?</p>", user_title="Acme Team")]}}
    path = tmp_path / "t77.json"
    path.write_text(json.dumps(topic))
    assert detect_format(path) == "discourse"
    res = load(path)
    m = res.messages.set_index(S.SOURCE_ID)
    assert m.index.tolist() == ["101", "102", "103", "105", "106"] and len(res.rejected) == 1  # the pin notice
    assert m.loc["101", S.TEXT] == "Sync fails with E42. Since the update sync fails with E42."
    assert m.loc["105", S.TEXT] == "Works now, thank you!"  # the quoted post left out
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "customer", "brand", "customer", "brand"]
    assert json.loads(m.loc["103", S.METADATA])["agent"] == "sam_acme"
    # a post answers the one it replies to, or else the topic's first post; one topic, one conversation
    ids = m[S.MESSAGE_ID]
    assert m[S.PARENT_ID].tolist()[1:] == [ids["101"], ids["101"], ids["103"], ids["101"]]
    assert pd.isna(m.loc["101", S.PARENT_ID]) and m[S.CONVERSATION_ID].nunique() == 1
    assert set(m[S.CHANNEL]) == {"forum"} and m.loc["102", S.CREATED_AT].day == 2
    # an author named with --brand-author answers for the brand too, as the brand named with --brand
    named = load(path, options=LoadOptions(brand_authors=("bobk",), brand="Acme")).messages.set_index(S.SOURCE_ID)
    assert named.loc["102", S.AUTHOR_ROLE] == "brand" and named.loc["102", S.AUTHOR_ID] == "Acme"


def test_github_issues_and_their_comments_from_two_files_are_one_conversation(tmp_path):
    # the REST API's issues page and comments page, saved apart: it read as a table of unrelated rows, every
    # comment the customer's, stack traces in the text
    base = "https://github.com/acme/sdk"
    issues = [{"id": 2001, "number": 12, "html_url": f"{base}/issues/12", "title": "Upload fails over 2 GB",
               "user": {"login": "kdev", "type": "User"}, "author_association": "NONE", "labels": [{"name": "bug"}],
               "created_at": "2024-03-01T10:00:00Z",
               "body": "<!-- describe the bug -->\nA 2.5 GB file returns 413.\n```\nError: 413 Too Large\n```"},
              {"id": 2003, "number": 14, "html_url": f"{base}/pull/14", "title": "Fix typo", "user": {"login": "x"},
               "author_association": "CONTRIBUTOR", "created_at": "2024-03-02T10:00:00Z", "body": "typo",
               "pull_request": {"url": "..."}}]
    comments = [{"id": 501, "issue_url": "https://api.github.com/repos/acme/sdk/issues/12",
                 "user": {"login": "lena", "type": "User"}, "author_association": "MEMBER",
                 "created_at": "2024-03-01T12:00:00Z", "body": "Chunked upload lands in 3.1."},
                {"id": 502, "issue_url": "https://api.github.com/repos/acme/sdk/issues/12",
                 "user": {"login": "stale[bot]", "type": "Bot"}, "author_association": "NONE",
                 "created_at": "2024-03-20T12:00:00Z", "body": "Marked as stale."},
                {"id": 503, "issue_url": "https://api.github.com/repos/acme/sdk/issues/12",
                 "user": {"login": "kdev", "type": "User"}, "author_association": "NONE",
                 "created_at": "2024-03-21T12:00:00Z", "body": "Still needed."}]
    (tmp_path / "issues.json").write_text(json.dumps(issues))
    (tmp_path / "comments.json").write_text(json.dumps(comments))
    assert detect_format(tmp_path / "issues.json") == detect_format(tmp_path / "comments.json") == "github"
    i, c = load(tmp_path / "issues.json"), load(tmp_path / "comments.json")
    assert i.messages[S.TEXT].tolist() == ["Upload fails over 2 GB. A 2.5 GB file returns 413."]
    assert i.rejected["reason"].tolist() == ["a pull request (code, not feedback)"]
    assert c.rejected["reason"].tolist() == ["a bot's comment, no one's words"]
    m = pd.concat([i.messages, c.messages], ignore_index=True)
    assert m[S.CONVERSATION_ID].nunique() == 1 and set(m[S.BRAND]) == {"acme"}
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert m[S.AUTHOR_ID].tolist()[1] == "acme" and json.loads(m[S.METADATA].iloc[1])["agent"] == "lena"
    # the first comment answers the issue read from the other file, the next the comment before it
    assert m[S.PARENT_ID].tolist()[1:] == [m[S.MESSAGE_ID].iloc[0], m[S.MESSAGE_ID].iloc[1]]
    assert json.loads(m[S.METADATA].iloc[0])["labels"] == ["bug"]


def test_an_instagram_comment_scrape_keeps_its_nested_replies_and_authors(tmp_path):
    # Apify's Instagram comments: "ownerUsername" is the commenter, replies a plain list under each comment; the
    # table loader found no author and left the replies (the brand's answers among them) in metadata
    def comment(cid, who, text, at, replies=()):
        return {"postUrl": "https://www.instagram.com/p/C4abc/", "id": cid, "text": text, "ownerUsername": who,
                "timestamp": f"2024-03-0{at}T10:00:00.000Z", "likesCount": 2, "replies": list(replies)}
    data = [comment("1", "maya.rose", "my order still hasn't shipped", 1,
                    [comment("2", "acme.store", "@maya.rose so sorry! DM us", 2)]),
            comment("3", "jules_k", "where is my refund", 3, [comment("4", "acme.store", "@jules_k checking now", 4)]),
            comment("5", "lu", "love it", 5)]
    path = tmp_path / "comments.json"
    path.write_text(json.dumps(data))
    assert detect_format(path) == "graph-comments"
    m = load(path).messages.set_index(S.SOURCE_ID)
    assert m.index.tolist() == ["1", "2", "3", "4", "5"] and set(m[S.CHANNEL]) == {"instagram"}
    assert m.loc["2", S.PARENT_ID] == m.loc["1", S.MESSAGE_ID] and m.loc["2", S.CONVERSATION_ID] == m.loc[
        "1", S.CONVERSATION_ID]
    # the account that answers two customers and opens nothing is the brand's
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "brand", "customer"]
    assert m.loc["1", S.AUTHOR_ID] == "maya.rose" and m.loc["2", S.BRAND] == "acme.store"
    assert json.loads(m.loc["1", S.METADATA])["post"] == "https://www.instagram.com/p/C4abc/"


def test_zendesk_chat_history_is_a_conversation_of_visitor_and_agents(tmp_path):
    # Zendesk Chat's API: a chat's history holds its messages (chat.msg) between joins and leaves; the visitor's
    # nick is "visitor", an agent's "agent:<id>"; the visitor's rating (good/bad) and comment close the chat.
    chat = {"id": "c1", "type": "chat", "timestamp": "2023-05-02T10:00:00Z", "department_name": "Billing",
            "visitor": {"id": "1.v1", "name": "Visitor 4412", "email": "jane@example.com"},
            "rating": "bad", "comment": "Took too long",
            "history": [
                {"type": "chat.memberjoin", "name": "Visitor 4412", "nick": "visitor",
                 "timestamp": "2023-05-02T10:00:00Z"},
                {"type": "chat.msg", "name": "Visitor 4412", "nick": "visitor", "msg": "I was charged twice",
                 "timestamp": "2023-05-02T10:00:05Z"},
                {"type": "chat.msg", "name": "Acme", "nick": "agent:trigger", "msg": "An agent will be with you soon",
                 "timestamp": "2023-05-02T10:00:06Z"},
                {"type": "chat.msg", "name": "Bob Smith", "nick": "agent:3001", "msg": "Let me check",
                 "timestamp": "2023-05-02T10:03:20Z"},
                {"type": "chat.msg", "name": "Visitor 4412", "nick": "visitor", "msg": "ok thanks",
                 "timestamp": "2023-05-02T10:04:00Z"},
                {"type": "chat.memberleave", "name": "Visitor 4412", "nick": "visitor",
                 "timestamp": "2023-05-02T10:07:00Z"}]}
    offline = {"id": "c2", "type": "offline_msg", "timestamp": "2023-05-03T22:00:00Z",
               "visitor": {"id": "1.v2", "name": "Mark", "email": ""}, "message": "Are you open on Sunday?",
               "history": []}
    (tmp_path / "chats.json").write_text(json.dumps({"chats": [chat, offline], "count": 2}))
    res = load(tmp_path / "chats.json")
    m = res.messages
    assert detect_format(tmp_path / "chats.json") == "zendesk-chat"
    one = m[m[S.CONVERSATION_ID] == "zendesk-chat:c1"].sort_values(S.CREATED_AT)
    assert one[S.TEXT].tolist() == ["I was charged twice", "An agent will be with you soon", "Let me check",
                                    "ok thanks", "Took too long"]
    assert one[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand", "customer", "customer"]
    assert one[S.PARENT_ID].tolist()[1:] == one[S.MESSAGE_ID].tolist()[:-1]  # each answers the one before
    assert json.loads(one[S.METADATA].iloc[1])["automated"]  # a trigger's message: no agent answered yet
    assert json.loads(one[S.METADATA].iloc[2])["agent"] == "Bob Smith"
    rating = one.iloc[-1]
    assert rating[S.RATING] == 0 and rating[S.RATING_TYPE] == "csat_good_bad" and rating[S.CHANNEL] == "survey"
    assert rating[S.CREATED_AT] == pd.Timestamp("2023-05-02T10:07:00Z")  # when the chat ended, not began
    assert one[S.AUTHOR_ID].iloc[0] == "jane@example.com" == rating[S.AUTHOR_ID]
    left = m[m[S.CONVERSATION_ID] == "zendesk-chat:c2"]
    assert left[S.TEXT].tolist() == ["Are you open on Sunday?"] and left[S.AUTHOR_ID].item() == "1.v2"
    assert sorted(res.rejected["reason"]) == ["chat event with no message (a join, leave, file or rating)"] * 2


def test_livechat_threads_are_conversations_of_customer_and_agents(tmp_path):
    # LiveChat's Agent Chat API: each chat names its users (customer, agent) and holds a thread (or threads) of
    # events; messages only agents see and system messages are no customer conversation.
    cust, agent = "b7ef", "smith@example.com"
    users = [{"id": cust, "type": "customer", "name": "Thomas", "email": "t.anderson@example.com"},
             {"id": agent, "type": "agent", "name": "Agent Smith", "email": agent}]

    def event(i, kind, text, author=None, visibility="all"):
        return {"id": f"e{i}", "created_at": f"2023-03-01T10:0{i}:00.000000Z", "type": kind, "text": text,
                "author_id": author, "visibility": visibility}

    first = {"id": "PJ0", "users": users, "thread": {"id": "T1", "events": [
        event(1, "system_message", "Chat started"),
        event(2, "message", "My invoice shows the wrong VAT number", cust),
        event(3, "message", "I can fix that, what is the right one?", agent),
        event(4, "message", "customer is on the annual plan", agent, visibility="agents"),
        event(5, "message", "GB123456789, thanks", cust)]}}
    second = {"id": "PJ1", "users": users, "threads": [{"id": "T2", "events": [
        event(1, "message", "Still no refund", cust), event(2, "message", "Sorry, sending it now", agent)],
        "properties": {"rating": {"score": {"value": 0}, "comment": {"value": "too slow"}}}}]}
    (tmp_path / "chats.json").write_text(json.dumps({"chats": [first, second], "found_chats": 2}))
    assert detect_format(tmp_path / "chats.json") == "livechat"
    res = load(tmp_path / "chats.json")
    m = res.messages.sort_values([S.CONVERSATION_ID, S.CREATED_AT])
    one = m[m[S.CONVERSATION_ID] == "livechat:PJ0:T1"]
    assert one[S.TEXT].tolist() == ["My invoice shows the wrong VAT number", "I can fix that, what is the right one?",
                                    "GB123456789, thanks"]
    assert one[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert one[S.PARENT_ID].tolist()[1:] == one[S.MESSAGE_ID].tolist()[:-1]
    assert one[S.AUTHOR_ID].iloc[0] == "t.anderson@example.com" and one[S.AUTHOR_ID].iloc[1] == S.UNNAMED_BRAND
    two = m[m[S.CONVERSATION_ID] == "livechat:PJ1:T2"]
    rating = two[two[S.SOURCE_ID] == "rating"].iloc[0]
    assert rating[S.RATING] == 0 and rating[S.TEXT] == "too slow" and rating[S.AUTHOR_ID] == "t.anderson@example.com"
    assert sorted(res.rejected["reason"]) == ["internal note (not visible to the customer)",
                                              "system_message event with no message (system message, file or form)"]
