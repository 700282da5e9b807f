"""Who the customers are: one row per customer, their timeline, and the relationship signals.

Pure functions over the analysed message table (canonical columns plus sentiment, emotion, intent, topic).
Customers are the authors of customer messages (pseudonymous ids when PII redaction is on).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.customers.segments import NOT_TOPICS

RECOMMEND = re.compile(
    r"\b(?:highly recommend|would recommend|i recommend|recommended (?:it|you|them) to|told (?:all )?my (?:friends|"
    r"family|colleagues)|tell (?:all )?my friends|(?:love|loving) (?:you|this|the app|it)|best (?:\w+ )?ever|"
    r"(?:5|five) stars|never going anywhere else|customer for life|you guys rock|you rock)\b", re.I)
TOO_OFTEN = re.compile(
    r"\b(?:stop (?:calling|emailing|texting|messaging|contacting|sending)|too many (?:e-?mails|calls|texts|messages|"
    r"notifications|offers)|(?:keep|keeps) (?:calling|emailing|texting|spamming)|spam(?:ming)? me|unsubscribe|"
    r"contact(?:ing)? me so often|(?:calls|emails|texts) every day)\b", re.I)
TOO_LITTLE = re.compile(
    r"\b(?:no one (?:got back|answers|answered|replied|responds|responded|called)|nobody (?:answers|answered|replied|"
    r"responds|responded|called|got back)|never (?:heard back|got a (?:reply|response|call back))|no (?:reply|response|"
    r"answer) (?:yet|from)|still waiting for (?:a|an|your) (?:reply|response|answer|call)|didn'?t (?:get back|"
    r"call back|reply)|ignor(?:ed|ing) (?:me|my))\b", re.I)
ASKED_CHANNEL = {
    "phone": re.compile(r"\b(?:call me|phone me|give me a call|speak to (?:a|someone)|talk to a (?:human|person))\b",
                        re.I),
    "email": re.compile(r"\b(?:e-?mail me|send (?:me )?an e-?mail|by e-?mail)\b", re.I),
    "chat": re.compile(r"\b(?:live chat|chat with (?:someone|an agent)|via chat)\b", re.I),
    "direct message": re.compile(r"\b(?:dm me|direct message|private message|inbox me)\b", re.I),
}


# Columns in which a help desk or review site states how fast, or when, the brand first answered a message
# whose answer the export does not hold (Zendesk's "First reply time in minutes", Freshdesk's "First response
# time (in hrs)", Trustpilot's "Company Reply Date (UTC)"): kept in each message's metadata by ingest.
RESPONSE_TIME_NAME = re.compile(r"(?:first|initial)[\s_]*(?:response|reply)[\s_]*time|time[\s_]*to[\s_]*first[\s_]*"
                                r"(?:response|reply)", re.I)
RESPONSE_AT_NAME = re.compile(r"(?:first[\s_]*(?:response|reply|responded)[\s_]*(?:at|date|on)\b|(?:company|developer|"
                              r"owner|business)[\s_]*(?:reply|response)[\s_]*(?:date|time|at)|(?:replied|responded)"
                              r"[\s_]*(?:at|on)\b)", re.I)
UNIT_MINUTES = ((re.compile(r"\b(?:hrs?|hours?)\b", re.I), 60.0), (re.compile(r"\b(?:mins?|minutes?)\b", re.I), 1.0),
                (re.compile(r"\b(?:secs?|seconds?)\b", re.I), 1 / 60), (re.compile(r"\bdays?\b", re.I), 1440.0))


def stated_response_column(messages: pd.DataFrame, sample: int = 1000) -> tuple[str, str] | None:
    """The metadata key that states the first response and its kind ("time" or "at"), from the keys of the
    first `sample` messages' metadata; None where there is none."""
    if S.METADATA not in messages or messages[S.METADATA].isna().all():
        return None
    meta = messages[S.METADATA].dropna().head(sample)
    keys = dict.fromkeys(k for m in meta for k in (json.loads(m) if isinstance(m, str) else {}))
    for key in keys:
        if RESPONSE_TIME_NAME.search(key):
            return key, "time"
    for key in keys:
        if RESPONSE_AT_NAME.search(key):
            return key, "at"
    return None


