"""The executive summary: the question answered in plain words from the analysis tables.

Every number links to the section of the report that shows the table it came from (anchors `t-<table>`).
Customer text is untrusted: everything quoted is HTML-escaped here.
"""

from __future__ import annotations

import html
import json
import re

import pandas as pd

from workbench import schema as S
from workbench.analysis.per_message import in_other_language, unread_languages
from workbench.analysis.sentiment import EXPORT_SENTIMENT_NAME, export_sentiment
from workbench.analysis.topic_quotes import swears as _swears
from workbench.analysis.topic_words import is_unnamed
from workbench.customers.compare import OUTSIDE
from workbench.customers.profiles import sources_without_replies
from workbench.customers.segments import SMALL_SEGMENT, net_advocacy
from workbench.customers.stats import two_proportion_test, wilson
from workbench.customers.trends import dense_periods
from workbench.ingest.clean import URL


def _a(table: str, text: str) -> str:
    return f'<a href="#t-{table}">{html.escape(text)}</a>'


def percent(x: float) -> str:
    """A share as a percentage: one decimal near 0 and 1 (4.7%, 96.2%), none elsewhere, never 0.0% or 100.0% for a
    share that is not nothing or all (<0.1%, >99.9%); "n/a" where missing."""
    if pd.isna(x):
        return "n/a"
    x = round(float(x), 9)  # 0.9999999999 from floating-point arithmetic is all
    if 0 < x < 0.0495 or 0.9505 < x < 1:  # 4.9%, 5%, 95%, 95.1%: never "5.0%" beside "5%"
        return {"0.0%": "<0.1%", "100.0%": ">99.9%"}.get(f"{x:.1%}", f"{x:.1%}")
    return f"{x:.0%}"


def duration(minutes: float) -> str:
    """A time span as a reader says it: "16 s" under a minute (an agent answering a call or a live chat),
    "25 min" under an hour, "14.5 h" under two days, "3.2 days" beyond."""
    if minutes * 60 < 59.5:
        return f"{max(minutes, 0) * 60:.0f} s"
    if minutes < 59.5:
        return f"{minutes:.0f} min"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} h"
    return f"{minutes / 1440:.1f} days"


def _difference(x: float, sign: bool = True) -> str:
    """A difference in sentiment score to two decimals, signed where `sign`; one that rounds to nothing reads
    0.00, never -0.00 or +0.00."""
    text = f"{x:+.2f}" if sign else f"{x:.2f}"
    return "0.00" if text.lstrip("+-") == "0.00" else text


