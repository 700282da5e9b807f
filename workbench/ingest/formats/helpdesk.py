"""Helpdesk exports: Zendesk and Freshdesk tickets (with comments or conversations), Zendesk Chat's and LiveChat's
chats, Intercom and Help Scout conversations, as their APIs document them.

Zendesk: `{"tickets": [...], "users": [...]}` or one ticket per line; a ticket's `comments` are its messages (the
requester's are the customer's; private comments are internal notes and are set aside), its `satisfaction_rating` a
CSAT of kind csat_good_bad (good = 1, bad = 0). Intercom: `{"conversations": [...]}` or a list; the `source` opens
the conversation, `conversation_parts` follow; author types user/lead/contact are customers, admin/bot/team the
brand; `conversation_rating` is a 1-5 CSAT. Help Scout: `_embedded.conversations` with their `_embedded.threads`
(fetched with embed=threads); a thread created by a customer is the customer's, by a user the brand's; notes, drafts
and line items (workflow events) are set aside. Freshdesk: tickets with their `conversations`
(include=conversations); the description opens the ticket, an `incoming` conversation (or one by the requester) is
the customer's, the others the agents', private ones are notes, set aside. In all, the agents' (and bots') messages
are the brand's: their author is the brand given with --brand, else the stand-in for a brand the export does not
name, and the agent's address or name is kept in metadata as `agent` (an agent is no brand of their own).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, html_to_text, load_json, read_json_lines, result


def _records(path: Path, options: LoadOptions, key: str) -> tuple[list[dict], list[tuple[str, str, str]], dict]:
    """Objects under `key` in a JSON document, or one per line in JSON lines; plus the document itself."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        items, rejected = read_json_lines(path, options)
        return items, rejected, {}
    data = load_json(path, options)
    if isinstance(data, list):
        return data, [], {}
    if isinstance(data, dict) and isinstance(data.get(key), list):
        return data[key], [], data
    if isinstance(data, dict) and key.rstrip("s") in data:  # a single object: {"ticket": {...}}
        return [data[key.rstrip("s")]], [], data
    raise WorkbenchError(f"{path}: expected a list of {key} or an object with '{key}': [...].")


def _identified(items: list, kind: str, rejected: list[tuple[str, str, str]]) -> list[dict]:
    """The items that are objects with an id; each other one set aside in `rejected` as not a `kind`."""
    kept = []
    for item in items:
        if isinstance(item, dict) and "id" in item:
            kept.append(item)
        else:
            rejected.append((f"{kind} ?", f"not a {kind} (no id)", json.dumps(item, default=str)[:10000]))
    return kept


def _ts(value: object) -> pd.Timestamp | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return pd.Timestamp(int(value), unit="s", tz="UTC")
    ts = pd.to_datetime(value, utc=True, errors="coerce")
    return None if pd.isna(ts) else ts


def _rating_message(message_id: str, source_id: str, conv: str, parent: str | None, created, customer, brand,
                    comment: str | None, rating: float, kind: str, meta: dict) -> dict:
    """The customer's rating of a ticket or a chat, with its comment as the text (empty where there is none), as
    a survey message answering the conversation's last message."""
    return {S.MESSAGE_ID: message_id, S.SOURCE_ID: source_id, S.CONVERSATION_ID: conv, S.PARENT_ID: parent,
            S.CREATED_AT: created, S.CHANNEL: "survey", S.AUTHOR_ID: customer, S.AUTHOR_ROLE: "customer",
            S.BRAND: brand, S.TEXT: comment or "", S.RATING: rating, S.RATING_TYPE: kind, S.METADATA: meta}


