"""Verbatims in a plain text file: comments pasted from a survey tool or a spreadsheet's column, one per line,
or one per paragraph where blank lines separate messages of several lines.

Such a file names no authors, dates or ids: every message is taken as a customer's, and each as one
respondent's (so respondents are counted); a message's id is its text's hash with its occurrence in the file,
so an overlapping file adds only its new messages. Chat exports (WhatsApp, Signal) and e-mails are read by
their own loaders, which recognise them first.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, content_id, read_text, result

_PARAGRAPHS = re.compile(r"\n\s*\n")
# A chat app's line: a date and a time, then who spoke ("[06.12.26, 10:15:03] Dana: ...", "2026-12-06 10:15 - Dana:").
CHAT_LINE = re.compile(r"^\W{0,2}\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}.{0,20}?[\]\-–]\s*[^:]{1,40}:\s")
# Text files that come with an export and hold no one's messages: its licence, read-me, notices.
NOT_VERBATIMS = re.compile(r"^(licen[cs]e|readme|read_me|notice|copying|changelog|authors|manifest)\b", re.I)


def messages_of(text: str) -> tuple[list[str], str]:
    """The file's messages and how they were told apart: paragraphs where blank lines separate blocks and more than half
    blocks run over several lines (a comment wrapped or written in lines), else lines."""
    blocks = [b.strip() for b in _PARAGRAPHS.split(text) if b.strip()]
    if len(blocks) >= 2 and sum("\n" in b for b in blocks) > len(blocks) / 2:
        return [re.sub(r"\s*\n\s*", " ", b) for b in blocks], "paragraph"
    return [ln.strip() for ln in text.split("\n") if ln.strip()], "line"


class TextLinesLoader:
    name = "lines"
    description = ("verbatims in a plain text file (.txt), one message per line, or per paragraph where blank "
                   "lines separate them; every message a customer's")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in (".txt", ".text", "") or NOT_VERBATIMS.match(path.name):
            return 0.0
        lines = [ln for ln in head.split("\n")[:50] if ln.strip()]
        return 0.2 if lines and "\x00" not in head else 0.0  # below every chat export's own score

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        texts, unit = messages_of(read_text(path, options))
        if not texts:
            raise WorkbenchError(f"{path}: the file holds no text; check that it is the right file.")
        stamped = sum(bool(CHAT_LINE.match(t)) for t in texts[:200])
        if stamped >= 0.5 * min(len(texts), 200):  # a chat app's export in a layout no chat loader knows
            raise WorkbenchError(f"{path}: most lines start with a date, a time and a name, like a chat app's export "
                                 "the workbench does not recognise; name its format with --format whatsapp (or "
                                 "telegram, messenger), or save the messages as a CSV with a text column.")
        seen: Counter = Counter()
        records = []
        for n, t in enumerate(texts, start=1):
            seen[t] += 1
            mid = content_id("lines", t, seen[t])
            records.append({S.MESSAGE_ID: mid, S.SOURCE_ID: str(n), S.CONVERSATION_ID: mid,
                            S.CHANNEL: options.channel or "other", S.AUTHOR_ID: "respondent:" + mid,
                            S.AUTHOR_ROLE: "customer", S.BRAND: options.brand, S.TEXT: t})
        res = result(records, path)
        res.notes.append(f"a plain text file: each {unit} read as one customer's message ({len(texts):,}), each "
                         "from a respondent of its own; it names no dates, authors or channel (--channel names "
                         "the channel, --brand the brand).")
        return res


register(TextLinesLoader())
