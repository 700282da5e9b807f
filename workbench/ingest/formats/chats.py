"""Chat exports: WhatsApp (.txt, in its several date formats), Telegram (JSON) and Messenger/Instagram (JSON).

A chat has no explicit reply links (Telegram's reply_to aside): each message is taken to answer the latest
message by someone else. Who speaks for the brand is not in these exports: name them with --brand-author.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, content_id, load_json, read_text, result, role_of

# ----------------------------------------------------------------------------------------------- shared

def _chat_result(rows: list[dict], path: Path, options: LoadOptions, channel: str, conv_key: str,
                 rejected: list, rows_read: int, notes: list[str]) -> LoadResult:
    """Order a chat's messages in time, link each to the last message by another author, assign roles."""
    rows = sorted(rows, key=lambda r: (r["_ts"] is None, r["_ts"] or pd.Timestamp(0, tz="UTC"), r["_order"]))
    conv_id = f"{channel}:{conv_key}"
    run_author: str | None = None  # author of the current run of consecutive messages
    run_last: str | None = None  # last message of the current run
    before_run: str | None = None  # last message of the run before it
    # Once the brand's side is known, everyone else in the chat is a customer.
    other = "customer" if any(r["author"] in options.brand_authors for r in rows) else "unknown"
    records = []
    for r in rows:
        author = r["author"]
        if author != run_author:
            before_run, run_author = run_last, author
        records.append({
            S.MESSAGE_ID: r["id"], S.SOURCE_ID: r.get("source_id"), S.CONVERSATION_ID: conv_id,
            S.PARENT_ID: r.get("parent") or before_run, S.CREATED_AT: r["_ts"],
            S.CHANNEL: options.channel or channel, S.AUTHOR_ID: author,
            S.AUTHOR_ROLE: role_of(author, options, other), S.BRAND: options.brand, S.TEXT: r["text"],
            S.METADATA: r.get("meta"),
        })
        run_last = r["id"]
    if other == "unknown" and records:
        notes.append(f"{path.name}: nobody was named as speaking for the brand, so every author's role is "
                     "'unknown'; pass --brand-author NAME for the brand's side of the chat.")
    return result(records, path, rejected, rows_read=rows_read, notes=notes)


# --------------------------------------------------------------------------------------------- WhatsApp
_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f]*[aApP]\.?[\s\u202f]*[mM]\.?)?)"
WA_LINE = [
    re.compile(rf"^\u200e?\[{_DATE},?\s{_TIME}\]\s(?P<rest>.*)$"),  # iOS: [31/12/21, 23:59:01] Name: text
    re.compile(rf"^\u200e?{_DATE},?\s{_TIME}\s[-\u2013]\s(?P<rest>.*)$"),  # Android: 31/12/21, 23:59 - Name: text
]
MEDIA = re.compile(r"^<?(Media omitted|attached: .+|image omitted|video omitted|audio omitted|sticker omitted|"
                   r"document omitted|GIF omitted)>?$", re.I)
WA_AUTHOR = re.compile(r"^(?P<author>[^:]{1,80}?):\s(?P<text>.*)$", re.S)


def _split_date(d: str) -> tuple[int, int, int]:
    a, b, c = (int(x) for x in re.split(r"[./-]", d))
    return a, b, c


def _wa_timestamp(date: str, time: str, order: str) -> pd.Timestamp | None:
    a, b, c = _split_date(date)
    if order == "ymd":
        y, mo, d = a, b, c
    elif order == "dmy":
        d, mo, y = a, b, c
    else:
        mo, d, y = a, b, c
    y = y + 2000 if y < 100 else y
    t = time.replace("\u202f", " ").lower().replace(".", ":", 2) if ":" not in time else time.lower()
    pm = bool(re.search(r"p\.?\s*m", t))
    am = bool(re.search(r"a\.?\s*m", t))
    hms = [int(x) for x in re.findall(r"\d+", t)[:3]]
    h = hms[0]
    if pm or am:
        h = h % 12 + (12 if pm else 0)
    try:
        return pd.Timestamp(year=y, month=mo, day=d, hour=h, minute=hms[1], second=hms[2] if len(hms) > 2 else 0)
    except ValueError:
        return None