class ZendeskLoader:
    name = "zendesk"
    description = "Zendesk tickets with their comments (JSON export or API pages; private notes set aside)"

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if '"requester_id"' in head and ('"ticket' in head or '"comments"' in head) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        tickets, rejected, doc = _records(path, options, "tickets")
        users = {u.get("id"): u for u in doc.get("users", []) if isinstance(u, dict)}
        tickets = _identified(tickets, "ticket", rejected)
        records, rows_read = [], len(rejected)
        for t in tickets:
            conv = f"zendesk:{t['id']}"
            requester = t.get("requester_id")
            via = (t.get("via") or {}).get("channel")
            channel = options.channel or {"web": "web form", "api": "ticket", None: "ticket"}.get(via, via)
            meta = {"ticket_id": t["id"], "subject": t.get("subject"), "status": t.get("status"),
                    "priority": t.get("priority"), "type": t.get("type"), "tags": t.get("tags"),
                    "organization_id": t.get("organization_id"),
                    **{f"custom_{f.get('id')}": f.get("value") for f in t.get("custom_fields") or []}}
            comments = t.get("comments") or [{"id": f"{t['id']}-description", "author_id": requester,
                                              "body": t.get("description"), "public": True,
                                              "created_at": t.get("created_at")}]
            parent = None
            for k, c in enumerate(comments):
                rows_read += 1
                where = f"ticket {t['id']} comment {c.get('id', k)}"
                if c.get("public") is False:
                    rejected.append((where, "internal note (not visible to the customer)",
                                     json.dumps(c, ensure_ascii=False)[:10000]))
                    continue
                author = c.get("author_id")
                user = users.get(author, {})
                is_customer = author == requester or user.get("role") == "end-user"
                body = c.get("plain_body") or c.get("body") or html_to_text(c.get("html_body"))
                if k == 0 and t.get("subject") and t.get("subject") not in (body or ""):
                    body = f"{t['subject']}\n\n{body or ''}".strip()
                mid = f"zendesk:{t['id']}:{c.get('id', k)}"
                writer = user.get("email") or user.get("name") or (None if author is None else str(author))
                records.append({
                    S.MESSAGE_ID: mid, S.SOURCE_ID: str(c.get("id", k)), S.CONVERSATION_ID: conv,
                    S.PARENT_ID: parent, S.CREATED_AT: _ts(c.get("created_at")), S.CHANNEL: channel,
                    S.AUTHOR_ID: writer if is_customer else options.brand or S.UNNAMED_BRAND,
                    S.AUTHOR_ROLE: "customer" if is_customer else "brand", S.BRAND: options.brand,
                    S.TEXT: body or "", S.METADATA: meta if is_customer else {**meta, "agent": writer},
                })
                parent = mid
            sat = t.get("satisfaction_rating") or {}
            if sat.get("score") in ("good", "bad"):
                rows_read += 1
                score = 1.0 if sat["score"] == "good" else 0.0
                req = users.get(requester, {})
                records.append(_rating_message(
                    f"zendesk:{t['id']}:satisfaction", str(sat.get("id", "")), conv, parent,
                    _ts(sat.get("created_at") or t.get("updated_at")),
                    req.get("email") or req.get("name") or (None if requester is None else str(requester)),
                    options.brand, sat.get("comment"), score, "csat_good_bad", {**meta, "satisfaction": sat["score"]}))
        return result(records, path, rejected, rows_read=rows_read)


