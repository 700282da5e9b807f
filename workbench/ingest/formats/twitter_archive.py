"""An X/Twitter account archive: `data/tweets.js` (`window.YTD.tweets.part0 = [...]`).

The archive is the researcher's own account (usually the brand's): its tweets are brand messages, addressed
to the people they reply to. The account name comes from `manifest.js` or `account.js` beside the file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, make_id, prefixed, read_text, result
from workbench.ingest.formats.twcs import TWITTER_TIME, thread_roots
from workbench.ingest.languages import NO_LANGUAGE


def parse_ytd(text: str, path: Path) -> object:
    """The JSON value assigned in a `window.YTD.x.partN = ...` or `window.__THAR_CONFIG = ...` file."""
    body = re.sub(r"^\s*window\.[\w.]+\s*=\s*", "", text, count=1).rstrip().rstrip(";")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise WorkbenchError(f"{path}: the archive file is broken at line {exc.lineno}, column {exc.colno} "
                             f"({exc.msg}); download the archive again.") from None


def archive_owner(folder: Path) -> str | None:
    """The archive account's user name, from manifest.js or account.js next to tweets.js."""
    for name in ("manifest.js", "account.js"):
        f = folder / name
        if f.exists():
            try:
                data = parse_ytd(f.read_text(encoding="utf-8-sig"), f)
            except (WorkbenchError, UnicodeDecodeError):
                continue
            if isinstance(data, dict):
                user = data.get("userInfo", {}).get("userName")
                if user:
                    return user
            if isinstance(data, list) and data and isinstance(data[0], dict):
                user = data[0].get("account", {}).get("username")
                if user:
                    return user
    return None


class TwitterArchiveLoader:
    name = "x-archive"
    description = "an X/Twitter account archive's tweets.js (the account's own tweets, replies and threads)"

    def detect(self, path: Path, head: str) -> float:
        return 0.98 if re.match(r"\s*window\.YTD\.(tweets?|community_tweet)\.part\d+\s*=", head) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        data = parse_ytd(read_text(path, options), path)
        if not isinstance(data, list):
            raise WorkbenchError(f"{path}: expected a list of tweets after 'window.YTD.tweets.part0 ='.")
        owner = options.brand or archive_owner(path.parent)
        records, rejected, times = [], [], []
        for i, item in enumerate(data):
            tw = item.get("tweet", item) if isinstance(item, dict) else None
            if not isinstance(tw, dict) or not tw.get("id_str"):
                rejected.append((f"item {i}", "not a tweet (no id_str)", json.dumps(item)[:10000]))
                continue
            text = tw.get("full_text", tw.get("text", ""))
            reply_to = tw.get("in_reply_to_status_id_str")
            lang = tw.get("lang")
            times.append(tw.get("created_at"))
            records.append({
                S.MESSAGE_ID: make_id("tw", tw["id_str"]), S.SOURCE_ID: tw["id_str"],
                S.PARENT_ID: make_id("tw", reply_to) if reply_to else None,
                S.CHANNEL: options.channel or "twitter",
                S.AUTHOR_ID: owner, S.AUTHOR_ROLE: "brand", S.BRAND: owner, S.TEXT: text,
                S.LANGUAGE: lang if lang and lang not in NO_LANGUAGE else None,
                S.METADATA: {"in_reply_to_screen_name": tw.get("in_reply_to_screen_name"),
                             "favorite_count": tw.get("favorite_count"), "retweet_count": tw.get("retweet_count"),
                             "is_retweet": text.startswith("RT @") or None, "source_app": _app(tw.get("source"))},
            })
        res = result(records, path, rejected, rows_read=len(data))
        m = res.messages
        parent_native = m[S.PARENT_ID].str.removeprefix("tw:")
        roots = thread_roots(m[S.SOURCE_ID], parent_native)
        m[S.CONVERSATION_ID] = prefixed("tw", roots)
        m[S.CREATED_AT] = pd.to_datetime(pd.Series(times, dtype="string"), format=TWITTER_TIME, errors="coerce",
                                         utc=True)
        if owner is None:
            res.notes.append("the archive's account name was not found (no manifest.js or account.js beside "
                             "tweets.js): pass --brand NAME.")
        return res


def _app(source: str | None) -> str | None:
    m = re.search(r">([^<]+)<", source or "")
    return m.group(1) if m else source


register(TwitterArchiveLoader())
