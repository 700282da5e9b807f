"""A Slack workspace's export (a community or a Slack Connect channel with customers): a folder per channel of
one JSON file per day, beside the workspace's `users.json` and `channels.json`. Ingest the unzipped folder;
each day's file is read with the workspace's directory beside it (names, bots, admins), the directory files
themselves hold no messages and are passed over.

A thread is a conversation: its replies answer its first message (Slack's threads are one level deep); a
message outside any thread is a conversation of its own. Who speaks for the brand: an author named with
`--brand-author`; in a channel shared with other organisations (Slack Connect), the people of the workspace
that exported it; otherwise its admins and owners; and its bots. They answer as the brand (the one given with
--brand), each one's name kept in metadata as `agent`. Channel events (joined, left, topic set,
pinned) are no one's words: they are set aside, counted. Slack's markup reads as text: `<@U123>` as the
person's @name, `<https://...|label>` as its label, `<#C1|help>` as #help.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, json_documents, make_id, result, to_utc

NS = "slack"
# The export's directory files, beside the channels' folders: they hold no messages.
DIRECTORY_FILES = {"users.json", "channels.json", "groups.json", "dms.json", "mpims.json", "integration_logs.json",
                   "canvases.json", "org_users.json"}
# Subtypes of messages someone wrote; the others are the channel's events ("channel_join", "pinned_item").
WRITTEN = {None, "", "bot_message", "thread_broadcast", "file_share", "me_message", "reply_broadcast"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
_USER = re.compile(r"<@([A-Z0-9]+)(?:\|([^>]*))?>")
_LINK = re.compile(r"<((?:https?|mailto):[^>|]+)(?:\|([^>]*))?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+\|([^>]*)>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>")


def export_root(path: Path) -> Path | None:
    """The folder of the Slack export a day's file (`<root>/<channel>/2024-03-01.json`) belongs to: the one
    holding `users.json` or `channels.json`; None where there is none."""
    root = path.parent.parent
    return root if (root / "users.json").is_file() or (root / "channels.json").is_file() else None


def is_directory_file(path: Path) -> bool:
    """Whether `path` is one of a Slack export's directory files (`users.json` beside `channels.json`)."""
    return path.name in DIRECTORY_FILES and ((path.parent / "users.json").is_file()
                                             and (path.parent / "channels.json").is_file())