class ZendeskChatLoader:
    name = "zendesk-chat"
    description = ("Zendesk Chat (Zopim) chats with their history as its Chat API returns them (chat.msg events; "
                   "joins, leaves and other events set aside)")

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if '"history"' in head and '"chat.msg"' in head else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        chats, rejected, _ = _records(path, options, "chats")
        chats = _identified(chats, "chat", rejected)
        records, rows_read = [], len(rejected)
        for c in chats:
            visitor = c.get("visitor") or {}
            customer = visitor.get("email") or visitor.get("id") or visitor.get("name") or None
            conv = f"zendesk-chat:{c['id']}"
            meta = {"chat_id": c["id"], "department": c.get("department_name"), "tags": c.get("tags") or None}
            events = c.get("history") or []
            if c.get("type") == "offline_msg":  # a message left while no agent was online: no history
                events = [{"type": "chat.msg", "nick": "visitor", "msg": c.get("message"),
                           "timestamp": c.get("timestamp")}]
            parent, last = None, _ts(c.get("timestamp"))
            for k, e in enumerate(events):
                rows_read += 1
                where = f"chat {c['id']} event {k + 1}"
                text = (e.get("msg") or "").strip() if isinstance(e, dict) else ""
                if isinstance(e, dict):
                    last = _ts(e.get("timestamp")) or last
                if not isinstance(e, dict) or e.get("type") != "chat.msg" or not text:
                    rejected.append((where, "chat event with no message (a join, leave, file or rating)",
                                     json.dumps(e, ensure_ascii=False, default=str)[:10000]))
                    continue
                is_customer = str(e.get("nick") or "").startswith("visitor")
                trigger = str(e.get("nick") or "").lower() == "agent:trigger"  # an automatic message, no agent's
                mid = f"{conv}:{k + 1}"
                records.append({
                    S.MESSAGE_ID: mid, S.SOURCE_ID: str(k + 1), S.CONVERSATION_ID: conv, S.PARENT_ID: parent,
                    S.CREATED_AT: _ts(e.get("timestamp")), S.CHANNEL: options.channel or "chat",
                    S.AUTHOR_ID: customer if is_customer else options.brand or S.UNNAMED_BRAND,
                    S.AUTHOR_ROLE: "customer" if is_customer else "brand", S.BRAND: options.brand, S.TEXT: text,
                    S.METADATA: meta if is_customer else {**meta, S.AUTOMATED: True} if trigger
                    else {**meta, "agent": e.get("name")},
                })
                parent = mid
            if c.get("rating") in ("good", "bad"):  # the visitor's rating of the chat, with its comment
                rows_read += 1
                records.append(_rating_message(
                    f"{conv}:rating", "rating", conv, parent, _ts(c.get("end_timestamp")) or last,  # the chat's end
                    customer, options.brand, c.get("comment"), 1.0 if c["rating"] == "good" else 0.0,
                    "csat_good_bad", {**meta, "satisfaction": c["rating"]}))
        return result(records, path, rejected, rows_read=rows_read)


class LiveChatLoader:
    name = "livechat"
    description = ("LiveChat chats as its Agent Chat API returns them (chats with their users and thread events; "
                   "system messages, files and messages only agents see set aside)")

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if '"users"' in head and ('"thread"' in head or '"threads"' in head) and '"events"' in head \
            else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        chats, rejected, _ = _records(path, options, "chats")
        chats = _identified(chats, "chat", rejected)
        records, rows_read = [], len(rejected)
        for c in chats:
            users = {u.get("id"): u for u in c.get("users") or [] if isinstance(u, dict)}
            threads = c.get("threads") or ([c["thread"]] if isinstance(c.get("thread"), dict) else [])
            for t in (t for t in threads if isinstance(t, dict)):
                conv = f"livechat:{c['id']}:{t.get('id')}"
                meta = {"chat_id": c["id"], "thread_id": t.get("id"), "tags": t.get("tags") or None}
                parent, customer = None, None
                for k, e in enumerate(t.get("events") or []):
                    rows_read += 1
                    where = f"chat {c['id']} thread {t.get('id')} event {k + 1}"
                    raw = json.dumps(e, ensure_ascii=False, default=str)[:10000]
                    if not isinstance(e, dict) or e.get("type") != "message" or not (e.get("text") or "").strip():
                        kind = e.get("type", "event") if isinstance(e, dict) else "event"
                        rejected.append((where, f"{kind} event with no message (system message, file or form)",
                                         raw))
                        continue
                    if e.get("visibility") == "agents":
                        rejected.append((where, "internal note (not visible to the customer)", raw))
                        continue
                    author = users.get(e.get("author_id")) or {}
                    is_customer = author.get("type") == "customer"
                    writer = author.get("email") or author.get("name") or e.get("author_id")
                    customer = customer or (writer if is_customer else None)
                    mid = f"{conv}:{e.get('id', k + 1)}"
                    records.append({
                        S.MESSAGE_ID: mid, S.SOURCE_ID: str(e.get("id", k + 1)), S.CONVERSATION_ID: conv,
                        S.PARENT_ID: parent, S.CREATED_AT: _ts(e.get("created_at")),
                        S.CHANNEL: options.channel or "chat",
                        S.AUTHOR_ID: writer if is_customer else options.brand or S.UNNAMED_BRAND,
                        S.AUTHOR_ROLE: "customer" if is_customer else "brand", S.BRAND: options.brand,
                        S.TEXT: e["text"].strip(), S.METADATA: meta if is_customer else {**meta, "agent": writer},
                    })
                    parent = mid
                rating = ((t.get("properties") or {}).get("rating") or {})
                score = (rating.get("score") or {}).get("value")
                if score in (0, 1):  # the customer's rating of the chat: good (1) or bad (0), with its comment
                    rows_read += 1
                    records.append(_rating_message(
                        f"{conv}:rating", "rating", conv, parent, records[-1][S.CREATED_AT] if parent else None,
                        customer, options.brand, (rating.get("comment") or {}).get("value"), float(score),
                        "csat_good_bad", meta))
        return result(records, path, rejected, rows_read=rows_read)