def count_of(count: int, word: str) -> str:
    """A count and its noun, singular for one: "1 message", "1,207 customer messages"."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def why_no_topics(t: dict[str, pd.DataFrame]) -> str:
    """Why an export has no topics (too few messages to find any), as the topics table says it."""
    unclear = t["topics"][t["topics"]["topic_id"] == -1]
    return str(unclear["description"].iloc[0]) if len(unclear) else "No topics were found."


def groupable_columns(messages: pd.DataFrame, most: int = 3, sample: int = 2000) -> list[str]:
    """The export's own columns (kept in `metadata`) that would make groups worth comparing: filled in at
    least half of the messages, with 2 to 25 distinct values, not numbers and not redacted (a department,
    a product line, a plan), most filled first."""
    if S.METADATA not in messages or messages[S.METADATA].isna().all():
        return []
    meta = pd.json_normalize(messages[S.METADATA].dropna().head(sample).map(json.loads).tolist())
    found = []
    for key in meta.columns:
        values = meta[key].dropna().astype(str).str.strip()
        values = values[(values != "") & (values != "[REDACTED]")]
        numeric = pd.to_numeric(values, errors="coerce").notna().mean() > 0.5 if len(values) else True
        opinion = EXPORT_SENTIMENT_NAME.search(str(key))  # the export's own sentiment: compared, not a group
        if len(values) >= 0.5 * len(meta) and 2 <= values.nunique() <= 25 and not numeric and not opinion:
            found.append((-len(values), key))
    return [key for _, key in sorted(found)[:most]]


def _grouping_hint(messages: pd.DataFrame) -> str:
    """One sentence saying how to compare groups, where the export has columns that would make them."""
    cols = groupable_columns(messages)
    if not cols:
        return ""
    names = ", ".join(f"<code>{html.escape(c)}</code>" for c in cols)
    return (f" To compare groups message by message, analyse again with <code>--segment-by</code> and one of this "
            f"export's columns: {names}.")


def _by_message_groups(t: dict[str, pd.DataFrame]) -> str:
    """Who they are, where customers cannot be told apart: the groups (brands, say) compared message by
    message, with their negative shares and 95% intervals; else why nothing is segmented."""
    grid = t["segment_topics"]
    messages = t.get("messages", pd.DataFrame(columns=["author_role"]))
    reason = no_customers_reason(messages) if t["customers"].empty else "Too few customers to segment"
    hint = _grouping_hint(messages)
    if not len(grid) or "dimension" not in grid:
        return reason + "." + hint
    neg = grid[(grid["dimension"] == "sentiment") & (grid["value"] == "negative")]
    neg = neg.sort_values("segment_messages", ascending=False)
    if neg["segment"].nunique() < 2:
        return reason + "." + hint
    runs = t.get("analysis_runs", t.get("run"))
    by = "brand"  # the default grouping, where no --segment-by was given
    if runs is not None and len(runs) and "params" in runs:
        by = json.loads(runs["params"].iloc[-1] or "{}").get("segment_by") or by

    def group(r) -> str:  # "Acme 200 messages"; the messages that carry no value "818 messages naming no brand"
        n = _a("segment_topics", f"{int(r.segment_messages):,} messages")
        return f"{n} naming no {html.escape(str(by))}" if r.segment in OUTSIDE else f"{html.escape(str(r.segment))} {n}"

    parts = [f"{group(r)}, {percent(r.share_messages)} negative ({percent(r.ci_low)} to {percent(r.ci_high)})"
             + ("" if r.segment_messages >= 30 else ", small: read with care") for r in neg.head(5).itertuples()]
    more = f" and {neg['segment'].nunique() - 5} more" if neg["segment"].nunique() > 5 else ""
    return (f"{reason}; their messages are compared by {html.escape(str(by))} instead: " + "; ".join(parts) + more
            + ".")


def share_sentence(shares: pd.DataFrame, calibrated: bool) -> str:
    """The sentence under every sentiment share: the estimate corrected for the model's errors, its 95%
    interval, and where the error rates come from; and, where messages carry star ratings, that their stars
    set their sentiment. `shares` is the sentiment_shares table indexed by label."""
    stars = int(shares["from_stars"].fillna(0).iloc[0]) if "from_stars" in shares and len(shares) else 0
    note = (f" {stars:,} messages carry a star rating: their stars set their sentiment (1-2 negative, 3 neutral, "
            "4-5 positive) and are counted as they are; the model reads the rest." if stars else "")
    if stars and "from_model" in shares and not int(shares["from_model"].iloc[0]):
        return ("Every message carries a star rating: its stars set its sentiment (1-2 negative, 3 neutral, "
                "4-5 positive), so these shares are counts, not estimates.")
    return _model_share_sentence(shares, calibrated) + note


def _model_share_sentence(shares: pd.DataFrame, calibrated: bool) -> str:
    neg = shares.loc["negative"]
    if pd.isna(neg["ci_low"]) or pd.isna(neg["corrected_share"]):
        return "The model's error rates are unknown here, so no interval can be given."
    if "error_rates_fit" in shares and not bool(shares["error_rates_fit"].iloc[0]):
        widened = "widened" in str(shares["method"].iloc[0])
        return ("The model's error rates, measured on public data sets, vary too much from one data set to another "
                "to correct this export's shares with, so no correction is made; allowing for sampling"
                + (" and for how far the model's shares landed from the truth on public data sets it did not learn "
                   "from" if widened else "")
                + f", the true negative share lies between {percent(neg['ci_low'])} and {percent(neg['ci_high'])} (95% "
                "interval). Label a sample with workbench label --suggest to measure its errors on your messages.")
    source = (f"measured on your {shares['method'].iloc[0].split('from ')[-1]}" if calibrated else
              "measured on public data sets it did not learn from; label a sample with workbench label --suggest "
              "to measure them on yours")
    return (f"Allowing for the model's errors ({source}), the true negative share is estimated at "
            f"{percent(neg['corrected_share'])} (95% interval {percent(neg['ci_low'])} to {percent(neg['ci_high'])}).")


def _quote(text: str) -> str:
    from workbench.analysis.topic_quotes import whole_words

    return f"<q>{html.escape(whole_words(str(text), 200))}</q>"


def _stop_after(quoted: str) -> str:
    """The full stop after a sentence that ends with a quote: none where the quote ends with its own."""
    return "" if re.search(r"[.!?…]\W*$", str(quoted).strip()) else "."


WANTS = ("complaint", "request", "question", "churn_threat")  # intents that say what a customer wants


URL_OR_TAG = re.compile(URL.pattern + r"|[#@]\w+", re.I)


def swears(texts: pd.Series) -> pd.Series:
    """Whether each text swears (the words topic names never use): a summary's example quote is forwarded to
    managers, so one that does not swear is preferred when the choice exists."""
    return texts.fillna("").astype(str).map(_swears).astype(bool)


def _topic_example(quotes: pd.DataFrame, topic: pd.Series) -> str | None:
    """The quote that best shows what a topic's customers want: one that says what the topic's label says, else
    one that holds a keyphrase of the topic (a topic gathers some messages about something else: those say
    nothing of it); then one that asks, complains or requests (not a promotion or a bare reaction), and of those
    the one that holds most of the topic's keyphrases, the first (most telling) counting most; one that does not
    swear before one that does (`swears`)."""
    q = quotes[quotes["topic_label"] == topic["label"]] if len(quotes) else quotes
    if not len(q):
        return None
    def words_of(text: str) -> set[str]:
        return set(re.findall(r"[a-z][a-z']+", text.lower()))

    phrases = [words_of(k) for k in str(topic.get("keywords", "") or "").split(",")]
    named = [words_of(p) for p in str(topic["label"]).split(" and ")]  # what the reader reads the topic as

    def held(text: str, among: list[set[str]]) -> float:
        words = words_of(text)
        return sum(1 / (1 + rank) for rank, phrase in enumerate(among) if phrase and phrase <= words)

    texts = q["text"].astype(str)
    hits = texts.map(lambda t: held(t, phrases))
    wants = q["intent"].isin(WANTS) if "intent" in q else pd.Series(True, index=q.index)
    ranked = q.assign(_clean=~swears(q["text"]), _named=texts.map(lambda t: held(t, named)) > 0, _on=hits > 0,
                      _wants=wants, _hits=hits).sort_values(["_clean", "_named", "_on", "_wants", "_hits"],
                                                            ascending=False, kind="stable")
    return str(ranked["text"].iloc[0])


def adjusted_for_segment(t: dict[str, pd.DataFrame]) -> str:
    """", adjusted for brand" where the drivers were compared within the groups a researcher's column gives
    (`adjusted_for`: brand, plan; there are several); nothing where they were not (behavioural segments, which
    are clustered on topics and sentiment). A workspace analysed before that column: ", adjusted for segment"
    where there are several segments, as it was."""
    d = t.get("drivers")
    if d is not None and "adjusted_for" in d:
        by = next((str(v) for v in d["adjusted_for"].dropna() if str(v)), "")
        segments = t.get("segments")
        several = segments is None or len(segments) > 1
        return f", adjusted for {html.escape(by)}" if by and several else ""
    segments = t.get("segments")
    return ", adjusted for segment" if segments is not None and len(segments) > 1 else ""


def _headline_interval(neg: pd.Series, modelled: int) -> str:
    """What follows the headline negative share: how it was counted, or its 95% interval. Where the estimate
    corrected for the model's errors differs from the share the labels give, the interval belongs to the
    corrected estimate, so that estimate is named with it (never a share beside an interval that leaves it out)."""
    if modelled == 0:
        return " (counted from their star ratings)"
    if pd.isna(neg["ci_low"]) or pd.isna(neg["ci_high"]):
        return " (no interval: the model's error rates are unknown here)"
    interval = f"95% interval {percent(neg['ci_low'])} to {percent(neg['ci_high'])}"
    corrected = neg.get("corrected_share")
    if pd.notna(corrected) and percent(corrected) != percent(neg["predicted_share"]):
        return f"; allowing for the model's errors, an estimated {percent(corrected)} are ({interval})"
    return f" ({interval})"


def negative_drivers(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Topics whose messages score lower in sentiment than the rest, the largest difference first, with
    `beyond_chance`: the interval excludes no difference and, where the drivers table carries one, the
    Benjamini-Hochberg q-value (allowing for the number of topics compared) is under 0.05."""
    d = t.get("drivers", pd.DataFrame(columns=["outcome", "effect", "ci_low", "ci_high", "topic"]))
    d = d[(d["outcome"] == "sentiment_score") & (d["effect"] < 0)].sort_values("effect")
    beyond = d["ci_high"] < 0
    if "q_value" in d:
        beyond &= d["q_value"].fillna(1.0) < 0.05
    return d.assign(beyond_chance=beyond.astype(bool))


