"""What customers want, per message: complaint, question, request, praise, churn threat, or other.

A small head on the message's features (trained on Bitext and BANKING77 mapped onto these intents, see
intent_labels.py) tells complaint, request, question, churn threat and other apart; transparent rules then
use what the head cannot know: an explicit churn threat (cancel an account or subscription, switch provider,
leave, never again) always wins; a clearly negative message that is not a request is a complaint; a clearly
positive one that asks nothing is praise (the training sets hold no praise), but a request whose only praise is
the thanks that closes it ("kindly reset my password, thanks") stays a request; a "question" that asks nothing (no
question mark, no question word first, no "wondering if"), or a "request" that neither asks nor uses a
request's words ("please", "I need", "can you", "fix my"), is a statement, which the rules read: the head,
trained only on customers' queries, calls most tweets that share news or an opinion a question or a request.
Measured in docs/quality.md.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from workbench import schema as S

INTENTS = ("churn_threat", "complaint", "request", "question", "praise", "other")

_SUBSCRIPTION = (r"(account|subscription|membership|contract|plan|service|policy|card|package|broadband|"
                 r"internet|line|insurance|order with you)")
_PROVIDER = r"(?:provider|carrier|bank|airline|company|network|supplier|isp)\b"
# Leaving a place or a note is no leaving the company: "I don't think I'll leave the house in it", "I'm leaving a
# review"; nor is "quite" a form of "quit" ("I am quite happy").
_NOT_LEAVING = (r"(?!\w*\s+(?:the\s+(?:house|store|shop|office|room|tag|tags)|home|work|a\s+(?:review|comment|"
                r"message|note|tip|voicemail)|(?:a\s+)?feedback|it|them|(?:my|your|the)\s+credit)\b)")
# An account deleted from a credit report is a dispute, not a customer leaving ("delete the accounts from my
# credit report", a complaints register's daily words).
_NOT_FROM_REPORT = r"(?!\w*\s+(?:off|from)\s+(?:my|the|your|all)\s+(?:\w+\s+)?(?:credit|report|file))"
# Someone else doing it: "they will cancel my account", "the app will close", "the bank is going to close it"
_NOT_THEIRS = "".join(rf"(?<!\b{w} )" for w in ("they", "he", "she", "it", "app", "bank", "company", "who", "which",
                                                 "system"))
CHURN = re.compile(
    rf"\b{_NOT_THEIRS}(?:(?:i(?:'| a)?m|i will|i'll|im|gonna|going to|about to|will|(?:thinking|think) (?:of|about)|"
    rf"considering|"
    rf"want to|wanna|ready to|may|might|have to|time to)\s+(?:(?!not\b|never\b)\w+\s+)?(?:cancel\w*|switch\w*|"
    rf"leav\w*{_NOT_LEAVING}|"
    rf"clos\w*|terminat\w*|drop\w*|quit(?!e)\w*|move|moving|port\w*)\b"
    rf"|\b(?:cancel\w*|terminat\w*|clos\w*|delet\w*)\s+(?:my|our|the)\s+(?:\w+\s+)?{_SUBSCRIPTION}{_NOT_FROM_REPORT}"
    rf"|\bswitch\w*\s+(?:to|over|provider|carrier|bank|airline|networks?)\b"
    # moving to another provider, not a company merged with another one or a payment from another company
    rf"|\b(?:switch\w*|go\w*|went|mov\w*|tak\w*\s+(?:my|our)\s+(?:business|money)|find\w*|found|look\w*|us(?:e|ing)|"
    rf"join\w*|try\w*|choos\w*|chose)\s+(?:\w+\s+){{0,2}}(?:another|different|better)\s+{_PROVIDER}"
    rf"|\b(?:find\w*|found|look\w*\s+for|go\w*\s+(?:with|to)|switch\w*\s+to|mov\w*\s+to|get)\s+(?:a\s+)?new\s+{_PROVIDER}"
    rf"|\bnever\s+(?:fly\w*|buy\w*|order\w*|us\w*|shop\w*|book\w*|com\w*\s+back)\b(?:.{{0,25}}\bagain\b)?"
    rf"|\b(?:done|finished|through)\s+with\s+(?:you|u|this company)\b"
    rf"|\blos(?:e|t|ing)\s+(?:a|my|your|one)\s+(?:\w+\s+)?customer\b"
    rf"|\b(?:unsubscribe|port(?:ing)? (?:my|out) number)\b)",
    re.I,
)
# Who closes the account: a customer's own words ("I closed my account", "please close my account"), not the
# company's doing told by the customer ("they had to close my account", "BofA closed my checking account").
_ENDS_ACCOUNT = re.compile(r"^(?:cancel\w*|terminat\w*|clos\w*|delet\w*)\s+(?:my|our|the)\b", re.I)
_BY_CUSTOMER = re.compile(r"\b(?:i|we)\s+(?:\w+\s+){0,2}$", re.I)
_BY_OTHERS = re.compile(r"\b(?:they|he|she|causing|caused|forced|made|refus\w*)\s+(?:\w+\s+){0,3}$|\bhad\s+to\s+$",
                        re.I)


def churn_threat(text: str) -> bool:
    """Whether a message threatens (or tells of) leaving: `CHURN`, where a sentence that closes an account says the
    customer does it: in the past tense only with "I" or "we" just before ("I then cancelled the card"), in the
    present not after someone else's doing ("causing them to close my account")."""
    for m in CHURN.finditer(text):
        if not _ENDS_ACCOUNT.match(m.group(0)):
            return True
        before = re.split(r"[.!?;\n]", text[max(0, m.start() - 60):m.start()])[-1]
        verb = m.group(0).split()[0].lower()
        if _BY_CUSTOMER.search(before) or (not verb.endswith("ed") and not _BY_OTHERS.search(before)):
            return True
    return False