INTERCOM_CUSTOMER = {"user", "lead", "contact"}
INTERCOM_CHANNEL = {"conversation": "chat", "push": "chat", "chat": "chat", "email": "email",
                    "facebook": "messenger", "twitter": "twitter", "instagram": "instagram",
                    "whatsapp": "whatsapp", "sms": "sms", "phone_call": "phone"}


class IntercomLoader:
    name = "intercom"
    description = "Intercom conversations (API JSON: source + conversation_parts; notes set aside)"

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if '"conversation_parts"' in head or '"conversation.list"' in head else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        convs, rejected, _ = _records(path, options, "conversations")
        convs = _identified(convs, "conversation", rejected)
        records, rows_read = [], len(rejected)
        for c in convs:
            src = c.get("source") or {}
            channel = options.channel or INTERCOM_CHANNEL.get(src.get("type"), "chat")
            conv = f"intercom:{c['id']}"
            meta = {"conversation_id": c["id"], "title": c.get("title"), "state": c.get("state"),
                    "tags": [t.get("name") for t in (c.get("tags") or {}).get("tags", [])] or None,
                    **{f"attr_{k}": v for k, v in (c.get("custom_attributes") or {}).items()}}
            parts = [{"id": src.get("id") or "source", "part_type": "comment", "author": src.get("author") or {},
                      "body": "\n\n".join(x for x in (src.get("subject"), html_to_text(src.get("body"))) if x),
                      "created_at": c.get("created_at")}]
            parts += (c.get("conversation_parts") or {}).get("conversation_parts", [])
            parent, customer = None, None
            for p in parts:
                rows_read += 1
                where = f"conversation {c['id']} part {p.get('id')}"
                author = p.get("author") or {}
                text = p["body"] if p.get("id") == parts[0]["id"] and p is parts[0] else html_to_text(p.get("body"))
                if p.get("part_type") == "note":
                    rejected.append((where, "internal note (not visible to the customer)",
                                     json.dumps(p, ensure_ascii=False)[:10000]))
                    continue
                if not text:
                    rejected.append((where, f"{p.get('part_type', 'workflow')} event with no text",
                                     json.dumps(p, ensure_ascii=False)[:10000]))
                    continue
                is_customer = author.get("type") in INTERCOM_CUSTOMER
                author_id = author.get("email") or author.get("name") or author.get("id")
                customer = customer or (author_id if is_customer else None)
                mid = f"intercom:{c['id']}:{p.get('id')}"
                agent = not is_customer and bool(author)  # a teammate or a bot: the brand speaking
                records.append({
                    S.MESSAGE_ID: mid, S.SOURCE_ID: str(p.get("id")), S.CONVERSATION_ID: conv, S.PARENT_ID: parent,
                    S.CREATED_AT: _ts(p.get("created_at")), S.CHANNEL: channel,
                    S.AUTHOR_ID: options.brand or S.UNNAMED_BRAND if agent else author_id,
                    S.AUTHOR_ROLE: "customer" if is_customer else ("brand" if author else "unknown"),
                    S.BRAND: options.brand, S.TEXT: text,
                    S.METADATA: {**meta, "agent": author_id, **({S.AUTOMATED: True} if author.get("type") == "bot"
                                                               else {})} if agent else meta,
                })
                parent = mid
            rating = c.get("conversation_rating") or {}
            if rating.get("rating") is not None:
                rows_read += 1
                contact = rating.get("contact") or {}
                records.append(_rating_message(
                    f"intercom:{c['id']}:rating", "rating", conv, parent, _ts(rating.get("created_at")),
                    customer or contact.get("id"), options.brand, rating.get("remark"), float(rating["rating"]),
                    "csat", meta))
        return result(records, path, rejected, rows_read=rows_read)


