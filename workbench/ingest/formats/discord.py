"""A brand's Discord server as DiscordChatExporter saves a channel or a thread (JSON: `guild`, `channel`,
`messages`, each message with its `author` and, for a reply, the `reference` to the message it answers).

A reply answers the message it references and joins its conversation; a thread's export is one conversation.
Who speaks for the brand: an author named with `--brand-author`, one whose server role says so (staff, team,
moderator, admin, support, developer, official, the server's own name) and the server's bots; they answer as
the brand (the server's name, or the one given with --brand), each one's name kept in metadata as `agent`. Server events
(a member joined, a message pinned, a thread created) are no one's words: they are set aside, counted.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, json_documents, make_id, result, to_utc
from workbench.ingest.formats.columns import STAFF_TITLE
from workbench.ingest.formats.threads import thread_roots

NS = "discord"
# Message types that someone wrote; the others are the server's events ("GuildMemberJoin", "ChannelPinnedMessage").
WRITTEN = {"default", "reply", "threadstartermessage", "0", "19", "21"}
def _staff(author: dict, server: str | None, named: set[str]) -> bool:
    """Whether an author speaks for the brand: named by the researcher, a bot, or of a staff role (or a role
    called by the server's own name: "Acme" on Acme's server)."""
    names = {str(author.get(k) or "").lstrip("@").lower() for k in ("name", "nickname", "id")} - {""}
    if names & named or author.get("isBot"):
        return True
    roles = [str(r.get("name") or "") for r in author.get("roles") or [] if isinstance(r, dict)]
    own = (server or "").strip().lower()
    return any(STAFF_TITLE.search(r) or (own and r.strip().lower() == own) for r in roles)


class DiscordLoader:
    name = "discord"
    description = ("a Discord channel or thread as DiscordChatExporter saves it (JSON); the server's staff roles "
                   "and bots speak for the brand")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() != ".json":
            return 0.0
        return 0.9 if '"guild"' in head and '"messages"' in head and '"channel"' in head else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        docs, rejected = json_documents(path, options)
        named = {n.lstrip("@").lower() for n in options.brand_authors}
        rows = []
        for doc in docs:
            if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
                continue
            guild, chan = doc.get("guild") or {}, doc.get("channel") or {}
            server = guild.get("name")
            thread = chan.get("id") if "thread" in str(chan.get("type", "")).lower() else None
            for n, m in enumerate(doc["messages"], start=1):
                if not isinstance(m, dict) or not m.get("id"):
                    rejected.append((f"message {n}", "a message with no id", str(m)[:10000]))
                    continue
                if str(m.get("type", "Default")).lower() not in WRITTEN:
                    rejected.append((f"message {n}", f"a server event ({m.get('type')}), no one's words",
                                     str(m.get("content") or "")[:10000]))
                    continue
                author = m.get("author") or {}
                ref = m.get("reference") or {}
                rows.append({
                    "id": str(m["id"]), "thread": thread, "author": author.get("name") or author.get("id"),
                    "parent": str(ref["messageId"]) if ref.get("messageId") else None,
                    "brand": _staff(author, server, named), "text": m.get("content") or "",
                    "created": m.get("timestamp"), "server": server,
                    "metadata": {"server": server, "channel": chan.get("name"), "category": chan.get("category"),
                                 "author_nickname": author.get("nickname"), "is_bot": author.get("isBot") or None,
                                 "roles": [r.get("name") for r in author.get("roles") or [] if isinstance(r, dict)],
                                 "attachments": len(m.get("attachments") or []) or None,
                                 "reactions": sum(int(r.get("count") or 0) for r in m.get("reactions") or []
                                                  if isinstance(r, dict)) or None,
                                 "edited": m.get("timestampEdited")}})
        if not rows:
            raise WorkbenchError(f"{path}: no Discord messages found (no 'messages' with ids); check that it is "
                                 "DiscordChatExporter's JSON, or name the format with --format table.")
        ids = pd.Series([make_id(NS, r["id"]) for r in rows], dtype="string")
        parents = pd.Series([make_id(NS, r["parent"]) if r["parent"] else None for r in rows], dtype="string")
        roots = thread_roots(ids, parents)
        records = [{
            S.MESSAGE_ID: i, S.SOURCE_ID: r["id"],
            S.CONVERSATION_ID: make_id(NS, r["thread"]) if r["thread"] else root,
            S.PARENT_ID: p if isinstance(p, str) else None,
            S.CHANNEL: options.channel or "discord",
            # the brand's people answer as the brand (an agent is no brand of their own), named in metadata
            S.AUTHOR_ID: (options.brand or r["server"] or S.UNNAMED_BRAND) if r["brand"] else r["author"],
            S.AUTHOR_ROLE: "brand" if r["brand"] else "customer", S.BRAND: options.brand or r["server"],
            S.TEXT: r["text"], S.METADATA: {**r["metadata"], "agent": r["author"]} if r["brand"] else r["metadata"],
        } for i, p, root, r in zip(ids, parents, roots, rows, strict=True)]
        res = result(records, path, rejected)
        res.messages[S.CREATED_AT] = to_utc(pd.Series([r["created"] for r in rows], dtype="object"), options)
        staff = sorted({r["author"] for r in rows if r["brand"] and r["author"]})
        res.notes.append(
            f"{len(staff)} author{'s' if len(staff) != 1 else ''} read as speaking for the brand by their server "
            f"role, as bots or as named ({', '.join(map(str, staff[:5]))}{', ...' if len(staff) > 5 else ''}); "
            "--brand-author NAME names others." if staff else
            "no author has a staff role, is a bot or is named, so every message is taken as a customer's; "
            "--brand-author NAME names the brand's people.")
        return res


register(DiscordLoader())