def is_survey(m: pd.DataFrame) -> bool:
    """Whether an export is a survey's: every customer message on channel survey."""
    voice = customer_voice(m)["channel"] if "channel" in m else pd.Series(dtype=str)
    return bool(len(voice)) and bool(voice.eq("survey").all())


def customer_voice(m: pd.DataFrame) -> pd.DataFrame:
    """The messages the analysis reads as the customers': every one not the brand's, those whose author's side the
    export does not say included (a chat ingested without --brand-author), as `analyse` reads them."""
    return m[m["author_role"] != "brand"]


def unknown_side_authors(m: pd.DataFrame) -> int:
    """How many authors the export names without saying whether they speak for the brand (a chat ingested without
    --brand-author)."""
    return int(m.loc[m["author_role"] == "unknown", S.AUTHOR_ID].nunique()) if S.AUTHOR_ID in m else 0


REINGEST = " (ingest it again with --brand-author NAME)"
# What responsiveness is where no author is known to speak for the brand
REPLIES_UNKNOWN = f"The export does not say which messages are the brand's replies, so responsiveness cannot be " \
                  f"measured{REINGEST}."


def no_customers_reason(m: pd.DataFrame, cannot: str = "counted or segmented") -> str:
    """Why no customer can be counted: the export names no authors, or names them without saying which speak for
    the brand (a chat ingested without --brand-author, with the way to say it). `cannot`: what cannot be done."""
    if n := unknown_side_authors(m):
        return (f"This export does not say which of its {count_of(n, 'author')} speak for the brand, so customers "
                f"cannot be {cannot}{REINGEST}")
    return f"This export names no authors, so customers cannot be {cannot}"


def _who(m: pd.DataFrame) -> tuple[str, str, str]:
    """What the summary calls the people, their messages, and one of them: respondents, answers and answer in a
    survey (`is_survey`); customers, customer messages and message otherwise."""
    return ("respondent", "answer", "answer") if is_survey(m) else ("customer", "customer message", "message")


# How much lower a topic's messages must score than the rest (sentiment score, -1 to 1) to be a fix to make first:
# a twentieth of the scale.
FIX_GAP = 0.1


def key_findings(t: dict[str, pd.DataFrame]) -> tuple[list[str], list[str]]:
    """Three to five findings, each a sentence with its number, 95% interval and, where there is one, a
    customer's words; then what to do next, drawn from the drivers and the trends. HTML, escaped."""
    m = t["messages"]
    person, said, unit = _who(m)
    voice = m[(m["author_role"] != "brand") & m["sentiment_label"].notna()]
    findings, actions = [], []
    shares = t["sentiment_shares"].set_index("label")
    unread, foreign = unread_note(voice, said)
    if foreign:  # most of what they wrote is read by no model here: that comes before any figure
        findings.append(unread.strip())
    if len(voice) and "negative" in shares.index:
        neg = shares.loc["negative"]
        modelled = int(neg["from_model"]) if "from_model" in neg and pd.notna(neg["from_model"]) else len(voice)
        findings.append(f"{_a('sentiment_shares', percent(neg['predicted_share']))} of {said}s read as "
                        f"negative{_headline_interval(neg, modelled)}"
                        + (", a figure the languages above leave unreliable." if foreign else "."))
    if unread and not foreign and unread_languages(voice[S.LANGUAGE]).sum() >= MOSTLY_UNREAD * len(voice):
        findings.append(unread.strip())  # it qualifies every figure after it
    negative = voice[(voice["sentiment_label"] == "negative") & voice.get("theme_id", pd.Series(dtype=float)).ge(0)]
    themed = voice.loc[voice.get("theme_id", pd.Series(dtype=float)).ge(0), "theme_label"] if len(negative) else []
    # one theme holding every message is no "biggest source" ("100% of negative messages against 100% of all")
    if len(negative) >= 20 and "theme_label" in negative and pd.Series(themed).nunique() >= 2:
        counts = negative["theme_label"].value_counts()
        theme, k = counts.index[0], int(counts.iloc[0])
        lo, hi = wilson(k, len(negative))
        # The most negative message that says something (eight words or more, links and tags not counted), not
        # a bare "Even #worse", does not swear, where one does not have to, and holds no link a reader cannot
        # follow ("http://t.co/5oK4XcOw Microsoft !! i hate you again !!")
        members = negative[negative["theme_label"] == theme]
        text = members[S.TEXT].astype(str)
        words = text.str.replace(URL_OR_TAG, " ", regex=True).str.count(r"\b[^\W\d_]+\b")
        # Among equal scores (a star rating's: every 1-star review scores -1) the words that read most negative
        # (VADER's compound) speak for the theme, not the first in the file ("This is an extremely flattering
        # dress", in a 1-star review that complains further on)
        keys = ["_swears", "_short", "_link", "sentiment_score"]
        ranked = members.assign(_swears=swears(members[S.TEXT]), _short=words.lt(8),
                                _link=text.str.contains(URL)).sort_values(keys, kind="stable")
        filled = ranked[keys].fillna(-9.0)  # a missing score ties with a missing score
        tied = ranked[filled.eq(filled.iloc[0]).all(axis=1)].head(500) if len(ranked) else ranked
        if len(tied) > 1:  # read only the tied, at most 500: VADER reads one text at a time
            from workbench.analysis.sentiment import vader_analyzer

            vader = vader_analyzer()
            tone = tied[S.TEXT].astype(str).map(lambda x: vader.polarity_scores(x[:2000])["compound"])
            tied = tied.assign(_tone=tone).sort_values("_tone", kind="stable")
        example = tied[S.TEXT].head(1)
        # a theme groups topics and may hold much of the export: its share of all messages is the baseline
        everyone = voice[voice.get("theme_id", pd.Series(dtype=float)).ge(0)]
        overall = float((everyone["theme_label"] == theme).mean())
        # whether the theme leads by its size or by its tone, where the interval tells
        why = (" (it leads by its size: its messages are less often negative than the others')" if hi < overall
               else " (more than its size alone would give)" if lo > overall else "")
        findings.append(f"The biggest source of complaints is the theme <em>{html.escape(str(theme))}</em>: "
                        f"{_a('themes', percent(k / len(negative)))} of negative {unit}s (95% interval "
                        f"{percent(float(lo))} to {percent(float(hi))}) against {percent(overall)} of all {unit}s"
                        + why + (f", for example {_quote(example.iloc[0])}" + _stop_after(example.iloc[0])
                                 if len(example) else "."))
    grid = t.get("segment_topics", pd.DataFrame())
    if len(grid) and "dimension" in grid:
        neg_cells = grid[(grid["dimension"] == "sentiment") & (grid["value"] == "negative") & grid["enough_data"]
                         & grid["significant"].fillna(False).astype(bool) & ~grid["segment"].isin(OUTSIDE)]
        worse = neg_cells[neg_cells["lift"] > 1]  # more negative than the rest; else the one that fares best
        pick = worse.nlargest(1, "lift") if len(worse) else neg_cells.nsmallest(1, "lift")
        for r in pick.itertuples():
            findings.append(f"{html.escape(str(r.segment))} "
                            f"{'stands out' if r.lift > 1 else 'fares best'}: "
                            f"{_a('segment_topics', percent(r.share_messages))} of its {unit}s are negative "
                            f"(95% interval {percent(r.ci_low)} to {percent(r.ci_high)}) against "
                            f"{percent(r.rest_share)} elsewhere.")
    alerts = t.get("alerts", pd.DataFrame(columns=["kind", "message", "topic"]))
    if len(alerts):
        findings.append(html.escape(str(alerts["message"].iloc[0])))
    c = t.get("customers", pd.DataFrame())
    if len(c) and "churn_risk" in c:
        high = int((c["churn_risk"] == "high").sum())
        lo, hi = wilson(high, len(c))
        findings.append(f"No {person} is at high risk of leaving (95% interval 0% to {percent(float(hi))} of "
                        f"{count_of(len(c), person)})." if not high else
                        f"{_a('customers', count_of(high, person))} ({percent(high / len(c))}, 95% interval "
                        f"{percent(float(lo))} to {percent(float(hi))}) {'is' if high == 1 else 'are'} at high risk "
                        "of leaving.")
    d = negative_drivers(t)
    # no topic to fix on sentiment no model here could read, nor one whose messages share no subject, nor one
    # that scores lower by a trifle only (significant among thousands of messages: 0.05 in 9,000 tweets)
    d = d[d["beyond_chance"] & (not foreign) & ~d["topic"].map(is_unnamed).astype(bool)
          & (d["effect"] <= -FIX_GAP)]
    if "messages" in d:  # the most pain first: how much lower a topic scores times how many messages it holds
        d = d.assign(_pull=-d["effect"] * d["messages"]).sort_values("_pull", ascending=False, kind="stable")
    theme_of = _theme_of_topic(t)
    for i, r in enumerate(d.head(2).itertuples()):
        # two topics of one theme ("crashes and buggy", "crashes and bug"): the reader is told they are kin
        kin = i == 1 and theme_of.get(r.topic) is not None and theme_of.get(r.topic) == theme_of.get(
            d["topic"].iloc[0])
        lead = f"Fix <em>{html.escape(str(r.topic))}</em> first" if i == 0 else \
            f"Then <em>{html.escape(str(r.topic))}</em>" + (
                f", of the same theme (<em>{html.escape(str(theme_of[r.topic]))}</em>)" if kin else "")
        its = f"its {count_of(int(r.messages), unit)}" if "messages" in d else f"its {unit}s"
        most = (f"; no topic pulls the overall score down more (the difference times its {unit}s)"
                if i == 0 and "messages" in d and len(d) > 1 else "")
        actions.append(f"{lead}: {its} score {_a('drivers', _difference(-r.effect, sign=False))} lower in "
                       f"sentiment (on a -1 to 1 scale) than the rest (95% interval "
                       f"{_difference(-r.ci_high, sign=False)} to {_difference(-r.ci_low, sign=False)} lower"
                       f"{adjusted_for_segment(t)}){most}.")
    spikes = alerts[alerts["kind"].isin(["spike", "emerging"])] if len(alerts) else alerts
    if len(spikes):
        actions.append(f"Keep an eye on <em>{html.escape(str(spikes['topic'].iloc[0]))}</em>: it is rising "
                       f"({_a('alerts', 'alerts')}).")
    if foreign:
        actions.insert(0, f"Read the topics and their quotes: most {said}s are in languages the sentiment, emotion "
                          "and intent models do not read, so their figures here are unreliable; label a sample with "
                          "workbench label --suggest to measure how far off they are.")
    if not actions and "topics" in t and not (t["topics"]["topic_id"] >= 0).any():
        actions.append(f"Gather more messages before looking for topics. {html.escape(why_no_topics(t))}")
    elif not actions:
        actions.append(f"No topic pulls sentiment down beyond chance by {FIX_GAP} or more (on a -1 to 1 scale) yet; "
                       "label a sample with workbench label --suggest to sharpen the model, and compare again next "
                       "period.")
    return findings[:5], actions