HELPSCOUT_CHANNEL = {"email": "email", "chat": "chat", "beacon": "chat", "phone": "phone", "api": "ticket",
                     "web": "web form", "form": "web form"}


def _helpscout_conversations(path: Path, options: LoadOptions) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """Conversations of Help Scout's API pages (`{"_embedded": {"conversations": [...]}}`), a list of pages or of
    conversations, or one page or conversation per line."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        docs, rejected = read_json_lines(path, options)
    else:
        docs, rejected = [load_json(path, options)], []
    out: list[dict] = []
    for doc in docs:
        for page in doc if isinstance(doc, list) else [doc]:
            if not isinstance(page, dict):
                continue
            convs = (page.get("_embedded") or {}).get("conversations")
            out += [c for c in convs if isinstance(c, dict)] if isinstance(convs, list) else [page]
    return out, rejected


def _person(p: dict | None) -> str | None:
    p = p or {}
    name = " ".join(x for x in (p.get("first"), p.get("last")) if x)
    return p.get("email") or name or (None if p.get("id") is None else str(p["id"]))


class HelpScoutLoader:
    name = "helpscout"
    description = ("Help Scout conversations with their threads (Mailbox API JSON, threads embedded; notes, "
                   "drafts and workflow events set aside)")

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if '"_embedded"' in head and ('"threads"' in head or '"primaryCustomer"' in head) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        convs, rejected = _helpscout_conversations(path, options)
        records, rows_read = [], len(rejected)
        for c in convs:
            threads = (c.get("_embedded") or {}).get("threads")
            if "id" not in c or not isinstance(threads, list):
                rows_read += 1
                rejected.append(("conversation ?", "not a conversation with its threads (no id, or threads not "
                                 "embedded: fetch them with embed=threads)", json.dumps(c)[:10000]))
                continue
            conv = f"helpscout:{c['id']}"
            via = (c.get("source") or {}).get("type")
            channel = options.channel or HELPSCOUT_CHANNEL.get(via, "email")
            meta = {"conversation_id": c["id"], "number": c.get("number"), "subject": c.get("subject"),
                    "status": c.get("status"), "mailbox_id": c.get("mailboxId"),
                    "tags": [t.get("tag") for t in c.get("tags") or [] if isinstance(t, dict)] or None,
                    **{f"custom_{f.get('name') or f.get('id')}": f.get("text") or f.get("value")
                       for f in c.get("customFields") or [] if isinstance(f, dict)}}
            parent, first = None, True
            for t in sorted((t for t in threads if isinstance(t, dict)), key=lambda t: str(t.get("createdAt") or "")):
                rows_read += 1
                where = f"conversation {c['id']} thread {t.get('id')}"
                kind = str(t.get("type") or "")
                if kind == "lineitem" or (kind != "note" and not t.get("body")):
                    rejected.append((where, f"a {kind or 'workflow'} event with no text",
                                     json.dumps(t, ensure_ascii=False)[:10000]))
                    continue
                if kind == "note":
                    rejected.append((where, "internal note (not visible to the customer)",
                                     json.dumps(t, ensure_ascii=False)[:10000]))
                    continue
                if t.get("state") in ("draft", "hidden", "underreview"):
                    rejected.append((where, f"a {t['state']} reply, never sent",
                                     json.dumps(t, ensure_ascii=False)[:10000]))
                    continue
                by = t.get("createdBy") or {}
                is_customer = by.get("type") == "customer" or (not by and kind == "customer")
                writer = _person(by) or _person(t.get("customer"))
                body = html_to_text(t.get("body")) or ""
                if first and is_customer and c.get("subject") and c["subject"] not in body:
                    body = f"{c['subject']}\n\n{body}".strip()
                first = False
                mid = f"{conv}:{t.get('id')}"
                records.append({
                    S.MESSAGE_ID: mid, S.SOURCE_ID: str(t.get("id")), S.CONVERSATION_ID: conv, S.PARENT_ID: parent,
                    S.CREATED_AT: _ts(t.get("createdAt")), S.CHANNEL: channel,
                    S.AUTHOR_ID: writer if is_customer else options.brand or S.UNNAMED_BRAND,
                    S.AUTHOR_ROLE: "customer" if is_customer else "brand", S.BRAND: options.brand, S.TEXT: body,
                    S.METADATA: meta if is_customer else {**meta, "agent": writer},
                })
                parent = mid
        if not records and not rejected:
            raise WorkbenchError(f"{path}: no Help Scout conversations found; fetch them with embed=threads.")
        return result(records, path, rejected, rows_read=rows_read)


# Freshdesk's numeric `source` of a ticket, as a channel.
FRESHDESK_CHANNEL = {1: "email", 2: "web form", 3: "phone", 4: "forum", 5: "twitter", 6: "facebook", 7: "chat",
                     8: "app", 9: "web form", 10: "email"}


class FreshdeskLoader:
    name = "freshdesk"
    description = ("Freshdesk tickets with their conversations (API JSON, include=conversations; private notes set "
                   "aside)")

    def detect(self, path: Path, head: str) -> float:
        marks = ('"description_text"', '"responder_id"', '"fr_escalated"', '"body_text"')
        return 0.97 if '"requester_id"' in head and any(m in head for m in marks) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        tickets, rejected, _ = _records(path, options, "tickets")
        tickets = _identified(tickets, "ticket", rejected)
        records, rows_read = [], len(rejected)
        for t in tickets:
            conv = f"freshdesk:{t['id']}"
            requester = t.get("requester_id")
            channel = options.channel or FRESHDESK_CHANNEL.get(t.get("source"), "ticket")
            meta = {"ticket_id": t["id"], "subject": t.get("subject"), "status": t.get("status"),
                    "priority": t.get("priority"), "type": t.get("type"), "tags": t.get("tags") or None,
                    "company_id": t.get("company_id"),
                    **{f"custom_{k}": v for k, v in (t.get("custom_fields") or {}).items()}}
            opening = {"id": "description", "body_text": t.get("description_text"), "body": t.get("description"),
                       "user_id": requester, "incoming": True, "private": False, "created_at": t.get("created_at")}
            parts = [opening] + sorted((c for c in t.get("conversations") or [] if isinstance(c, dict)),
                                       key=lambda c: str(c.get("created_at") or ""))
            parent = None
            for c in parts:
                rows_read += 1
                where = f"ticket {t['id']} conversation {c.get('id')}"
                if c.get("private"):
                    rejected.append((where, "internal note (not visible to the customer)",
                                     json.dumps(c, ensure_ascii=False)[:10000]))
                    continue
                body = c.get("body_text") or html_to_text(c.get("body")) or ""
                if c is opening and t.get("subject") and t["subject"] not in body:
                    body = f"{t['subject']}\n\n{body}".strip()
                is_customer = bool(c.get("incoming")) or (requester is not None and c.get("user_id") == requester)
                writer = c.get("from_email") if is_customer and c.get("from_email") else c.get("user_id")
                writer = None if writer is None else str(writer)
                mid = f"{conv}:{c.get('id')}"
                records.append({
                    S.MESSAGE_ID: mid, S.SOURCE_ID: str(c.get("id")), S.CONVERSATION_ID: conv, S.PARENT_ID: parent,
                    S.CREATED_AT: _ts(c.get("created_at")), S.CHANNEL: channel,
                    S.AUTHOR_ID: (str(requester) if requester is not None else writer) if is_customer
                    else options.brand or S.UNNAMED_BRAND,
                    S.AUTHOR_ROLE: "customer" if is_customer else "brand", S.BRAND: options.brand, S.TEXT: body,
                    S.METADATA: meta if is_customer else {**meta, "agent": writer},
                })
                parent = mid
        return result(records, path, rejected, rows_read=rows_read)


register(ZendeskLoader())
register(ZendeskChatLoader())
register(LiveChatLoader())
register(IntercomLoader())
register(HelpScoutLoader())
register(FreshdeskLoader())
