"""Calls and chats as contact-centre analytics write them, one contact per JSON file: Amazon Connect's Contact Lens
output (`Transcript` turns with `ParticipantId` and `Content`, `Participants` naming each one's role,
`CustomerMetadata.ContactId`) and Amazon Transcribe's Call Analytics output (`JobName`, turns with
`ParticipantRole`). A file is one conversation: the customer's turns are the caller's messages, the agent's (and
the system's) the brand's replies, each turn answering the other side's turn before it.

A call's turns are timed from its start (`BeginOffsetMillis`); the start itself is in the file's name where
Contact Lens wrote it there (`<contact id>_analysis_2024-03-01T10:15:00.000Z.json`), or in a chat's turns
(`AbsoluteTime`); otherwise the turns have no date. The caller is known by the contact alone (the output names no
phone number or customer), so each call counts as one customer's. Each turn's own `Sentiment` stays in metadata,
where the analysis compares it with its own reading.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, json_documents, make_id, result, to_utc
from workbench.ingest.languages import language_codes

NS = "call"
# Contact Lens names its output after the contact and the time of the analysis, which starts with the call
STARTED = re.compile(r"_(?:analysis|transcript)_(\d{4}-\d{2}-\d{2}T\d{2}[:_-]?\d{2}[:_-]?\d{2}(?:\.\d+)?Z?)", re.I)
BRAND_ROLES = {"AGENT", "SYSTEM", "AUTOMATED", "BOT", "SUPERVISOR", "CUSTOM_BOT"}
NO_PERSON = {"SYSTEM", "AUTOMATED", "BOT", "CUSTOM_BOT"}  # the brand's turns no person said: no answer of its people
CHANNELS = {"VOICE": "phone", "CHAT": "chat", "EMAIL": "email", "TASK": "ticket"}


def _contacts(docs: list) -> list[dict]:
    """Each contact of the documents: a file's one object, a list of them, or one per line."""
    out: list[dict] = []
    for doc in docs:
        out += [d for d in (doc if isinstance(doc, list) else [doc])
                if isinstance(d, dict) and isinstance(d.get("Transcript"), list)]
    return out


def _start(path: Path) -> pd.Timestamp | None:
    """When the call started, where the file's name says it (Contact Lens's output)."""
    found = STARTED.search(path.name)
    if found is None:
        return None
    stamp = re.sub(r"T(\d{2})[_-]?(\d{2})[_-]?(\d{2})", r"T\1:\2:\3", found.group(1))
    return pd.to_datetime(stamp, utc=True, errors="coerce")


def _issues(turn: dict, said: str) -> str | None:
    """The words of a turn Contact Lens marked as the customer's issue (`IssuesDetected`), "; "-joined."""
    spans = [d.get("CharacterOffsets") for d in turn.get("IssuesDetected") or [] if isinstance(d, dict)]
    words = [said[o.get("BeginOffsetChar", 0):o.get("EndOffsetChar", 0)].strip() for o in spans if isinstance(o, dict)]
    return "; ".join(w for w in words if w) or None


class CallAnalyticsLoader:
    name = "call-analytics"
    description = ("contact-centre analytics of calls and chats, one contact per JSON file (Amazon Connect Contact "
                   "Lens, Amazon Transcribe Call Analytics): turns by customer and agent")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
            return 0.0
        return 0.9 if '"Transcript"' in head and ('"ParticipantId"' in head or '"ParticipantRole"' in head) \
            and '"Content"' in head else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        docs, rejected = json_documents(path, options)
        contacts = _contacts(docs)
        if not contacts:
            raise WorkbenchError(f"{path}: no contact's transcript found (no `Transcript` list of turns); check that "
                                 "it is Contact Lens's or Transcribe's output, or name the format with --format "
                                 "table.")
        start = _start(path)
        records, times = [], []
        for n, contact in enumerate(contacts, start=1):
            meta = contact.get("CustomerMetadata") or {}
            contact_id = meta.get("ContactId") or contact.get("JobName") or (
                path.stem if len(contacts) == 1 else f"{path.stem}:{n}")
            roles = {p.get("ParticipantId"): p.get("ParticipantRole") for p in contact.get("Participants") or []
                     if isinstance(p, dict)}
            channel = options.channel or CHANNELS.get(str(contact.get("Channel", "VOICE")).upper(), "phone")
            language = contact.get("LanguageCode")
            last: dict[bool, str] = {}  # the latest turn of each side
            for i, turn in enumerate(contact["Transcript"], start=1):
                said_raw = str(turn.get("Content") or "") if isinstance(turn, dict) else ""
                text = said_raw.strip()
                if not text:
                    rejected.append((f"contact {contact_id}, turn {i}", "a turn with no text", str(turn)[:10000]))
                    continue
                said = turn.get("ParticipantRole") or roles.get(turn.get("ParticipantId")) or turn.get(
                    "ParticipantId")
                brand = str(said).upper() in BRAND_ROLES
                turn_id = f"{contact_id}:{turn.get('Id') or i}"
                offset = pd.to_numeric(turn.get("BeginOffsetMillis"), errors="coerce")
                times.append(turn.get("AbsoluteTime") or (start + pd.Timedelta(milliseconds=float(offset))
                                                          if start is not None and pd.notna(offset) else None))
                records.append({
                    S.MESSAGE_ID: make_id(NS, turn_id), S.SOURCE_ID: turn_id,
                    S.CONVERSATION_ID: make_id(NS, contact_id), S.PARENT_ID: last.get(not brand),
                    S.CHANNEL: channel, S.AUTHOR_ID: (options.brand or S.UNNAMED_BRAND) if brand
                    else f"caller:{contact_id}",
                    S.AUTHOR_ROLE: "brand" if brand else "customer", S.BRAND: options.brand, S.TEXT: text,
                    S.LANGUAGE: language,
                    S.METADATA: {"participant": said,
                                 "Sentiment": turn.get("Sentiment"), "offset_ms": turn.get("BeginOffsetMillis"),
                                 "issues": _issues(turn, said_raw),
                                 **({S.AUTOMATED: True} if str(said).upper() in NO_PERSON else {})},
                })
                last[brand] = make_id(NS, turn_id)
        if not records:
            raise WorkbenchError(f"{path}: the transcript holds no turn with text; check the file.")
        res = result(records, path, rejected)
        m = res.messages
        m[S.CREATED_AT] = to_utc(pd.Series(times, dtype="object"), options)
        m[S.LANGUAGE] = language_codes(m[S.LANGUAGE])
        res.notes.append("each contact's transcript read as one conversation: the agent's and the system's turns "
                         "as the brand's replies (the system's and bots' count as no answer in responsiveness), "
                         "the customer's as the caller's messages (each contact's caller "
                         "counted as one customer).")
        if m[S.CREATED_AT].isna().all():
            res.notes.append("the output says when each turn was said from the call's start only, and its file name "
                             "not when the call began: the turns have no date (Contact Lens names its output "
                             "'<contact id>_analysis_<time>.json'; keep those names).")
        return res


register(CallAnalyticsLoader())