def _theme_of_topic(t: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Each topic's label -> its theme's label, for themes of two topics or more (none where no themes)."""
    themes, topics = t.get("themes"), t.get("topics")
    if themes is None or topics is None or "topic_ids" not in themes or not len(themes):
        return {}
    label = dict(zip(topics["topic_id"], topics["label"], strict=True))
    return {label[i]: r.label for r in themes[themes["theme_id"] >= 0].itertuples()
            if len(r.topic_ids) > 1 for i in r.topic_ids if i in label}


def feeling_sentence(negative: float, positive: float, said: str) -> str:
    """How many messages read as negative and positive, a share of nothing in words ("none as positive", never
    "0% as positive": the model found none, which a percentage sign makes look like missing data)."""
    neg = (f"{_a('sentiment_shares', percent(negative))} of" if negative > 0 else
           f"{_a('sentiment_shares', 'None')} of the")
    pos = _a("sentiment_shares", percent(positive) if positive > 0 else "none")
    return f"{neg} {said}s read as negative and {pos} as positive."


def nothing_new_sentence(voice: pd.DataFrame, topics: pd.DataFrame, period: str | None = None) -> str:
    """What "no alerts" means for this export: none found, or none that could be looked for (no topics to rise;
    dates within one period, where spikes compare each period with the ones before it). `period`: what trends
    compared (D, W or M; by default months where the messages are dated by the month alone, else weeks)."""
    if topics.empty or not (topics["topic_id"] >= 0).any():
        return "No topics were found, so no topic can be seen rising."
    dated = voice[S.CREATED_AT].dropna() if S.CREATED_AT in voice else pd.Series(dtype="datetime64[ns, UTC]")
    period = S.period_alias(period) if period else S.default_period(dated)
    unit = S.PERIOD_UNITS[period]
    periods = dated.dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period(period)
    spanned = (periods.max() - periods.min()).n + 1 if len(periods) else 0  # quiet periods included
    if spanned < 2:
        which = "dated messages" if len(dated) < len(voice) else "messages"  # beside reviews with no date
        return (f"The {which} fall within one {unit}, too short to tell what is new: a spike is a {unit} whose "
                f"share of a topic stands out from the {unit}s before it.")
    return f"{_a('alerts', 'No spikes or emerging topics')} in the {spanned} {unit}s the export spans."


def analysis_period(t: dict[str, pd.DataFrame]) -> str | None:
    """The period the analysis compared over time (D, W or M), as its run stored it; None if it did not say."""
    runs = t.get("analysis_runs", t.get("run"))
    if runs is None or not len(runs) or "params" not in runs:
        return None
    period = json.loads(runs["params"].iloc[-1] or "{}").get("period")
    return S.period_alias(period) if period else None


def _date(when: pd.Timestamp, by_month: bool) -> str:
    """A date as the summary writes it: "05 Mar 2024", or "March 2024" where the export dates by the month."""
    return f"{when:%B %Y}" if by_month else f"{when:%d %b %Y}"


def negative_trend(analysed: pd.DataFrame) -> str:
    """A sentence comparing the negative share of the latest fifth of the messages, by date, with the rest (at
    least 100 dated messages), naming the day that fifth starts (a "fifth of the period" would read as a fifth of
    the time, which a few messages years before the rest make years long): up or down only where a two-proportion
    test says so (p < 0.05)."""
    dated = analysed.dropna(subset=["created_at"]).sort_values("created_at")
    if len(dated) < 100:
        return ""
    cut = dated["created_at"].iloc[int(len(dated) * 0.8)]
    late = dated["created_at"] >= cut
    negative = dated["sentiment_label"] == "negative"
    k1, n1, k0, n0 = int(negative[late].sum()), int(late.sum()), int(negative[~late].sum()), int((~late).sum())
    recent, before = k1 / n1, k0 / max(n0, 1)
    p = float(two_proportion_test(k1, n1, k0, n0)) if n0 else 1.0
    direction = (("up" if recent > before else "down") + f" (two-proportion test, p = {p:.2g})" if p < 0.05
                 else f"no change beyond chance (two-proportion test, p = {p:.2g})")
    since = _date(cut, S.dated_by_month(dated["created_at"]))
    return (f" In the latest fifth of the {'messages' if len(dated) == len(analysed) else 'dated messages'} (since "
            f"{since}) the negative share is {_a('trends', percent(recent))} against "
            f"{_a('trends', percent(before))} before: {direction}.")


def nps_sentence(voice: pd.DataFrame) -> str:
    """The Net Promoter Score of the answers to a recommendation question (0-10), with its 95% interval, as a
    sentence; empty where the export asks none."""
    asked = voice[S.RATING_TYPE].astype("string").eq("nps").fillna(False) if S.RATING_TYPE in voice else []
    scores = pd.to_numeric(voice.loc[asked, S.RATING], errors="coerce").dropna() if len(voice) else pd.Series()
    if not len(scores):
        return ""
    promoters, detractors = int((scores >= 9).sum()), int((scores <= 6).sum())
    net, low, high = net_advocacy(promoters, detractors, len(scores))
    signed = lambda x: f"{round(x) + 0:+d}"  # noqa: E731  (never "-0")
    return (f"Net Promoter Score {_a('messages', signed(net))} (95% interval {signed(low)} to {signed(high)}) from "
            f"{count_of(len(scores), 'answer')} to the recommendation question: {percent(promoters / len(scores))} "
            f"promoters (9-10) minus {percent(detractors / len(scores))} detractors (0-6). ")


def satisfaction_sentence(voice: pd.DataFrame) -> str:
    """The share of satisfied answers to a satisfaction survey, with its 95% (Wilson) interval, as a sentence:
    good of good or bad (a help desk's survey), or 4-5 of a 1-5 CSAT scale; empty where the export holds none."""
    if S.RATING_TYPE not in voice or not len(voice):
        return ""
    kind = voice[S.RATING_TYPE].astype("string")
    rating = pd.to_numeric(voice[S.RATING], errors="coerce")
    out = []
    for of_kind, satisfied, scale in (("csat_good_bad", 1, "good, the rest bad"), ("csat", 4, "4 or 5 of 5")):
        scores = rating[kind.eq(of_kind).fillna(False)].dropna()
        if len(scores):
            k = int((scores >= satisfied).sum())
            lo, hi = wilson(k, len(scores))
            out.append(f"Customer satisfaction {_a('messages', percent(k / len(scores)))} (95% interval "
                       f"{percent(float(lo))} to {percent(float(hi))}): {k:,} of the satisfaction survey's "
                       f"{count_of(len(scores), 'rating')} {'is' if k == 1 else 'are'} {scale}. ")
    return "".join(out)


def segment_place(kind: str, segment) -> str:
    """Where a researcher's segment lies, before its name: "in Tesco: " for segments "by brand", "with no brand: "
    for the customers whose messages carry none; nothing for behavioural segments (their name says it)."""
    if not kind.startswith("by "):
        return ""
    if str(segment) == "(none)":
        return f"with no {html.escape(kind[3:])}: "
    return f"in {html.escape(str(segment))}: "


UNREAD_SHARE = 0.02  # from this share of messages in languages the models do not read, the report says so
MOSTLY_UNREAD = 0.2  # and from this share, among the key findings
MOSTLY_FOREIGN = 0.5  # and from this share, before every figure, which it leaves unreliable


def unread_note(voice: pd.DataFrame, said: str) -> tuple[str, bool]:
    """(`language_note`, whether most messages are in languages the models do not read, `MOSTLY_FOREIGN`, and
    their sentiment is the models' reading, not their stars')."""
    note = language_note(voice, said)
    if not note:
        return note, False
    most = unread_languages(voice[S.LANGUAGE]).sum() >= MOSTLY_FOREIGN * len(voice)
    return note, bool(most) and not _starred_where_unread(voice)


def _starred_where_unread(voice: pd.DataFrame) -> bool:
    """Whether every message in a language the models do not read takes its sentiment from its stars."""
    if "sentiment_source" not in voice:
        return False
    return bool(voice.loc[in_other_language(voice[S.LANGUAGE]), "sentiment_source"].eq("stars").all())


def language_note(voice: pd.DataFrame, said: str) -> str:
    """A sentence where more than a few customer messages are in languages the sentiment, emotion and intent
    models do not read (they learnt from English): how many, in which languages, and that their labels are
    unreliable. English exports hold a few messages a detector calls something else ("At Apple store at
    #sxsw": Danish), far under 2%."""
    if S.LANGUAGE not in voice or voice.empty:
        return ""
    counts = unread_languages(voice[S.LANGUAGE])
    n = int(counts.sum())
    if n < 10 or n < UNREAD_SHARE * len(voice):
        return ""
    named = ", ".join(f"{html.escape(str(lang))} {k:,}" for lang, k in counts.head(3).items())
    more = f" and {count_of(len(counts) - 3, 'more language')}" if len(counts) > 3 else ""
    verb = "is" if n == 1 else "are"
    if _starred_where_unread(voice):
        models = ("the emotion and intent models read English only (their sentiment is their stars'), so those "
                  "labels are")
    else:
        models = "the sentiment, emotion and intent models read English only, so their labels for those are"
    return (f" {_a('messages', count_of(n, said))} ({percent(n / len(voice))}) {verb} written in other languages "
            f"than English ({named}{more}): {models} unreliable (the language column of workbench export messages "
            "picks them out).")


def export_sentiment_crosstab(analysed: pd.DataFrame) -> pd.DataFrame:
    """Where the export carries its own sentiment of each message (`export_sentiment`): how many messages each of
    its labels (rows, "Sentiment: negative") got from the workbench (columns), negative / neutral / positive both
    ways; empty where it carries none."""
    found = export_sentiment(analysed[S.METADATA]) if S.METADATA in analysed and len(analysed) else None
    if found is None:
        return pd.DataFrame()
    key, labels = found
    both = labels.notna().to_numpy()
    classes = ["negative", "neutral", "positive"]
    table = pd.crosstab(pd.Categorical(labels[both].astype(str), classes),
                        pd.Categorical(analysed.loc[both, "sentiment_label"].astype(str), classes), dropna=False)
    table.index = [f"{key}: {c}" for c in classes]
    table.columns = [f"workbench: {c}" for c in classes]
    return table.rename_axis("the export's own sentiment").reset_index()


def agreement_sentence(table: pd.DataFrame, said: str) -> str:
    """The export's own sentiment against the workbench's, from their table (`export_sentiment_crosstab`): its
    negative share with a 95% (Wilson) interval beside the workbench's on the same messages, and how often the two
    agree (Cohen's kappa: 0 is the agreement chance gives, 1 full agreement); empty for an empty table."""
    from statsmodels.stats.inter_rater import cohens_kappa

    if table.empty:
        return ""
    key = str(table.iloc[0, 0]).rsplit(": ", 1)[0]
    counts = table.iloc[:, 1:].to_numpy()  # rows the export's labels, columns the workbench's; negative first
    n, k = int(counts.sum()), int(counts[0].sum())
    lo, hi = wilson(k, n)
    constant = (counts.sum(axis=1) > 0).sum() <= 1 and (counts.sum(axis=0) > 0).sum() <= 1  # one label each
    chance = "" if constant else (f" (Cohen's kappa {cohens_kappa(counts, return_results=False):.2f}: 0 is the "
                                  "agreement chance gives, 1 full agreement)")
    return (f" The export's own column <code>{html.escape(key)}</code> reads {percent(k / n)} of its "
            f"{count_of(n, said)} as negative (95% interval {percent(float(lo))} to {percent(float(hi))}), the "
            f"workbench {percent(counts[:, 0].sum() / n)} of the same; the two give the same label to "
            f"{percent(counts.trace() / n)} of them{chance}.")


def export_sentiment_note(analysed: pd.DataFrame, said: str) -> str:
    """A sentence where the export carries its own sentiment of each message (a listening tool's "Sentiment"
    column): `agreement_sentence` of `export_sentiment_crosstab`."""
    return agreement_sentence(export_sentiment_crosstab(analysed), said)


def period_phrase(dates: pd.Series, customer_dates: pd.Series, said: str) -> str:
    """When the export's messages were written: "on 03 Mar 2024", "from ... to ...", "with no dates"; and how many
    customer messages have no date where some do (a review scraper's "2 hours ago" is left empty), so that a
    period read from a few dated messages is not taken for the whole export's."""
    first, last = dates.min(), dates.max()
    if pd.isna(first):
        return "with no dates"
    by_month = S.dated_by_month(dates)  # "from January 2024 to June 2024", not from the first of each
    period = (f"on {first:%d %b %Y}" if first.date() == last.date() else
              f"from {_date(first, by_month)} to {_date(last, by_month)}")
    undated = int(customer_dates.isna().sum())
    if undated == len(customer_dates) and undated:
        return period + " (the dates are the brand replies'; no customer message has one)"
    return period + (f" ({count_of(undated, said)} with no date)" if undated else "") + _where_most(customer_dates)


def _where_most(dates: pd.Series) -> str:
    """Where a few messages lie far before or after the rest (a thread that quotes a tweet of six years before):
    " (99.7% of them from 02 Oct 2017 to 03 Dec 2017)", the weeks the over-time charts show
    (`dense_periods`); empty where the messages spread over the whole period."""
    when = dates.dropna()
    if when.empty:
        return ""
    when = when.dt.tz_convert("UTC").dt.tz_localize(None) if when.dt.tz is not None else when
    weeks = when.dt.to_period("W").dt.start_time
    totals = weeks.value_counts().sort_index()
    dense = dense_periods(totals)
    if len(dense) == len(totals):
        return ""
    inside = when[weeks.isin(dense.index)]
    return (f" ({percent(len(inside) / len(when))} of them from {inside.min():%d %b %Y} to "
            f"{inside.max():%d %b %Y})")


def replies_phrase(n_replies: int, responsiveness: pd.DataFrame) -> str:
    """What the export holds of the brand's side: its replies, or none, or only the time of its first response
    (a help desk's "First response time" column, which the responsiveness section reads)."""
    if n_replies:
        return f"{_a('messages', f'{n_replies:,} brand replies')} alongside."
    r = responsiveness
    stated = r["stated_column"].dropna() if "stated_column" in r and len(r) else pd.Series(dtype=str)
    return "the export holds no replies from the brand" + (
        f", only the time of its first response (column '{html.escape(str(stated.iloc[0]))}')." if len(stated) else ".")


def executive_summary(t: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    """(heading, HTML paragraph) pairs answering: who are our customers and what do they want?"""
    m = t["messages"]
    voice = customer_voice(m)
    analysed = voice[voice["sentiment_label"].notna()]
    person, said, unit = _who(m)
    out = []
    findings, actions = key_findings(t)
    if findings:
        out.append(("Key findings", "<ul>" + "".join(f"<li>{f}</li>" for f in findings) + "</ul>"))
    out.append(("What to do next", "<ul>" + "".join(f"<li>{a}</li>" for a in actions) + "</ul>"))
    period = period_phrase(m["created_at"], voice["created_at"], said)
    n_customers, n_replies = len(t["customers"]), int((m["author_role"] == "brand").sum())
    no_text = int((voice[S.TEXT].fillna("").str.len() == 0).sum())
    # who wrote them: customers, nobody named (reviews beside a survey), or authors whose side the export does not
    # say (a chat ingested without --brand-author: the brand's people among them)
    unsure = voice[voice["author_role"] == "unknown"]
    unsure_authors = unknown_side_authors(m)
    known = voice[voice["author_role"] != "unknown"]
    anonymous = int(known[S.AUTHOR_ID].isna().sum()) if S.AUTHOR_ID in known else 0
    parts = [f"{len(known) - anonymous:,} from {_a('customers', count_of(n_customers, person))}" if n_customers else "",
             f"{anonymous:,} naming no author" if anonymous and (n_customers or len(unsure)) else "",
             f"{len(unsure):,} by {count_of(unsure_authors, 'author')} whose side the export does not say, which "
             "--brand-author NAME at ingest tells apart" if len(unsure) else ""]
    parts = [p for p in parts if p]
    if not parts:
        authors = "(the export names no authors)"
    elif len(parts) == 1 and n_customers:
        authors = f"from {_a('customers', count_of(n_customers, person))}"
    elif len(parts) == 1 and unsure_authors and len(unsure) == len(voice):
        authors = (f"by {count_of(unsure_authors, 'author')} whose side the export does not say (ingest with "
                   "--brand-author NAME to tell the brand's replies apart)")
    else:
        authors = "(" + ", ".join(parts) + ")"
    out.append(("What we listened to", (
        f"{_a('messages', count_of(len(voice), said))} "
        + authors
        + (f", addressed to {count_of(m['brand'].nunique(), 'brand')}" if m["brand"].notna().any() else "")
        + f" on {count_of(m['channel'].nunique(), 'channel')}, {period}; "
        + ("the brand's replies, if it wrote any, are among them." if unsure_authors and not n_replies else
           replies_phrase(n_replies, t["responsiveness"]))
        + (f" {count_of(no_text, said)} {'holds' if no_text == 1 else 'hold'} no text (a rating alone) and "
           f"{'is' if no_text == 1 else 'are'} not analysed." if no_text else ""))))

    seg = t["segments"]
    main_kind = seg["kind"].iloc[0] if len(seg) else ""
    s = seg[seg["kind"] == main_kind]
    # the customers the column says nothing of ("with no brand") come after the segments it names
    s = pd.concat([s[~s["segment"].astype(str).isin(OUTSIDE)], s[s["segment"].astype(str).isin(OUTSIDE)]]).head(4)
    parts = [f"{_a('segments', f'{count_of(r.customers, person)} ({percent(r.share_of_customers)})')} "
             f"{segment_place(main_kind, r.segment)}"
             f"<em>{html.escape(r.name)}</em>" + (f" (small: under {SMALL_SEGMENT} {person}s, read with care)"
                                                  if r.customers < SMALL_SEGMENT else "") for r in s.itertuples()]
    out.append(("Who they are", (f"Segments ({html.escape(main_kind)}): " + "; ".join(parts) + ".") if parts
                else _by_message_groups(t)))

    intents = analysed["intent"].value_counts(normalize=True)
    topics = t["topics"][t["topics"]["topic_id"] >= 0].head(5)
    topic_list = ", ".join(f"{html.escape(r.label)} ({_a('topics', percent(r.share))})" for r in topics.itertuples())
    intent_list = ", ".join(f"{html.escape(k.replace('_', ' '))} {_a('messages', percent(v))}"
                            for k, v in intents.head(4).items())
    quote = ""
    named = topics[~topics["label"].map(is_unnamed)]  # a quote on "assorted comments" illustrates no need
    example = _topic_example(t["quotes"], named.iloc[0]) if len(named) else None
    if example is not None:
        quote = (f' A {person}, on {html.escape(str(named["label"].iloc[0]))}: {_quote(example)} '
                 f'({_a("quotes", "quotes")}).')
    themes = t.get("themes", pd.DataFrame(columns=["theme_id", "label", "share"]))
    themes = themes[themes["theme_id"] >= 0].sort_values(["share", "theme_id"], ascending=[False, True])
    # themes of one topic each group nothing: "petite size and dress (70%)" twice, as a theme and as a topic
    grouping = "topic_ids" not in themes or themes["topic_ids"].map(len).gt(1).any()
    themes = themes.head(3)
    theme_list = ", ".join(f"{html.escape(str(r.label))} ({_a('themes', percent(r.share))})"
                           for r in themes.itertuples())
    themed = (f"The biggest themes: {theme_list}; the biggest topics: " if len(themes) >= 2 and grouping
              else "The biggest topics: ")  # one theme holding every topic says nothing a topic does not
    topic_text = f"{themed}{topic_list}.{quote}" if len(topics) else html.escape(why_no_topics(t))
    out.append(("What they want", f"Intents: {intent_list}. {topic_text}" if intent_list else topic_text))

    shares = t["sentiment_shares"].set_index("label")
    calibrated = "researcher labels" in str(shares["method"].iloc[0])
    neg, pos = shares.loc["negative", "predicted_share"], shares.loc["positive", "predicted_share"]
    trend = negative_trend(analysed)
    unread, foreign = unread_note(analysed, said)
    feel = (f"{feeling_sentence(neg, pos, said)} {html.escape(share_sentence(shares, calibrated))}"
            f"{trend}{export_sentiment_note(analysed, said)}")
    out.append(("How they feel", f"{unread.strip()} {feel}" if foreign else f"{feel}{unread}"))

    c = t["customers"]
    nps = nps_sentence(voice) + satisfaction_sentence(voice)
    if c.empty:
        why = no_customers_reason(m, "told apart").removesuffix(REINGEST)
        out.append(("Who is at risk, who would recommend us", nps + why + ": no "
                    + ("churn risk." if nps else "advocacy or churn risk.")))
    else:
        adv, det = int((c["relationship"] == "advocate").sum()), int((c["relationship"] == "detractor").sum())
        high = c[c["churn_risk"] == "high"]
        reasons = pd.Series([r for rs in high["churn_reasons"] for r in rs]).value_counts()
        reason_text = (" Most often: " + "; ".join(f"{html.escape(k)} ({v})" for k, v in reasons.head(2).items())
                       + ".") if len(reasons) else ""
        net, low, high_ci = net_advocacy(adv, det, len(c))
        out.append(("Who is at risk, who would recommend us", nps + (
            f"{_a('customers', count_of(adv, 'advocate') if adv else 'No advocates')} and "
            f"{_a('customers', count_of(det, 'detractor') if det else 'no detractors')}: "
            "net advocacy "
            f"{_a('segments', f'{net:+.0f}')} (95% interval {low:+.0f} to {high_ci:+.0f}; the percentage of "
            f"{person}s who are advocates minus the percentage who are detractors, from -100 to +100); "
            f"{_a('customers', count_of(len(high), person) if len(high) else 'no ' + person)} at high risk of "
            f"leaving.{reason_text}")))

    d = negative_drivers(t)
    if len(d):
        sure = d[d["beyond_chance"]].head(3)
        items = ", ".join(f"{html.escape(r.topic)} ({_a('drivers', _difference(r.effect))}, 95% interval "
                          f"{_difference(r.ci_low)} to {_difference(r.ci_high)})"
                          for r in (sure if len(sure) else d.head(3)).itertuples())
        out.append(("What drives dissatisfaction", (
            f"Topics whose {unit}s score furthest below the rest{adjusted_for_segment(t)} (difference in sentiment "
            f"score between a topic's {unit}s and the rest, on a -1 to 1 scale): {items}." if len(sure) else
            "No topic pulls sentiment down beyond chance, allowing for the number of topics compared. The "
            f"largest differences{adjusted_for_segment(t)}, within chance (sentiment score, -1 to 1): {items}.")))

    alerts = t["alerts"]
    if len(alerts):
        # the latest of each kind on each topic: a topic that rose two weeks running is told once
        latest = alerts.drop_duplicates(["kind", "topic"]) if "topic" in alerts else alerts
        items = " ".join(html.escape(a) for a in latest["message"].head(3))
        once = (" (a topic's earlier alerts of the same kind are in the alerts table)" if len(latest) < len(alerts)
                else "")
        out.append(("What is new", f"{_a('alerts', count_of(len(alerts), 'alert'))}, the latest first{once}. {items}"))
    elif S.CREATED_AT in t["messages"] and not t["messages"][S.CREATED_AT].notna().any():
        out.append(("What is new", "This export holds no dates, so what changed over time cannot be measured."))
    else:
        out.append(("What is new", nothing_new_sentence(voice, t["topics"], analysis_period(t))))

    if unsure_authors and not n_replies:
        out.append(("How well we respond", REPLIES_UNKNOWN))
    elif (respond := responsiveness_sentence(t["responsiveness"], n_replies, is_survey(m))) is not None:
        out.append(("How well we respond", respond + unmeasured_phrase(m)))
    return out


def responsiveness_sentence(r: pd.DataFrame, n_replies: int, survey: bool = False) -> str | None:
    """How many customer conversations the brand answered and how fast (`responsiveness` rows by brand and
    channel), named as the brand where one brand answers; None for a survey, whose answers nobody replies to."""
    stated = r["stated_column"].dropna() if "stated_column" in r and len(r) else pd.Series(dtype=str)
    if n_replies == 0 and stated.empty:
        return None if survey else "This export holds no replies from the brand, so responsiveness cannot be measured."
    if not len(r):
        return None
    source = (f" (as the export's column '{html.escape(stated.iloc[0])}' states "
              + ("the first response where the export does not hold the reply)" if n_replies else "it)")
              if len(stated) else "")
    conv = int(r["conversations"].sum())
    answered = int((r["reply_rate"] * r["conversations"]).round().sum())
    times = r.dropna(subset=["median_first_response_minutes"])
    timing = ""
    if len(times):
        times = times.sort_values("median_first_response_minutes")

        def when(row) -> str:
            where = ", ".join(html.escape(str(v)) for v in (row.brand, row.channel) if str(v) != "(unknown)")
            return f"{_a('responsiveness', duration(row.median_first_response_minutes))}" + (
                f" ({where})" if len(r) > 1 else "")  # one brand on one channel: nothing to tell apart

        fastest, slowest = (duration(m) for m in times["median_first_response_minutes"].iloc[[0, -1]])
        timing = (f"; median time to first response {when(times.iloc[0])}" if len(times) == 1 else
                  f"; median time to first response {_a('responsiveness', fastest)} for each of the {len(times)} "
                  "brands and channels" if fastest == slowest else  # not "from 10 min to 10 min"
                  f"; median time to first response from {when(times.iloc[0])} to {when(times.iloc[-1])}")
    named = sorted({str(b) for b in r["brand"].dropna()} - {"(unknown)", S.UNNAMED_BRAND})
    who = "The brands" if len(named) > 1 else html.escape(named[0]) if named else "The brand"
    bots = int(r["automated_replies"].sum()) if "automated_replies" in r else 0
    if bots:  # a bot's greeting within seconds would make every first response instant
        source += (f"; {_a('responsiveness', f'{bots:,}')} {'message' if bots == 1 else 'messages'} a bot or "
                   f"the system sent {'is' if bots == 1 else 'are'} not counted as an answer")
    return (f"{who} answered {_a('responsiveness', f'{answered:,} of {conv:,}')} customer conversations "
            f"({percent(answered / conv) if conv else 'none'}){timing}{source}; "
            + (f"{_a('responsiveness', f'{conv - answered:,}')} "
               f"{'conversation' if conv - answered == 1 else 'conversations'} got no answer in this export."
               if conv > answered else "every conversation got an answer in this export."))


def unmeasured_phrase(messages: pd.DataFrame) -> str:
    """Which export files the responsiveness leaves out, and how many customer conversations they hold: files
    with none of the brand's side (reviews and tickets exported without their answers, beside tweets with
    theirs), whose conversations are neither answered nor unanswered as far as the export tells."""
    files = sources_without_replies(messages)
    if not files:
        return ""
    voice = messages[(messages[S.AUTHOR_ROLE] == "customer") & messages[S.SOURCE].isin(files)]
    n = voice[S.CONVERSATION_ID].nunique()
    named = [html.escape(f) for f in files[:3]] + ([f"{len(files) - 3} more"] if len(files) > 3 else [])
    names = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return (f" Not counted: {count_of(n, 'customer conversation')} in "
            f"{'the file' if len(files) == 1 else 'the files'} {names}, which "
            f"{'holds' if len(files) == 1 else 'hold'} no replies from the brand.")


def summary_html(t: dict[str, pd.DataFrame]) -> str:
    """The summary as an HTML block."""
    items = "".join(f"<h3>{html.escape(h)}</h3><p>{p}</p>" for h, p in executive_summary(t))
    return f'<div class="wb-summary">{items}</div>'


# An HTML tag: "<" then a letter or "/" ("<0.1%", a share too small to show, is text, not a tag).
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def plain(fragment: str) -> str:
    """An HTML fragment's text: tags removed, entities read."""
    return html.unescape(TAG.sub("", fragment)).strip()


def summary_text(t: dict[str, pd.DataFrame]) -> str:
    """The same summary as plain text (for the terminal and logs): links and markup removed."""
    lines = []
    for heading, para in executive_summary(t):
        para = re.sub(r"\s*<li>", "\n  - ", para)
        para = para.replace("<q>", "“").replace("</q>", "”")  # a quote stays marked as one
        lines += [heading, "  " + plain(para)]
    return "\n".join(lines)
