"""YouTube comments as the YouTube Data API returns them: `commentThreads` pages (`{"kind":
"youtube#commentThreadListResponse", "items": [...]}`, each thread its top-level comment and the replies the API
includes), `comments` pages (`youtube#commentListResponse`, the replies to a thread fetched apart), one page per
file, a list of pages, or one page or item per line. A comment on two pages is loaded twice and set aside as an
exact duplicate when cleaned, as everywhere.

A thread is a conversation; a reply answers its thread's top-level comment (YouTube threads are one level
deep). The channel that owns the video speaks for the brand: a comment written from that channel (its
`authorChannelId` is the thread's `channelId`), or by an author named with `--brand-author`, is the brand's.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import (
    LoadOptions,
    LoadResult,
    html_to_text,
    json_documents,
    make_id,
    page_items,
    result,
    to_utc,
)

NS = "yt"


def _comments(item: dict) -> list[tuple[dict, str | None, str | None]]:
    """(comment, its thread's id, the channel that owns the video) for a thread item (its top-level comment and
    its included replies) or a comment item."""
    snippet = item.get("snippet") or {}
    owner = snippet.get("channelId")
    if isinstance(snippet.get("topLevelComment"), dict):
        thread = item.get("id") or snippet["topLevelComment"].get("id")
        replies = (item.get("replies") or {}).get("comments") or []
        return [(snippet["topLevelComment"], thread, owner)] + [(r, thread, owner) for r in replies
                                                                if isinstance(r, dict)]
    return [(item, snippet.get("parentId") or item.get("id"), owner)]


class YouTubeLoader:
    name = "youtube"
    description = ("YouTube comments as the YouTube Data API returns them (commentThreads or comments pages, JSON "
                   "or JSON lines); the video's channel speaks for the brand")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
            return 0.0
        return 0.9 if any(k in head for k in ('"youtube#commentThread', '"youtube#comment"', '"topLevelComment"')) \
            else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        docs, rejected = json_documents(path, options)
        named = {n.lstrip("@").lower() for n in options.brand_authors}
        rows = []
        for n, item in enumerate(page_items(docs), start=1):
            for comment, thread, owner in _comments(item):
                s = comment.get("snippet") or {}
                cid = comment.get("id")
                text = s.get("textOriginal") or html_to_text(s.get("textDisplay"))
                if not cid or not text:
                    rejected.append((f"item {n}", "a comment with no id or no text", str(comment)[:10000]))
                    continue
                channel = (s.get("authorChannelId") or {}).get("value")
                author = s.get("authorDisplayName") or channel
                brand_side = (owner is not None and channel == owner) or \
                    (isinstance(author, str) and author.lstrip("@").lower() in named)
                rows.append({"id": cid, "thread": thread, "parent": s.get("parentId"), "author": author,
                             "brand": brand_side, "text": text, "created": s.get("publishedAt"),
                             "metadata": {"video_id": s.get("videoId") or (item.get("snippet") or {}).get("videoId"),
                                          "like_count": s.get("likeCount"),
                                          "reply_count": (item.get("snippet") or {}).get("totalReplyCount")
                                          if cid == thread else None}})
        if not rows:
            raise WorkbenchError(f"{path}: no YouTube comments found (no items with a comment's id and text); check "
                                 "that it is the API's response, or name the format with --format table.")
        brand_name = options.brand or next((r["author"].lstrip("@") for r in rows if r["brand"]), None)
        records = [{
            S.MESSAGE_ID: make_id(NS, r["id"]), S.SOURCE_ID: r["id"],
            S.CONVERSATION_ID: make_id(NS, r["thread"]),
            S.PARENT_ID: make_id(NS, r["parent"]) if r["parent"] else None,
            S.CHANNEL: options.channel or "youtube", S.AUTHOR_ID: r["author"],
            S.AUTHOR_ROLE: "brand" if r["brand"] else "customer", S.BRAND: brand_name, S.TEXT: r["text"],
            S.METADATA: r["metadata"],
        } for r in rows]
        res = result(records, path, rejected)
        res.messages[S.CREATED_AT] = to_utc(pd.Series([r["created"] for r in rows], dtype="object"), options)
        replies = sum(r["brand"] for r in rows)
        res.notes.append(f"{replies} comment{'s' if replies != 1 else ''} written from the video's own channel read "
                         "as the brand's replies" + (f" ({brand_name})" if brand_name else "")
                         + "; --brand-author NAME names the brand's account." if replies else
                         "no comment is written from the video's own channel, so every comment is taken as a "
                         "customer's; --brand-author NAME names the brand's account.")
        return res


register(YouTubeLoader())