def stated_response_minutes(messages: pd.DataFrame) -> pd.Series:
    """Per message (same index): the minutes to the brand's first answer as a column of the export states them
    (kept in `metadata`, `stated_response_column`), NaN where it states none. A duration is read in the unit
    its column's name gives (hours, minutes, seconds, days) or as hh:mm:ss; a date of the first reply is
    counted from the message's own time."""
    none = pd.Series(np.nan, index=messages.index)
    found = stated_response_column(messages)
    if found is None:
        return none
    key, kind = found
    raw = S.metadata_values(messages[S.METADATA].dropna(), key).reindex(messages.index)
    raw = raw.where(raw.astype("string").str.strip().fillna("").ne(""))
    if kind == "at":
        at = pd.to_datetime(raw, errors="coerce", utc=True, format="mixed")
        minutes = (at - messages[S.CREATED_AT]).dt.total_seconds() / 60
    else:
        factor = next((f for unit, f in UNIT_MINUTES if unit.search(key)), None)
        numbers = pd.to_numeric(raw, errors="coerce")
        clock = raw.astype("string").str.fullmatch(r"\d+:\d{2}(?::\d{2})?").fillna(False)
        as_clock = pd.to_timedelta(raw.where(clock).astype("string").str.replace(r"^(\d+:\d{2})$", r"\1:00",
                                                                                 regex=True), errors="coerce")
        minutes = (numbers * factor if factor is not None else none).where(~clock, as_clock.dt.total_seconds() / 60)
    return pd.to_numeric(minutes, errors="coerce").where(lambda v: v >= 0).astype(float)


def automated(messages: pd.DataFrame) -> np.ndarray:
    """Per message: a brand message no person wrote (metadata `automated`: a system notice, a chat trigger, a
    bot's answer). The JSON is read only where its text names the key."""
    m = messages
    out = np.zeros(len(m), bool)
    if S.METADATA in m:
        named = (m[S.AUTHOR_ROLE] == "brand").fillna(False).to_numpy(bool) & m[S.METADATA].astype("string") \
            .str.contains(S.AUTOMATED, regex=False).fillna(False).to_numpy(bool)
        out[named] = S.metadata_values(m.loc[named, S.METADATA], S.AUTOMATED).eq(True).to_numpy(bool)
    return out


def sources_without_replies(messages: pd.DataFrame) -> list[str]:
    """The export files whose customer messages cannot be said to be answered or not, where others can: files
    that hold no message of the brand's, state no first response, and came by channels that no file holding
    the brand's side came by (a folder of tweets with their replies beside app reviews and tickets exported
    without theirs). A file of tweets no brand answered beside tweets with replies is measured: nobody
    answered them. Empty where no file holds the brand's side: the whole export then measures nothing, and
    says so."""
    m = messages
    if S.SOURCE not in m or not len(m):
        return []
    holds = set(m.loc[(m[S.AUTHOR_ROLE] == "brand").fillna(False), S.SOURCE].dropna())
    voice = m[m[S.AUTHOR_ROLE] != "brand"]
    holds |= set(voice.loc[stated_response_minutes(voice).notna(), S.SOURCE].dropna())
    if not holds:
        return []
    answered_on = set(m.loc[m[S.SOURCE].isin(holds), S.CHANNEL].dropna())
    channels = voice.groupby(S.SOURCE)[S.CHANNEL].agg(lambda c: set(c.dropna()))
    return sorted(f for f, chans in channels.items() if f not in holds and not chans & answered_on)