@lru_cache(maxsize=8)
def _directory(root: str | None) -> dict[str, dict]:
    """The export's people by id (from `users.json`), empty where the file is missing or unreadable."""
    if root is None:
        return {}
    try:
        users = json.loads((Path(root) / "users.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {u["id"]: u for u in users if isinstance(u, dict) and u.get("id")}


def _name(user: dict | None, fallback: str | None) -> str | None:
    profile = (user or {}).get("profile") or {}
    return (user or {}).get("name") or profile.get("display_name") or profile.get("real_name") or fallback


def plain_text(text: str, users: dict[str, dict]) -> str:
    """Slack's markup as a reader reads it: mentions as @names, links as their labels, channels as #names."""
    text = _USER.sub(lambda m: "@" + (_name(users.get(m.group(1)), None) or m.group(2) or m.group(1)), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _CHANNEL.sub(lambda m: "#" + m.group(1), text)
    return _SPECIAL.sub(lambda m: "@" + m.group(1), text)


class SlackLoader:
    name = "slack"
    description = ("a Slack workspace's export (the unzipped folder: a folder of daily JSON files per channel, "
                   "users.json beside them); threads are conversations, the workspace's admins, owners and bots "
                   "speak for the brand")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() != ".json" or not head.lstrip().startswith("["):
            return 0.0
        slack_like = '"ts"' in head and '"type"' in head and '"message"' in head
        return 0.9 if slack_like and (_DAY.match(path.name) or export_root(path)) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        docs, rejected = json_documents(path, options)
        root = export_root(path)
        users = _directory(str(root) if root else None)
        channel = path.parent.name if root else path.stem
        messages = [m for doc in docs for m in (doc if isinstance(doc, list) else [doc]) if isinstance(m, dict)]
        named = {n.lstrip("@").lower() for n in options.brand_authors}
        admins = {i for i, u in users.items() if u.get("is_admin") or u.get("is_owner") or u.get("is_primary_owner")}
        teams = {m.get("user_team") or m.get("team") for m in messages} - {None}
        own_team = next((users[i].get("team_id") for i in admins if users[i].get("team_id")), None)
        shared = len(teams) >= 2 and own_team in teams  # Slack Connect: the exporting workspace is the brand
        rows = []
        for n, m in enumerate(messages, start=1):
            if m.get("type") != "message" or not m.get("ts"):
                rejected.append((f"message {n}", "not a message (no type 'message' or no ts)", str(m)[:10000]))
                continue
            if m.get("subtype") not in WRITTEN:
                rejected.append((f"message {n}", f"a channel event ({m['subtype']}), no one's words",
                                 str(m.get("text") or "")[:10000]))
                continue
            uid = m.get("user") or m.get("bot_id")
            user = users.get(m.get("user") or "")
            author = _name(user, (m.get("user_profile") or {}).get("name") or m.get("username") or uid)
            bot = bool(m.get("bot_id") or m.get("subtype") == "bot_message" or (user or {}).get("is_bot"))
            brand = bot or (str(author or "").lower() in named) or (
                (m.get("user_team") or m.get("team")) == own_team if shared else uid in admins)
            ts, thread = str(m["ts"]), m.get("thread_ts")
            rows.append({"id": f"{channel}:{ts}", "ts": ts, "author": author, "brand": brand,
                         "thread": f"{channel}:{thread}" if thread else f"{channel}:{ts}",
                         "parent": f"{channel}:{thread}" if thread and str(thread) != ts else None,
                         "text": plain_text(str(m.get("text") or ""), users),
                         "metadata": {"slack_channel": channel, "reply_count": m.get("reply_count"),
                                      "reactions": sum(int(r.get("count") or 0) for r in m.get("reactions") or []
                                                       if isinstance(r, dict)) or None,
                                      "files": len(m.get("files") or []) or None, "bot": bot or None}})
        if not rows and not rejected:
            raise WorkbenchError(f"{path}: no Slack messages found (no objects of type 'message'); check that it "
                                 "is a day's file of a Slack export, or name the format with --format table.")
        records = [{
            S.MESSAGE_ID: make_id(NS, r["id"]), S.SOURCE_ID: r["ts"], S.CONVERSATION_ID: make_id(NS, r["thread"]),
            S.PARENT_ID: make_id(NS, r["parent"]) if r["parent"] else None,
            S.CHANNEL: options.channel or "slack",
            # the brand's people answer as the brand (an agent is no brand of their own), named in metadata
            S.AUTHOR_ID: (options.brand or S.UNNAMED_BRAND) if r["brand"] else r["author"],
            S.AUTHOR_ROLE: "brand" if r["brand"] else "customer", S.BRAND: options.brand, S.TEXT: r["text"],
            S.METADATA: {**r["metadata"], "agent": r["author"]} if r["brand"] else r["metadata"],
        } for r in rows]
        res = result(records, path, rejected)
        seconds = pd.to_numeric(pd.Series([r["ts"] for r in rows], dtype="object"), errors="coerce")
        res.messages[S.CREATED_AT] = to_utc(seconds, options)  # Unix seconds ("1709280000.000100")
        how = ("the exporting workspace's people (a channel shared with other organisations)" if shared else
               "the workspace's admins, owners and bots" if users else "bots (no users.json beside the channel's "
               "folder: admins cannot be told)")
        # the same words for every day's file, so a folder's note is said once (counts: `workbench status`)
        res.notes.append(f"messages read as the brand's: {how}; --brand-author NAME names others"
                         + ("." if options.brand else "; a Slack export does not name the brand: --brand NAME does."))
        return res


register(SlackLoader())
