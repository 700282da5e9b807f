"""Comments on a brand's Facebook or Instagram posts as Meta's Graph API returns them: pages of `data` (one
document, a list of pages, or one page per line), each comment with its replies nested under it (Facebook:
`message`, `from.name`, `created_time`, `comments.data`; Instagram: `text`, `username`, `timestamp`,
`replies.data`); and as a comment scraper saves them (Apify's Instagram comments: a list of comments with
`text`, `ownerUsername`, `timestamp` and their `replies` as a plain list).

A top-level comment opens a conversation; each nested reply answers the comment it is nested under. The API
does not say who speaks for the brand: an author named with `--brand-author` (or `--brand`) does; otherwise one
that answers at least two other authors and opens no conversation itself (a page answers its customers, it does
not comment on its own posts' threads as one), with a note naming it.
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
    json_documents,
    make_id,
    result,
    to_utc,
)

NS = "meta"
# Facebook's and Instagram's names for the same fields
TEXT, AUTHOR, WHEN, REPLIES = ("message", "text"), ("from", "username"), ("created_time", "timestamp"), \
    ("comments", "replies")
# A comment scraper's names for them (Apify's Instagram comments: "ownerUsername", replies as a plain list)
AUTHOR += ("ownerUsername", "owner", "profileName")


def _field(item: dict, names: tuple[str, ...]):
    return next((item[n] for n in names if item.get(n) is not None), None)


def _author(item: dict) -> str | None:
    who = _field(item, AUTHOR)
    return who.get("name") or who.get("username") or who.get("id") if isinstance(who, dict) else who


def _flatten(item: dict, root: str, parent: str | None, out: list[dict]) -> None:
    """The comment and, depth first, the replies nested under it."""
    out.append({"id": item.get("id"), "root": root, "parent": parent, "author": _author(item),
                "text": _field(item, TEXT), "created": _field(item, WHEN),
                "likes": item.get("like_count", item.get("likesCount")), "raw": item})
    nested = _field(item, REPLIES)
    for reply in nested.get("data", []) if isinstance(nested, dict) else nested if isinstance(nested, list) else []:
        if isinstance(reply, dict):
            _flatten(reply, root, item.get("id"), out)


def brand_authors(rows: pd.DataFrame, min_answered: int = 2) -> set[str]:
    """Authors who answer at least `min_answered` other authors and open no conversation of their own."""
    replies = rows[rows["parent"].notna()]
    asked = rows.drop_duplicates("id").set_index("id")["author"]
    answered = pd.DataFrame({"author": replies["author"], "to": replies["parent"].map(asked)}).dropna()
    answered = answered[answered["author"] != answered["to"]].groupby("author")["to"].nunique()
    openers = set(rows.loc[rows["parent"].isna(), "author"].dropna())
    return {a for a, n in answered.items() if n >= min_answered and a not in openers}


class GraphCommentsLoader:
    name = "graph-comments"
    description = ("comments on Facebook or Instagram posts as Meta's Graph API returns them (data pages, replies "
                   "nested under comments); the page's replies are the brand's")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
            return 0.0
        facebook = all(f'"{k}"' in head for k in ("message", "from", "created_time"))
        instagram = all(f'"{k}"' in head for k in ("text", "username", "timestamp"))
        scraped = all(f'"{k}"' in head for k in ("text", "ownerUsername", "timestamp", "replies"))
        return 0.85 if '"data"' in head and (facebook or instagram) or scraped else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        docs, rejected = json_documents(path, options)
        flat: list[dict] = []
        for doc in docs:
            for page in doc if isinstance(doc, list) else [doc]:
                # an API's page of comments, or a scraper's comment itself (a list of them, or one per line)
                items = page.get("data") if isinstance(page, dict) and "data" in page else [page]
                for item in items or []:
                    if isinstance(item, dict):
                        _flatten(item, item.get("id"), None, flat)
        usable = [bool(r["id"] and isinstance(r["text"], str) and r["text"].strip()) for r in flat]
        kept = [r for r, ok in zip(flat, usable, strict=True) if ok]
        rejected += [(f"comment {r['id'] or '(no id)'}", "a comment with no id or no text", str(r["raw"])[:10000])
                     for r, ok in zip(flat, usable, strict=True) if not ok]
        if not kept:
            raise WorkbenchError(f"{path}: no comments found (no 'data' list of comments with an id and a message or "
                                 "text); check that it is the Graph API's response, or name the format with "
                                 "--format table.")
        rows = pd.DataFrame(kept)  # a comment on two pages is set aside as a duplicate when cleaned
        named = {n.lstrip("@").lower() for n in (*options.brand_authors, *([options.brand] if options.brand else []))}
        found = {a for a in rows["author"].dropna() if a.lstrip("@").lower() in named} or brand_authors(rows)
        instagram = any(r["raw"].get("username") is not None or r["raw"].get("ownerUsername") is not None
                        or "instagram.com" in str(r["raw"].get("postUrl") or "") for r in kept)
        brand = options.brand or (sorted(found)[0] if len(found) == 1 else None)
        records = [{
            S.MESSAGE_ID: make_id(NS, r.id), S.SOURCE_ID: r.id, S.CONVERSATION_ID: make_id(NS, r.root),
            S.PARENT_ID: make_id(NS, r.parent) if isinstance(r.parent, str) else None,
            S.CHANNEL: options.channel or ("instagram" if instagram else "facebook"),
            S.AUTHOR_ID: r.author, S.AUTHOR_ROLE: "brand" if r.author in found else "customer",
            S.BRAND: (options.brand or r.author) if r.author in found else brand, S.TEXT: r.text,
            S.METADATA: {"like_count": r.likes, "post": r.raw.get("postUrl") or r.raw.get("facebookUrl")},
        } for r in rows.itertuples()]
        res = result(records, path, rejected)
        res.messages[S.CREATED_AT] = to_utc(rows["created"].reset_index(drop=True).astype("object"), options)
        if found and not named:
            res.notes.append(f"{', '.join(sorted(found))} read as the brand's account (it answers other authors and "
                             "opens no conversation of its own); --brand-author NAME names it instead.")
        elif not found:
            res.notes.append("no author reads as the brand's (none answers several others), so every comment is "
                             "taken as a customer's; --brand-author NAME names the page's account.")
        return res


register(GraphCommentsLoader())