def thread_facts(messages: pd.DataFrame) -> pd.DataFrame:
    """Per customer message: was it answered by the brand, and after how many minutes.

    Answered: a brand message replies to it, or follows it in the same conversation (`measured` is False for
    a message from an export file that holds none of the brand's side, `sources_without_replies`). The response
    time is the time to the first brand message after it in its conversation. A brand message no person wrote
    (`automated`: a system notice, a chat trigger, a bot) is no answer. Where the export holds no such
    answer but a column states the first response (`stated_response_minutes`), that time counts.
    """
    m = messages
    cust = m[m[S.AUTHOR_ROLE] != "brand"][[S.MESSAGE_ID, S.CONVERSATION_ID, S.CREATED_AT]]
    is_brand = (m[S.AUTHOR_ROLE] == "brand").fillna(False).to_numpy(bool)
    brand = m[is_brand & ~automated(m)][[S.CONVERSATION_ID, S.CREATED_AT, S.PARENT_ID]]
    replied_to = set(brand[S.PARENT_ID].dropna())
    out = cust[[S.MESSAGE_ID]].copy()
    timed_c = cust.dropna(subset=[S.CREATED_AT]).sort_values(S.CREATED_AT)
    timed_b = brand.dropna(subset=[S.CREATED_AT]).sort_values(S.CREATED_AT)
    if len(timed_c) and len(timed_b):
        nxt = pd.merge_asof(timed_c, timed_b[[S.CONVERSATION_ID, S.CREATED_AT]].rename(
            columns={S.CREATED_AT: "reply_at"}).assign(_t=lambda d: d["reply_at"]), left_on=S.CREATED_AT,
            right_on="_t", by=S.CONVERSATION_ID, direction="forward", allow_exact_matches=False)
        minutes = (nxt["reply_at"] - nxt[S.CREATED_AT]).dt.total_seconds() / 60
        out = out.merge(pd.DataFrame({S.MESSAGE_ID: nxt[S.MESSAGE_ID], "response_minutes": minutes}),
                        on=S.MESSAGE_ID, how="left")
    else:
        out["response_minutes"] = np.nan
    stated = stated_response_minutes(m[m[S.AUTHOR_ROLE] != "brand"])
    out["response_stated"] = False
    if stated.notna().any():
        by_id = pd.Series(stated.to_numpy(), index=m.loc[stated.index, S.MESSAGE_ID].to_numpy())
        by_id = by_id[~by_id.index.duplicated()]
        fill = out["response_minutes"].isna() & ~out[S.MESSAGE_ID].isin(replied_to)
        out["response_stated"] = fill & out[S.MESSAGE_ID].map(by_id).notna()
        out["response_minutes"] = out["response_minutes"].where(~out["response_stated"], out[S.MESSAGE_ID].map(by_id))
    out["answered"] = out[S.MESSAGE_ID].isin(replied_to) | out["response_minutes"].notna()
    # answered or not can be told only of messages from a file that holds the brand's side
    unmeasured = sources_without_replies(m)
    out["measured"] = ~out[S.MESSAGE_ID].isin(m.loc[m[S.SOURCE].isin(unmeasured), S.MESSAGE_ID]) if unmeasured \
        else True
    return out


def _rating_classes(rating: pd.Series, kind: pd.Series) -> pd.Series:
    """promoter / passive / detractor per message from a rating of a known kind: NPS 9-10 / 7-8 / 0-6; stars or
    CSAT (1-5) 5 / 3-4 / 1-2; good-bad (1 / 0) promoter or detractor. None where the kind is unknown."""
    five = kind.isin(["stars", "csat"])
    conditions = [
        kind.eq("nps") & rating.ge(9), kind.eq("nps") & rating.le(6), kind.eq("nps") & rating.notna(),
        five & rating.ge(5), five & rating.le(2), five & rating.notna(),
        kind.eq("csat_good_bad") & rating.ge(1), kind.eq("csat_good_bad") & rating.notna(),
    ]
    choices = ["promoter", "detractor", "passive", "promoter", "detractor", "passive", "promoter", "detractor"]
    out = np.select([c.fillna(False).to_numpy(bool) for c in conditions], choices, default="")
    return pd.Series(out, index=rating.index).replace("", None)


