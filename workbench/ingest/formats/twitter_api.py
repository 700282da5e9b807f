"""Tweets as the X/Twitter API v2 returns them: what a researcher's own search pulls ("to:AcmeSupport OR
from:AcmeSupport"), saved as the API's JSON pages (`{"data": [...], "includes": {"users": [...]}}`), as JSON lines
of such pages (twarc2's output), or as JSON lines of tweets with their author inside (twarc2's `flatten`); and
API v1.1's statuses, one per line (twarc1's output, older collections).

Authors are known by their user names (`includes.users`). The API does not say who speaks for the brand: an
account named with `--brand-author`/`--brand`, or else one that reads as a care account (`AcmeSupport`) or that
at least three other accounts reply to or address and that itself replies to at least three, is the brand's;
its tweets are the brand's replies. Threads come from `conversation_id` and `referenced_tweets`; retweets are set
aside at cleaning as everywhere.
"""

from __future__ import annotations

from collections import Counter
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
from workbench.ingest.formats.threads import thread_roots
from workbench.ingest.languages import NO_LANGUAGE
from workbench.ingest.person_names import care_account

NS = "tw"  # as the account archive's ids: the same tweet from both exports is one message


def _from_v1(status: dict) -> tuple[dict, dict]:
    """An API v1.1 status (its `id_str`, `full_text`, `user`, `in_reply_to_status_id_str`) as a v2 tweet and its
    author: the ids as text (v1.1's numbers lose digits in a float), the reply, retweet and quote as references."""
    user = status["user"]
    text = (status.get("extended_tweet") or {}).get("full_text") or status.get("full_text") or status.get("text")
    refs = [{"type": kind, "id": str(ref)} for kind, ref in (
        ("replied_to", status.get("in_reply_to_status_id_str")),
        ("retweeted", (status.get("retweeted_status") or {}).get("id_str")),
        ("quoted", status.get("quoted_status_id_str"))) if ref]
    tweet = {"id": str(status["id_str"]), "text": text, "author_id": str(user.get("id_str") or user.get("id")),
             "created_at": status.get("created_at"), "lang": status.get("lang"), "referenced_tweets": refs,
             "in_reply_to_user_id": status.get("in_reply_to_user_id_str"), "source": status.get("source")}
    return tweet, {"id": tweet["author_id"], "username": user.get("screen_name")}


def _pages(path: Path, options: LoadOptions) -> tuple[list[dict], list[dict], list[tuple[str, str, str]]]:
    """The file's tweets and users: from API pages (one JSON document, or one per line), or from tweets one per
    line with their author inside; lines that are not JSON objects are set aside with their line number. A
    page's included tweets that its tweets reply to join them (a search `from:AcmeSupport` returns the brand's
    replies, and the customers' tweets they answer only as included tweets)."""
    docs, rejected = json_documents(path, options)
    tweets, users, included = [], [], []
    for doc in docs:
        for page in doc if isinstance(doc, list) else [doc]:
            if not isinstance(page, dict):
                continue
            data = page.get("data")
            if isinstance(data, (list, dict)):  # a search's page, or a single tweet's lookup
                tweets += [t for t in (data if isinstance(data, list) else [data]) if isinstance(t, dict)]
                users += [u for u in (page.get("includes") or {}).get("users", []) if isinstance(u, dict)]
                included += [t for t in (page.get("includes") or {}).get("tweets", []) if isinstance(t, dict)]
            elif "id_str" in page and isinstance(page.get("user"), dict):  # API v1.1's status (twarc1's lines)
                tweet, user = _from_v1(page)
                tweets.append(tweet)
                users.append(user)
            elif "text" in page and "id" in page:  # a flattened tweet, its author inside
                tweets.append(page)
                if isinstance(page.get("author"), dict):
                    users.append(page["author"])
    answered = {str(r.get("id")) for t in tweets for r in t.get("referenced_tweets") or []
                if isinstance(r, dict) and r.get("type") == "replied_to"}
    answered -= {str(t.get("id")) for t in tweets}
    return tweets + list({str(t.get("id")): t for t in included if str(t.get("id")) in answered}.values()), users, \
        rejected


def brand_user_names(authors: pd.Series, addressed: pd.Series, replies_to: pd.Series, named: set[str],
                   min_others: int = 3) -> set[str]:
    """The user names (lower case) that speak for the brand: those named, else those that read as a care account
    and answer or are addressed at all, those that answer at least two accounts that had addressed them (a
    customer talks back to one brand, a brand to many customers), and those that at least `min_others` other
    accounts address and that reply to at least `min_others` accounts themselves. `addressed`: per tweet, the
    user name it replies to or first addresses; `replies_to` likewise for replies only."""
    if named:
        return named

    def links(to: pd.Series) -> pd.DataFrame:
        pairs = pd.DataFrame({"author": authors.str.lower(), "to": to.str.lower()}).dropna()
        return pairs[pairs["author"] != pairs["to"]].drop_duplicates()

    asked, answers = links(addressed), links(replies_to)
    by_others = asked.groupby("to")["author"].nunique()
    answered = answers.groupby("author")["to"].nunique()
    back = answers.merge(asked.rename(columns={"author": "to", "to": "author"}), on=["author", "to"])
    answered_back = back.groupby("author")["to"].nunique()
    out = set()
    for name in set(authors.dropna().str.lower()):
        others, replies = int(by_others.get(name, 0)), int(answered.get(name, 0))
        if (care_account(name) and others + replies >= 1) or int(answered_back.get(name, 0)) >= 2 \
                or (others >= min_others and replies >= min_others):
            out.add(name)
    return out


