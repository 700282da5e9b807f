"""Whole chats in one cell: a live-chat tool's export (LiveChat, Zendesk Chat, tawk.to) gives each chat as a row
whose transcript holds every turn, "(10:01:02 AM) Visitor: hi" then "(10:01:30 AM) Sam (Agent): hello". Such a
row is split into its turns: the customer's are customer messages, the agent's and the bot's the brand's replies
(written by the brand, the agent's name kept in metadata as `speaker`), each answering the turn before it, in one
conversation.
"""

from __future__ import annotations

import re

import pandas as pd

from workbench import schema as S

# A turn's first line: an optional time in brackets, the speaker (a name or a role, no colon), a colon, the text.
TURN = re.compile(r"^\s*(?:[(\[]\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?|(?:\d+h\s*)?(?:\d+m\s*)?\d+s)"
                  r"\s*[)\]]\s*)?"
                  r"(?P<speaker>[^:\n()\[\]]{1,40}?(?:\s*\([^)\n]{1,20}\))?)\s*:\s+(?P<text>\S.*)$", re.I)
# Salesforce's chat transcripts time each turn from the chat's start: "( 1m 10s ) Dana R: ..."
ELAPSED = re.compile(r"^(?:(?P<h>\d+)h\s*)?(?:(?P<m>\d+)m\s*)?(?P<s>\d+)s$")
NO_PERSON = {"bot", "chatbot", "system", "automated"}  # speakers of the brand's side that are no person
BRAND_SPEAKERS = {"agent", "bot", "support", "operator", "admin", "staff", "rep", "representative", "advisor",
                  "adviser", "team", "assistant", "system", "chatbot", "helpdesk", "service"}
CUSTOMER_SPEAKERS = {"visitor", "customer", "client", "user", "guest", "caller", "you", "me", "contact", "member"}


def _words(speaker: str) -> set[str]:
    return set(re.findall(r"[a-z]+", speaker.lower()))


def turns(text: str, least: int = 2) -> list[tuple[str | None, str, str]]:
    """The turns of a transcript as (time, speaker, text); a line that starts no turn continues the one before
    it (lines before the first turn are left out; where turns carry times, so does a line without one). Empty
    where the text is no transcript: fewer than `least` turns or speakers, or neither a time nor a speaker a
    role names ("Pros: light" / "Cons: short" is a review). In a column of transcripts a chat the agent never
    joined is one turn (`least` 1)."""
    lines = str(text).splitlines()
    matches = [TURN.match(line) for line in lines]
    # where turns carry times, a line without one continues a turn ("Note: it crashed" pasted by the customer)
    timed = any(m and m.group("time") for m in matches)
    out: list[list] = []
    for line, m in zip(lines, matches, strict=True):
        if m and (m.group("time") or not timed):
            out.append([m.group("time"), m.group("speaker").strip(), m.group("text").strip()])
        elif out and line.strip():
            out[-1][2] += "\n" + line.strip()
    speakers = {s for _, s, _ in out}
    said_how = any(t for t, _, _ in out) or any(_words(s) & (BRAND_SPEAKERS | CUSTOMER_SPEAKERS) for s in speakers)
    return [tuple(t) for t in out] if len(out) >= least and len(speakers) >= least and said_how else []


def transcript_share(texts: pd.Series, sample: int = 200) -> float:
    """The share of a column's filled values (the first `sample`) that are transcripts."""
    filled = texts.dropna().astype(str)
    filled = filled[filled.str.strip() != ""].head(sample)
    return float(filled.map(lambda t: bool(turns(t))).mean()) if len(filled) else 0.0


def _role(speaker: str, customers: set[str]) -> str:
    words = _words(speaker)
    if words & BRAND_SPEAKERS:
        return "brand"
    if words & CUSTOMER_SPEAKERS or speaker in customers:
        return "customer"
    return "brand"


def split_transcripts(messages: pd.DataFrame, timezone: str | None = None) -> tuple[pd.DataFrame, set[str]]:
    """Every message of a column of transcripts whose text holds a turn (`turns`) as its turns; the other
    messages as they are; and the speakers read as the brand. Where no speaker is named as the customer by a
    role ("Visitor"), the first speaker not named as the brand ("Bot", "Sam (Agent)") is the customer; every
    other speaker is the brand. A turn's clock time is read on its chat's day, in `timezone` (the export's,
    UTC where not given)."""
    rows, brand_speakers = [], set()
    for row in messages.to_dict("records"):
        said = turns(row[S.TEXT], least=1) if isinstance(row[S.TEXT], str) else []
        if not said:
            rows.append(row)
            continue
        named = {s for _, s, _ in said if _words(s) & CUSTOMER_SPEAKERS}
        customers = named or {next((s for _, s, _ in said if not _words(s) & BRAND_SPEAKERS), None)}
        start = pd.Timestamp(row[S.CREATED_AT]) if pd.notna(row[S.CREATED_AT]) else None
        chat = row[S.CONVERSATION_ID] if pd.notna(row[S.CONVERSATION_ID]) else row[S.MESSAGE_ID]
        previous, day, rated = None, None, False
        for k, (time, speaker, text) in enumerate(said):
            role = _role(speaker, customers)
            when = None  # a turn's time is its own clock time; the chat's start for its first turn, else unknown
            if start is not None:
                when = start if k == 0 else None
                elapsed = ELAPSED.match(time) if time else None
                clock = pd.to_datetime(time, errors="coerce") if time and not elapsed else pd.NaT
                if elapsed:  # from the chat's start
                    when = start + pd.Timedelta(hours=int(elapsed["h"] or 0), minutes=int(elapsed["m"] or 0),
                                                seconds=int(elapsed["s"]))
                elif pd.notna(clock):
                    day = start.tz_convert(timezone or "UTC").normalize() if day is None else day
                    when = (day + pd.Timedelta(hours=clock.hour, minutes=clock.minute, seconds=clock.second)
                            ).tz_convert("UTC")
                    if previous is not None and previous[1] is not None and when < previous[1]:  # past midnight
                        day, when = day + pd.Timedelta(days=1), when + pd.Timedelta(days=1)
            turn = {**row, S.MESSAGE_ID: f"{row[S.MESSAGE_ID]}:{k}", S.TEXT: text, S.AUTHOR_ROLE: role,
                    S.CONVERSATION_ID: chat,
                    S.PARENT_ID: previous[0] if previous else row[S.PARENT_ID], S.CREATED_AT: when}
            if role == "brand":  # the brand the export names, or the stand-in for one it does not; not "Sam"
                turn[S.AUTHOR_ID] = S.UNNAMED_BRAND
                turn[S.METADATA] = S.metadata_with([row[S.METADATA]], "speaker", [speaker])[0]
                if _words(speaker) & NO_PERSON:  # a bot's or the system's turn answers nobody
                    turn[S.METADATA] = S.metadata_with([turn[S.METADATA]], S.AUTOMATED, [True])[0]
                brand_speakers.add(speaker)
            if role != "customer" or rated:  # the chat's rating goes with the customer's first turn
                turn[S.RATING], turn[S.RATING_TYPE] = None, None
            rated |= role == "customer"
            previous = (turn[S.MESSAGE_ID], when if when is not None else (previous[1] if previous else None))
            rows.append(turn)
    out = pd.DataFrame(rows, columns=messages.columns)
    return S.conform(out), brand_speakers