def _matches(text: pd.Series, pattern: re.Pattern) -> pd.Series:
    """Which texts the (case-insensitive) pattern finds, as plain booleans: by Arrow's RE2 over the whole
    column (its \\b and \\w are ASCII: English signal words), or Python's re where RE2 lacks a feature."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        hit = pc.match_substring_regex(pa.array(text.fillna("").astype(str), pa.string()), pattern.pattern,
                                       ignore_case=True)
    except pa.ArrowInvalid:  # look-arounds or back-references
        return text.str.contains(pattern.pattern, case=False, regex=True).fillna(False).astype(bool)
    return pd.Series(hit.to_numpy(zero_copy_only=False), index=text.index).astype(bool)


def _dicts(keys: pd.Series, names: pd.Series, values: pd.Series) -> dict:
    """{key: {name: value}} from rows sorted by key, in one pass."""
    out: dict = {}
    for k, name, v in zip(keys, names, values, strict=True):
        out.setdefault(k, {})[name] = int(v)
    return out


def _counts(voice: pd.DataFrame, column: str) -> pd.DataFrame:
    """Messages per customer and value, most frequent first (ties: alphabetical), missing values left out."""
    counts = voice.groupby([S.AUTHOR_ID, column]).size().rename("n").reset_index()
    return counts.sort_values([S.AUTHOR_ID, "n", column], ascending=[True, False, True])


def _most_common(voice: pd.DataFrame, column: str, customers: pd.Index) -> pd.Series:
    first = _counts(voice, column).drop_duplicates(S.AUTHOR_ID).set_index(S.AUTHOR_ID)[column]
    return first.reindex(customers).astype(object).where(lambda v: v.notna(), None)


def _ranked(voice: pd.DataFrame, column: str, customers: pd.Index, top: int) -> pd.Series:
    counts = _counts(voice, column)
    counts = counts[counts.groupby(S.AUTHOR_ID).cumcount() < top]
    lists = counts.groupby(S.AUTHOR_ID)[column].agg(list)
    return lists.reindex(customers).map(lambda v: v if isinstance(v, list) else [])


def _distinct(voice: pd.DataFrame, column: str, customers: pd.Index) -> pd.Series:
    pairs = voice[[S.AUTHOR_ID, column]].dropna().drop_duplicates().sort_values([S.AUTHOR_ID, column])
    return pairs.groupby(S.AUTHOR_ID)[column].agg(list).reindex(customers).map(
        lambda v: v if isinstance(v, list) else [])


CUSTOMER_COLUMNS = [
    "customer_id", "messages", "conversations", "first_seen", "last_seen", "active_days", "channels",
    "preferred_channel", "brands", "main_brand", "recency_days", "contacts_per_month", "mean_sentiment",
    "sentiment_first", "sentiment_latest", "sentiment_change", "negative_share", "top_topics", "intents",
    "main_intent", "churn_threats", "mean_rating", "rating_type", "answered_share", "median_response_minutes",
    "recommends", "rating_class", "asks_less_contact", "asks_more_contact", "channels_asked_for", "relationship",
    "churn_risk", "churn_reasons",
]


def customer_table(messages: pd.DataFrame, competitors: Sequence[str] = (), top_topics: int = 3,
                   facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per customer: activity, channels, sentiment and its trajectory, topics, intents, ratings, what
    they experienced from the brand, and relationship signals (advocate / detractor, churn risk, contact
    preference, competitors mentioned). `facts`: `thread_facts(messages)` where already computed."""
    m = messages
    voice = m[(m[S.AUTHOR_ROLE] == "customer") & m[S.AUTHOR_ID].notna()].copy()
    if voice.empty:  # no authors (reviews, surveys): no customers to describe
        return pd.DataFrame(columns=CUSTOMER_COLUMNS)
    voice = voice.merge(thread_facts(m) if facts is None else facts, on=S.MESSAGE_ID, how="left")
    voice = voice.sort_values([S.AUTHOR_ID, S.CREATED_AT, S.MESSAGE_ID], na_position="last")
    latest = m[S.CREATED_AT].max()
    text = voice[S.TEXT].fillna("")
    arrow = text.astype("string[pyarrow]")  # the patterns run in Arrow's RE2, vectorised, not row by row
    voice["_recommend"] = _matches(arrow, RECOMMEND)
    voice["_too_often"] = _matches(arrow, TOO_OFTEN)
    voice["_too_little"] = _matches(arrow, TOO_LITTLE)
    for ch, rx in ASKED_CHANNEL.items():
        voice[f"_asked_{ch}"] = _matches(arrow, rx)
    voice["_rating_class"] = _rating_classes(voice[S.RATING], voice[S.RATING_TYPE])
    comp = [c for c in competitors if c.strip()]
    if comp:
        pattern = re.compile(r"\b(" + "|".join(re.escape(c) for c in comp) + r")\b", re.I)
        found = text.str.findall(pattern).explode().dropna().str.lower()
    who = voice[S.AUTHOR_ID]
    g = voice.groupby(S.AUTHOR_ID, sort=True)
    out = pd.DataFrame({
        "messages": g.size(),
        "conversations": g[S.CONVERSATION_ID].nunique(),
        "first_seen": g[S.CREATED_AT].min(),
        "last_seen": g[S.CREATED_AT].max(),
        "active_days": voice[S.CREATED_AT].dt.floor("D").groupby(who).nunique(),
    })
    out["channels"] = _distinct(voice, S.CHANNEL, out.index)
    out["preferred_channel"] = _most_common(voice, S.CHANNEL, out.index)
    out["brands"] = _distinct(voice, S.BRAND, out.index)
    out["main_brand"] = _most_common(voice, S.BRAND, out.index)
    out["recency_days"] = (latest - out["last_seen"]).dt.total_seconds() / 86400
    span_months = ((out["last_seen"] - out["first_seen"]).dt.total_seconds() / (86400 * 30.44)).clip(lower=1)
    out["contacts_per_month"] = out["conversations"] / span_months
    if "sentiment_score" in voice:
        out["mean_sentiment"] = g["sentiment_score"].mean()
        out["sentiment_first"], out["sentiment_latest"] = g["sentiment_score"].first(), g["sentiment_score"].last()
        out["sentiment_change"] = out["sentiment_latest"] - out["sentiment_first"]
        out["negative_share"] = voice["sentiment_label"].eq("negative").groupby(who).mean()
    if "topic_label" in voice:
        # Customer-weighted: each customer's own topic mix, so one loud customer cannot dominate.
        # topics only: not the unclear, nor the groups kept out of the topics (no subject, other languages)
        clear = voice[voice["topic_label"].notna() & ~voice["topic_label"].isin(NOT_TOPICS)]
        out["top_topics"] = _ranked(clear, "topic_label", out.index, top_topics)
    if "intent" in voice:
        counts = _counts(voice, "intent")
        out["intents"] = pd.Series(_dicts(counts[S.AUTHOR_ID], counts["intent"], counts["n"]),
                                   dtype=object).reindex(out.index)
        out["intents"] = out["intents"].map(lambda d: d if isinstance(d, dict) else {})
        out["main_intent"] = _most_common(voice, "intent", out.index)
        out["churn_threats"] = voice["intent"].eq("churn_threat").groupby(who).sum().astype(int)
    out["mean_rating"] = g[S.RATING].mean()
    out["rating_type"] = g[S.RATING_TYPE].first()
    # Unknown, not zero, where the export holds no brand replies at all (nothing says they went unanswered).
    out["answered_share"] = voice["answered"].where(voice["measured"].astype(bool)).astype(float).groupby(who).mean() \
        if (m[S.AUTHOR_ROLE] == "brand").any() else np.nan
    out["median_response_minutes"] = g["response_minutes"].median()
    out["recommends"] = g["_recommend"].any()
    out["rating_class"] = g["_rating_class"].last()
    out["asks_less_contact"] = g["_too_often"].any()
    out["asks_more_contact"] = g["_too_little"].any()
    asked = pd.DataFrame({ch: g[f"_asked_{ch}"].any() for ch in ASKED_CHANNEL})
    out["channels_asked_for"] = [sorted(c for c, yes in zip(asked.columns, row, strict=True) if yes)
                                 for row in asked.to_numpy()]
    if comp:
        named = found.groupby(who.reindex(found.index)).unique().map(sorted)
        out["competitors_mentioned"] = named.reindex(out.index).map(lambda v: v if isinstance(v, list) else [])
    out = out.reset_index().rename(columns={S.AUTHOR_ID: "customer_id"})
    out["relationship"] = [_relationship(r) for r in out.itertuples()]
    risk = [_churn_risk(r) for r in out.itertuples()]
    out["churn_risk"] = [r[0] for r in risk]
    out["churn_reasons"] = [r[1] for r in risk]
    return out


