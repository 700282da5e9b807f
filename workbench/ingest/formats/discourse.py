"""A brand's community forum on Discourse, as its JSON API returns it: a topic (`/t/ID.json`: `post_stream.posts`
under the topic's `title`), a topic's posts (`/t/ID/posts.json`), the latest posts (`/posts.json`:
`latest_posts`), one document per file, a list of them, or one per line.

A topic is a conversation: its first post opens it (the topic's title read before it), a post that answers
another (`reply_to_post_number`) answers that one, and any other post answers the first. Who speaks for the
brand: the forum's staff, admins and moderators (`staff`, `admin`, `moderator`), authors whose title says so
(`user_title`: "Community Manager", "Acme Team") and authors named with `--brand-author`; they answer as the
brand (`--brand` names it), each one's user name kept in metadata as `agent`. Posts the forum wrote itself
(`post_type` other than a regular post: a topic closed, moved or pinned) and staff's whispers (internal notes)
are set aside, counted; quoted posts
(`<aside class="quote">`) are left out of the text that quotes them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, html_to_text, json_documents, make_id, result, to_utc
from workbench.ingest.formats.columns import STAFF_TITLE
from workbench.ingest.formats.tabular import with_title

NS = "discourse"
REGULAR = 1  # Discourse's post_type of a post someone wrote (2 moderator action, 3 small action, 4 whisper)
QUOTE = re.compile(r"(?is)<aside\b[^>]*\bclass=\"[^\"]*\bquote\b.*?</aside>")


def _posts(docs: list) -> list[tuple[dict, dict]]:
    """(post, the topic it came with) for every post of the documents."""
    out: list[tuple[dict, dict]] = []
    for doc in docs:
        for d in doc if isinstance(doc, list) else [doc]:
            if not isinstance(d, dict):
                continue
            posts = (d.get("post_stream") or {}).get("posts") or d.get("latest_posts") or []
            out += [(p, d) for p in posts if isinstance(p, dict)]
    return out


def _staff(post: dict, named: set[str]) -> bool:
    """Whether a post's author speaks for the brand: staff, admin or moderator, a staff title, or named."""
    if any(post.get(k) is True for k in ("staff", "admin", "moderator")):
        return True
    return bool(STAFF_TITLE.search(str(post.get("user_title") or ""))) or \
        str(post.get("username") or "").lower() in named


class DiscourseLoader:
    name = "discourse"
    description = ("a community forum on Discourse as its JSON API returns it (topics with their posts, or the "
                   "latest posts); staff and moderators speak for the brand")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
            return 0.0
        return 0.9 if '"cooked"' in head and '"post_number"' in head and '"username"' in head else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        docs, rejected = json_documents(path, options)
        named = {n.lstrip("@").lower() for n in options.brand_authors}
        posts = _posts(docs)
        if not posts:
            raise WorkbenchError(f"{path}: no Discourse posts found (no 'post_stream' or 'latest_posts'); check that "
                                 "it is the forum's API response, or name the format with --format table.")
        by_number = {(p.get("topic_id"), p.get("post_number")): p.get("id") for p, _ in posts}
        records, times, titles = [], [], []
        for n, (p, topic) in enumerate(posts, start=1):
            text = html_to_text(QUOTE.sub(" ", p.get("cooked") or "")) or str(p.get("raw") or "").strip()
            if p.get("post_type", REGULAR) != REGULAR:
                rejected.append((f"post {n}", "no post for the forum's readers (a notice the forum wrote: a topic "
                                 "closed, moved or pinned; or a staff whisper)", text[:10000]))
                continue
            if not p.get("id") or not text:
                rejected.append((f"post {n}", "a post with no id or no text", str(p)[:10000]))
                continue
            topic_id = p.get("topic_id")
            number = p.get("post_number")
            title = topic.get("title") or p.get("topic_title")
            # the topic's title before its first post, unless the post opens with it
            titles.append(title if number == 1 and title and not text.lower().startswith(str(title).lower())
                          else None)
            parent = by_number.get((topic_id, p.get("reply_to_post_number"))) or (
                by_number.get((topic_id, 1)) if number != 1 else None)  # else the topic's first post, if read
            brand = _staff(p, named)
            records.append({
                S.MESSAGE_ID: make_id(NS, p["id"]), S.SOURCE_ID: str(p["id"]),
                S.CONVERSATION_ID: make_id(NS, f"t{topic_id}"),
                S.PARENT_ID: make_id(NS, parent) if parent and parent != p["id"] else None,
                S.CHANNEL: options.channel or "forum",
                # the brand's people answer as the brand (an agent is no brand of their own), named in metadata
                S.AUTHOR_ID: (options.brand or S.UNNAMED_BRAND) if brand else p.get("username"),
                S.AUTHOR_ROLE: "brand" if brand else "customer", S.BRAND: options.brand, S.TEXT: text,
                S.METADATA: {"topic": title, "topic_slug": p.get("topic_slug") or topic.get("slug"),
                             "category_id": topic.get("category_id") or p.get("category_id"), "post_number": number,
                             "likes": p.get("like_count") or None, "reads": p.get("reads") or None,
                             "user_title": p.get("user_title"), "agent": p.get("username") if brand else None},
            })
            times.append(p.get("created_at"))
        if not records:
            raise WorkbenchError(f"{path}: the forum's posts hold no text; check the file.")
        staff = sorted({r[S.METADATA]["agent"] for r in records if r[S.AUTHOR_ROLE] == "brand"} - {None})
        res = result(records, path, rejected)
        res.messages[S.CREATED_AT] = to_utc(pd.Series(times, dtype="object"), options)
        res.messages[S.TEXT] = with_title(pd.Series(titles, dtype="string"), res.messages[S.TEXT])
        res.notes.append(
            f"{len(staff)} author{'s' if len(staff) != 1 else ''} read as speaking for the brand as the forum's "
            f"staff or moderators, by their title or as named ({', '.join(map(str, staff[:5]))}"
            f"{', ...' if len(staff) > 5 else ''}); --brand-author NAME names others, --brand the brand." if staff else
            "no author is the forum's staff or a moderator, or named, so every post is taken as a customer's; "
            "--brand-author NAME names the brand's people.")
        return res


register(DiscourseLoader())