PROBLEM = re.compile(
    r"\b(?:not\s+(?:working|work|received|arrived|loading|happy)|doesn'?t\s+work|didn'?t\s+(?:work|arrive|get)|"
    r"won'?t\s+(?:work|let|load|open)|can'?t\s+(?:log|sign|access|get|use|connect)|broken|broke|issue|problem|"
    r"error|fail\w*|crash\w*|bug|delay\w*|late|lost|missing|never\s+(?:arrived|came|received|got)|still\s+"
    r"(?:waiting|no|not|nothing)|charged\s+twice|overcharg\w*|refund|worst|terrible|awful|horrible|disappoint\w*|"
    r"rude|unacceptable|ridiculous|frustrat\w*|annoy\w*|wrong|damaged|cancell?ed|stuck|hold|outage|down)\b",
    re.I,
)
# "Does everything I need", "everything I want in an app": what a customer has, no request ("all I want is a
# refund" asks).
_HAS = r"(?<!everything )"
REQUEST = re.compile(
    rf"\b(?:please|pls|plz|could you|can you|would you|i(?:'d| would) like|would like to|{_HAS}i want|{_HAS}i need|"
    r"i wanna|"
    r"need to|help me|(?:any|some|need|needs|needed|get|want)\s+(?:some\s+)?help|assist|let me|allow|add|"
    r"bring back|wish|would (?:be|love)|feature request|option to|support for|"
    r"how about|any way to|"
    r"kindly|request|requesting|(?:send|give|change|update|reset|fix|remove|stop)\s+(?:me|my|the|it))\b",
    re.I,
)
QUESTION_START = re.compile(r"^\s*(?:how|what|when|where|why|who|which|can|could|is|are|do|does|did|will|would|"
                            r"should|may|any|has|have)\b", re.I)
# Asking without a question mark or a question word first: "wondering if", "I'd like to know", "not sure how",
# "trying to figure out how to ...".
ASKING = re.compile(r"\b(?:wonder\w*|(?:want|wanted|like|need|needed) to know|tell me|curious|any idea|"
                    r"not sure (?:how|if|whether|why|what|where|when)|how to|figure out)\b", re.I)
PRAISE = re.compile(r"\b(?:thanks?|thank you|thx|ty|love|great|awesome|amazing|excellent|best|brilliant|perfect|"
                    r"fantastic|wonderful|recommend\w*|appreciate\w*|kudos|well done|helpful|happy)\b", re.I)
THANKS = re.compile(r"\b(?:thanks?|thank you|thx|ty|many thanks|thanks in advance|regards|best regards)\b", re.I)


def thanks_only(text: str) -> bool:
    """Whether a message's only praise is courtesy ("... kindly allocate a card, thank you", "reset my password
    please, thanks"): the thanks that closes a request, which praises nothing."""
    return bool(THANKS.search(text)) and not PRAISE.search(THANKS.sub(" ", text))


# A customer's own account or custom, which a head's churn threat needs: "I want to close my account", "delete
# Premium account", not an IT desk's "please remove the accounts of leavers" or "delete item from folder".
OWN = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|we|we're|our|us|with you)\b", re.I)
OTHERS = re.compile(r"\b(?:he|she|they|his|her|him|them|their|users?|employees?|staff|leavers?|colleagues?|"
                    r"somebody|someone|students?)\b", re.I)
ACCOUNT = re.compile(rf"\b{_SUBSCRIPTION}", re.I)


# What a head's churn threat needs the message to say: a word of leaving (every one of BANKING77's 40 test queries
# to terminate an account has one), and no credit report's dispute ("remove all disputed accounts off my credit
# report": 3% of a complaints register read as churn threats by the head alone).
LEAVING_WORDS = re.compile(r"\b(?:cancel\w*|clos\w*|terminat\w*|delet\w*|leav\w*|quit(?!e)\w*|switch\w*|"
                           r"unsubscrib\w*|deactivat\w*|get rid|stop using|remov\w*|end\w*|no longer|"
                           r"don'?t (?:want|need))\b", re.I)