def _relationship(r) -> str:
    """advocate, detractor or neutral: ratings first, then recommendation language, then sentiment."""
    if r.rating_class == "promoter" or (r.recommends and getattr(r, "mean_sentiment", 0) >= 0):
        return "advocate"
    if r.rating_class == "detractor" or getattr(r, "churn_threats", 0) > 0:
        return "detractor"
    s = getattr(r, "mean_sentiment", np.nan)
    if pd.notna(s) and s >= 0.5:
        return "advocate"
    if pd.notna(s) and s <= -0.5:
        return "detractor"
    return "neutral"


def _churn_risk(r) -> tuple[str, list[str]]:
    """high / medium / low, with the reasons that led there."""
    reasons = []
    if getattr(r, "churn_threats", 0) > 0:
        reasons.append("threatened to cancel, switch or leave")
    change = getattr(r, "sentiment_change", np.nan)
    # falling over the relationship: across conversations or days, not within one exchange of an afternoon
    # ("got my order!" then "but the queso is missing")
    over_time = getattr(r, "conversations", 1) >= 2 or getattr(r, "active_days", 1) >= 2
    if r.messages >= 2 and over_time and pd.notna(change) and change <= -0.5:
        reasons.append("sentiment falling")
    if r.relationship == "detractor" and pd.notna(r.answered_share) and r.answered_share < 0.5:
        reasons.append("unhappy and mostly unanswered")
    if r.asks_more_contact:
        reasons.append("says nobody gets back to them")
    level = "high" if reasons and reasons[0].startswith("threatened") or len(reasons) >= 2 else \
        "medium" if reasons else "low"
    return level, reasons