def _date_order(dates: list[str], options: LoadOptions, notes: list[str], path: Path) -> str:
    parts = [_split_date(d) for d in dates]
    if parts and all(p[0] > 31 for p in parts):
        return "ymd"
    first_big = any(p[0] > 12 for p in parts)
    second_big = any(p[1] > 12 for p in parts)
    if first_big and second_big:
        raise WorkbenchError(f"{path}: the dates mix day/month and month/day order; export the chat again.")
    if first_big:
        return "dmy"
    if second_big:
        return "mdy"
    if options.dayfirst is not None:
        return "dmy" if options.dayfirst else "mdy"
    notes.append(f"{path.name}: every date fits both day/month and month/day; read as day/month "
                 "(pass --monthfirst if that is wrong).")
    return "dmy"


class WhatsAppLoader:
    name = "whatsapp"
    description = "a WhatsApp chat export (.txt; Android and iOS layouts, 12/24-hour, any date order)"

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in ("", ".txt", ".text", ".log"):  # a table whose cells hold dated lines is a
            return 0.0  # table (a service desk's journal: "2024-03-01 10:15:00 - Ann Lee (Additional comments)")
        lines = [ln for ln in head.split("\n")[:20] if ln.strip()]
        hits = sum(1 for ln in lines if any(p.match(ln) for p in WA_LINE))
        return 0.9 if lines and hits >= max(1, len(lines) // 3) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        text = read_text(path, options)
        entries: list[list] = []  # [line_no, date, time, rest]
        rejected: list[tuple[str, str, str]] = []
        for n, line in enumerate(text.split("\n"), start=1):
            m = next((p.match(line) for p in WA_LINE if p.match(line)), None)
            if m:
                entries.append([n, m.group("date"), m.group("time"), m.group("rest")])
            elif entries:
                entries[-1][3] += "\n" + line
            elif line.strip():
                rejected.append((f"line {n}", "text before the first dated line", line))
        if not entries:
            raise WorkbenchError(f"{path}: no line starts with a WhatsApp date and time; is it a WhatsApp "
                                 "export? Otherwise name the format with --format.")
        notes: list[str] = []
        order = _date_order([e[1] for e in entries], options, notes, path)
        rows = []
        for i, (n, date, time, rest) in enumerate(entries):
            m = WA_AUTHOR.match(rest.rstrip("\n"))
            if not m:
                rejected.append((f"line {n}", "system message (no author)", rest))
                continue
            ts = _wa_timestamp(date, time, order)
            if ts is None:
                rejected.append((f"line {n}", "impossible date", f"{date} {time}"))
                continue
            ts = ts.tz_localize(options.timezone or "UTC").tz_convert("UTC")
            body = m.group("text").replace("\u200e", "").strip()
            attachment = MEDIA.match(body)
            body = "" if attachment else body
            author = m.group("author").replace("\u200e", "").strip()
            rows.append({"id": content_id("wa", author, ts.isoformat(), body, n if attachment else ""),
                         "source_id": f"line {n}", "author": author, "text": body, "_ts": ts, "_order": i,
                         "meta": {"attachment": attachment.group(0) if attachment else None}})
        key = content_id(path.name)[2:14]
        # Signal's exports (signal-export) write the same lines: the file's own name or folder says which app
        app = "signal" if any(part.lower().startswith("signal") for part in path.parts[-2:]) else "whatsapp"
        return _chat_result(rows, path, options, app, key, rejected, len(rows) + len(rejected), notes)


# --------------------------------------------------------------------------------------------- Telegram
def _telegram_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(v if isinstance(v, str) else str(v.get("text", "")) for v in value)
    return ""


class TelegramLoader:
    name = "telegram"
    description = "a Telegram chat export (result.json, one chat or all chats)"

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if '"messages"' in head and ('"date_unixtime"' in head or '"from_id"' in head) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        data = load_json(path, options)
        chats = data.get("chats", {}).get("list") if isinstance(data, dict) and "chats" in data else [data]
        if not isinstance(chats, list) or not all(isinstance(c, dict) and "messages" in c for c in chats):
            raise WorkbenchError(f"{path}: expected a Telegram export with 'messages' (or 'chats': {{'list'}}).")
        parts = []
        for ci, chat in enumerate(chats):
            chat_key = str(chat.get("id") or chat.get("name") or f"{path.name}#{ci}")
            rows, rejected = [], []
            for i, msg in enumerate(chat["messages"]):
                if msg.get("type", "message") != "message":
                    rejected.append((f"chat {chat_key} message {msg.get('id', i)}", f"{msg.get('type')} event",
                                     json.dumps(msg, ensure_ascii=False)[:10000]))
                    continue
                ts = (pd.Timestamp(int(msg["date_unixtime"]), unit="s", tz="UTC") if msg.get("date_unixtime")
                      else pd.to_datetime(msg.get("date"), errors="coerce"))
                if ts is not None and not pd.isna(ts) and ts.tzinfo is None:
                    ts = ts.tz_localize(options.timezone or "UTC").tz_convert("UTC")
                native = msg.get("id")
                mid = (f"telegram:{chat_key}:{native}" if native is not None
                       else content_id("tg", msg.get("from"), ts, _telegram_text(msg.get("text"))))
                reply = msg.get("reply_to_message_id")
                rows.append({"id": mid, "source_id": None if native is None else str(native),
                             "author": msg.get("from") or msg.get("from_id"),
                             "text": _telegram_text(msg.get("text")), "_ts": None if pd.isna(ts) else ts,
                             "_order": i, "parent": f"telegram:{chat_key}:{reply}" if reply else None,
                             "meta": {"chat": chat.get("name"), "from_id": msg.get("from_id"),
                                      "forwarded_from": msg.get("forwarded_from")}})
            parts.append(_chat_result(rows, path, options, "telegram", chat_key, rejected,
                                      len(chat["messages"]), []))
        return _combine(parts)


def _combine(parts: list[LoadResult]) -> LoadResult:
    return LoadResult(messages=S.conform(pd.concat([p.messages for p in parts], ignore_index=True)),
                      rejected=pd.concat([p.rejected for p in parts], ignore_index=True),
                      rows_read=sum(p.rows_read for p in parts),
                      notes=list(dict.fromkeys(n for p in parts for n in p.notes)))


# ----------------------------------------------------------------------------------- Messenger, Instagram
def fix_mojibake(s: object) -> object:
    """Undo Meta's export bug: UTF-8 bytes written as latin-1 escapes ('CafÃ©' -> 'Café')."""
    if not isinstance(s, str):
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


class MetaChatLoader:
    """Messenger and Instagram share one export layout (messages with sender_name, timestamp_ms, content)."""

    def __init__(self, name: str, channel: str) -> None:
        self.name = name
        self.channel = channel
        self.description = f"a {channel.capitalize()} conversation export (message_1.json; mojibake repaired)"

    def detect(self, path: Path, head: str) -> float:
        if not ('"sender_name"' in head and '"timestamp_ms"' in head):
            return 0.0
        is_instagram = "instagram" in str(path).lower()
        return 0.96 if (self.channel == "instagram") == is_instagram else 0.9

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        data = load_json(path, options)
        if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
            raise WorkbenchError(f"{path}: expected a {self.channel} export with a 'messages' list.")
        title = fix_mojibake(data.get("title")) or path.parent.name
        rows = []
        for i, msg in enumerate(data["messages"]):
            author = fix_mojibake(msg.get("sender_name"))
            text = fix_mojibake(msg.get("content") or "")
            ts = pd.Timestamp(int(msg["timestamp_ms"]), unit="ms", tz="UTC") if msg.get("timestamp_ms") else None
            attachments = [k for k in ("photos", "videos", "audio_files", "files", "sticker", "gifs") if msg.get(k)]
            rows.append({"id": content_id(self.channel, author, ts, text, i if not text else ""),
                         "source_id": str(msg.get("timestamp_ms")), "author": author, "text": text, "_ts": ts,
                         "_order": -i, "meta": {"attachments": attachments or None,
                                                "unsent": msg.get("is_unsent") or None, "thread": title}})
        key = content_id(data.get("thread_path") or title)[2:14]
        return _chat_result(rows, path, options, self.channel, key, [], len(data["messages"]), [])


register(WhatsAppLoader())
register(TelegramLoader())
register(MetaChatLoader("messenger", "messenger"))
register(MetaChatLoader("instagram", "instagram"))