DISPUTE = re.compile(r"\bcredit\s+(?:report|file|bureau|history|score)s?\b|\bbureaus?\b", re.I)


def leaving_said(text: str) -> bool:
    """Whether a message the head reads as a churn threat says anything of leaving (`LEAVING_WORDS`) and is no
    dispute of a credit report (`DISPUTE`)."""
    return bool(LEAVING_WORDS.search(text)) and not DISPUTE.search(text)


def leaving_own(text: str) -> bool:
    """Whether a message the head reads as a churn threat speaks of the customer's own account or custom: in the
    first person, or of an account, subscription or the like with no one else named."""
    return bool(OWN.search(text) or (ACCOUNT.search(text) and not OTHERS.search(text)))


def asks(text: str) -> bool:
    """Whether a message asks something: a question mark, a question word first, or "wondering if" and kin."""
    return "?" in text or bool(QUESTION_START.match(text)) or bool(ASKING.search(text))


def classify_intent(text: str, p_negative: float = 0.0, p_positive: float = 0.0) -> str:
    """One intent for one message (see the module docstring for the rules)."""
    t = text or ""
    if churn_threat(t):
        return "churn_threat"
    negative = p_negative >= 0.5
    if negative or (PROBLEM.search(t) and p_positive < 0.5):
        return "complaint"
    if REQUEST.search(t):
        return "request"
    if asks(t):
        return "question"
    if p_positive >= 0.5 or PRAISE.search(t):
        return "praise"
    return "other"


# A survey question asking what customers would have changed or added ("What could we improve?", "What is
# missing?", "What would you like us to add?"): its answers are requests, however they are worded.
WISH_QUESTION = re.compile(r"\b(?:improve\w*|better|change|wish\w*|suggest\w*|missing|add|what would make|should we|"
                           r"would you like|would like us|do differently)\b", re.I)


def answers_to_wishes(intents: pd.Series, metadata: pd.Series, channels: pd.Series) -> pd.Series:
    """Intents where a survey answer's `question` (in its metadata: the question it answers) asks what the
    customer wants changed: an answer read as "other" ("faster delivery", "more sizes") is a request; complaints,
    questions and praise stay as read, and so does any message of another channel (a forum's "question" column
    is no survey's)."""
    questions = S.metadata_values(metadata, "question").astype("string")
    asked = questions.str.contains(WISH_QUESTION).fillna(False).to_numpy(bool) & channels.eq("survey").to_numpy(bool)
    return intents.where(~(asked & intents.eq("other").to_numpy(bool)), "request")


def classify_intents(texts: pd.Series, sentiment: pd.DataFrame | None = None, features: np.ndarray | None = None,
                     model_id: str | None = None, with_confidence: bool = False):
    """Intent per message. With `features` and `model_id` the trained head decides and the rules refine it;
    without, the rules alone decide (`classify_intent`). `sentiment` comes from sentiment.score_sentiment.
    `with_confidence` also returns the head's probability of its best intent (what active learning ranks)."""
    n = len(texts)
    neg = sentiment["p_negative"].to_numpy() if sentiment is not None else np.zeros(n)
    pos = sentiment["p_positive"].to_numpy() if sentiment is not None else np.zeros(n)
    texts = texts.fillna("")
    if features is None or model_id is None:
        out = pd.Series([classify_intent(t, a, b) for t, a, b in zip(texts, neg, pos, strict=True)],
                        index=texts.index, dtype="string")
        return (out, pd.Series(np.nan, index=texts.index)) if with_confidence else out
    from workbench.analysis.sentiment import load_head

    head = load_head("intent", model_id)
    proba = head.proba(features) if n else np.zeros((0, len(head.classes)))
    predicted = np.array(head.classes)[proba.argmax(axis=1)] if n else np.array([], dtype=str)
    out = []
    for t, p, a, b in zip(texts, predicted, neg, pos, strict=True):
        if churn_threat(t):
            out.append("churn_threat")
        elif a >= 0.6 and p in ("other", "question", "praise"):
            out.append("complaint")
        elif b >= 0.6 and p in ("other", "complaint") or (p == "other" and b >= 0.4 and PRAISE.search(t)):
            # a request that closes with thanks asks; it praises nothing
            out.append("request" if REQUEST.search(t) and thanks_only(t) else "praise")
        elif p in ("question", "request") and not asks(t) and not (p == "request" and REQUEST.search(t)):
            out.append(classify_intent(t, a, b))  # a statement: the rules read it (complaint, praise, ...)
        elif p == "churn_threat" and not (leaving_own(t) and leaving_said(t)):
            out.append(classify_intent(t, a, b))  # someone else's account, or nothing said of leaving
        else:
            out.append(str(p))
    out = pd.Series(out, index=texts.index, dtype="string")
    return (out, pd.Series(proba.max(axis=1) if n else [], index=texts.index)) if with_confidence else out