def customer_timeline(messages: pd.DataFrame, customer_id: str) -> pd.DataFrame:
    """Everything in the conversations a customer took part in, in time order, across channels."""
    m = messages
    convs = set(m.loc[m[S.AUTHOR_ID] == customer_id, S.CONVERSATION_ID])
    cols = [c for c in (S.CREATED_AT, S.CHANNEL, S.BRAND, S.AUTHOR_ROLE, S.AUTHOR_ID, S.TEXT, "sentiment_label",
                        "intent", "topic_label", S.CONVERSATION_ID, S.MESSAGE_ID) if c in m.columns]
    t = m[m[S.CONVERSATION_ID].isin(convs)][cols].sort_values([S.CREATED_AT, S.MESSAGE_ID], na_position="last")
    return t.reset_index(drop=True)


def responsiveness(messages: pd.DataFrame, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """By brand and channel: conversations started by customers, the share the brand answered, the median
    first-response time, customers left with no answer at all, and the brand's messages no person wrote (which
    answer nobody). `facts`: `thread_facts(messages)` where already computed."""
    m = messages
    bots = m.loc[automated(m), [S.BRAND, S.CHANNEL]].fillna({S.BRAND: "(unknown)"}).value_counts()
    facts = thread_facts(m) if facts is None else facts
    voice = m[m[S.AUTHOR_ROLE] != "brand"].merge(facts, on=S.MESSAGE_ID)
    voice = voice[voice["measured"].astype(bool)]  # files with none of the brand's side tell nothing of its answers
    if voice.empty:
        return pd.DataFrame(columns=["brand", "channel", "conversations", "reply_rate",
                                     "median_first_response_minutes", "unanswered_customers", "measured_from",
                                     "stated_column", "automated_replies"])
    stated = stated_response_column(m[m[S.AUTHOR_ROLE] != "brand"])[0] if facts["response_stated"].any() else None
    replies = (m[S.AUTHOR_ROLE] == "brand").any()
    measured_from = ("the brand's replies" + (f" and column '{stated}'" if stated else "") if replies
                     else f"column '{stated}'" if stated else "the brand's replies")
    voice = voice.sort_values([S.CREATED_AT, S.MESSAGE_ID], na_position="last")
    first = voice.drop_duplicates(S.CONVERSATION_ID)  # each conversation's first customer message
    conv_answered = voice.groupby(S.CONVERSATION_ID)["answered"].any()
    first = first.assign(conv_answered=first[S.CONVERSATION_ID].map(conv_answered),
                         brand_=first[S.BRAND].fillna("(unknown)"))
    cust_answered = voice.groupby(S.AUTHOR_ID)["answered"].any()
    rows = []
    for (brand, channel), grp in first.groupby(["brand_", S.CHANNEL]):
        in_cell = (voice[S.BRAND].fillna("(unknown)") == brand) & (voice[S.CHANNEL] == channel)
        customers = voice.loc[in_cell, S.AUTHOR_ID].dropna().unique()
        rows.append({
            "brand": brand, "channel": channel, "conversations": len(grp),
            "customer_messages": int(in_cell.sum()),
            "reply_rate": float(grp["conv_answered"].mean()),
            "median_first_response_minutes": float(grp["response_minutes"].median()),
            # None, not 0, where the export names no authors: the customers are unknown, not absent
            "customers": len(customers) or None,
            "unanswered_customers": int((~cust_answered.reindex(customers).fillna(False)).sum()) if len(customers)
            else None,
            "measured_from": measured_from,
            "stated_column": stated,  # the export's column that states first responses, if one was read
            "automated_replies": int(bots.get((brand, channel), 0)),
        })
    out = pd.DataFrame(rows).astype({"customers": "Int64", "unanswered_customers": "Int64"})
    return out.sort_values(["conversations", "brand"], ascending=[False, True]).reset_index(drop=True)