class TwitterApiLoader:
    name = "twitter-api"
    description = ("tweets as the X/Twitter API v2 returns them (JSON pages with data and includes.users, twarc2's "
                   "JSON lines, flattened or not); the brand's account named with --brand-author or recognised by "
                   "the replies it writes")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
            return 0.0
        has = lambda *keys: all(f'"{k}"' in head for k in keys)  # noqa: E731
        # fields only the API writes: a generic table of "text" and "author_id" is not claimed
        tweet_fields = any(has(k) for k in ("edit_history_tweet_ids", "referenced_tweets", "public_metrics",
                                            "in_reply_to_user_id")) or has("includes", "username")
        v1 = has("id_str", "screen_name") and (has("full_text") or has("in_reply_to_status_id_str"))  # API v1.1
        return 0.9 if has("id", "text", "author_id") and tweet_fields or v1 else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        tweets, users, rejected = _pages(path, options)
        if not tweets:
            raise WorkbenchError(f"{path}: no tweets found (no 'data' list of tweets with an id and text); check that "
                                 "it is the API's response, or name the format with --format table.")
        names = {str(u.get("id")): str(u.get("username")) for u in users if u.get("id") and u.get("username")}
        df = pd.DataFrame(tweets).reindex(columns=list(dict.fromkeys(["id", "text", *pd.DataFrame(tweets).columns])))
        usable = df["id"].notna() & df["text"].notna()
        rejected += [(f"tweet {i + 1}", "no id or no text", df.loc[i].to_json()[:10000]) for i in df.index[~usable]]
        df = df[usable].reset_index(drop=True)  # a tweet on two pages is set aside as a duplicate when cleaned
        ids = df["id"].astype(str)
        author = df.get("author_id", pd.Series(pd.NA, index=df.index)).astype("string")
        author = author.map(lambda a: names.get(a, a), na_action="ignore").astype("string")
        refs = df.get("referenced_tweets", pd.Series(None, index=df.index))
        kind = refs.map(lambda r: {x.get("type"): str(x.get("id")) for x in r if isinstance(x, dict)}
                        if isinstance(r, list) else {})
        parent = kind.map(lambda k: k.get("replied_to")).astype("string")
        reply_user = df.get("in_reply_to_user_id", pd.Series(pd.NA, index=df.index)).astype("string")
        reply_user = reply_user.map(lambda a: names.get(a, a), na_action="ignore").astype("string")
        first_handle = df["text"].astype(str).str.extract(r"^(?:\.?@(\w+)\s*)", expand=False).astype("string")
        addressed = reply_user.fillna(first_handle)
        named = {n.lstrip("@").lower() for n in (*options.brand_authors, *([options.brand] if options.brand else []))}
        brands = brand_user_names(author, addressed, reply_user.fillna(first_handle.where(parent.notna())), named)
        is_brand = author.str.lower().isin(brands).fillna(False).astype(bool)
        spelled = {a.lower(): a for a in author.dropna()}
        conversation = df.get("conversation_id", pd.Series(pd.NA, index=df.index)).astype("string")
        roots = thread_roots(ids.astype("string"), parent)
        retweet = kind.map(lambda k: "retweeted" in k)
        metadata = [{k_: v for k_, v in {"in_reply_to": r, "public_metrics": m, "is_retweet": bool(rt) or None,
                                          "quoted": k.get("quoted"), "source_app": s}.items()
                     if isinstance(v, (str, dict, bool))}
                    for r, m, rt, k, s in zip(reply_user, df.get("public_metrics", pd.Series(None, index=df.index)),
                                              retweet, kind, df.get("source", pd.Series(None, index=df.index)),
                                              strict=True)]
        lang = df.get("lang", pd.Series(pd.NA, index=df.index))
        records = [{
            S.MESSAGE_ID: make_id(NS, i), S.SOURCE_ID: i,
            S.CONVERSATION_ID: make_id(NS, c if isinstance(c, str) else r),
            S.PARENT_ID: make_id(NS, p) if isinstance(p, str) else None,
            S.CHANNEL: options.channel or "twitter", S.AUTHOR_ID: a if isinstance(a, str) else None,
            S.AUTHOR_ROLE: "brand" if b else "customer",
            S.BRAND: (options.brand or a) if b else options.brand, S.TEXT: t,
            S.LANGUAGE: lg if isinstance(lg, str) and lg not in NO_LANGUAGE else None, S.METADATA: md,
        } for i, c, r, p, a, b, t, lg, md in zip(ids, conversation, roots, parent, author, is_brand, df["text"], lang,
                                                  metadata, strict=True)]
        res = result(records, path, rejected)  # read = loaded + set aside (tweets with no id or text among them)
        res.messages[S.CREATED_AT] = to_utc(df.get("created_at", pd.Series(pd.NA, index=df.index)), options)
        if brands and not named:
            counts = Counter(author[is_brand].str.lower())
            each = ", ".join(f"@{spelled.get(b, b)} ({counts[b]} tweet{'' if counts[b] == 1 else 's'})"
                             for b in sorted(brands))
            res.notes.append(f"{len(brands)} account{'s' if len(brands) > 1 else ''} read as the brand's: {each} "
                             "(care accounts, or accounts others address and that answer them); --brand-author "
                             "NAME names them instead.")
        elif not brands:
            res.notes.append("no account reads as the brand's (none answers the others), so every tweet is taken as "
                             "a customer's; --brand-author NAME names the brand's account.")
        return res


register(TwitterApiLoader())
