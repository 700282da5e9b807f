"""Twitter customer-support threads in the TWCS layout (Kaggle "Customer Support on Twitter").

Columns `tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id`;
`inbound=True` marks customers, brands answer from their named accounts. Threads are rebuilt from the
reply links, and each customer tweet is attributed to the brand that answers in its thread.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, prefixed, to_utc
from workbench.ingest.formats.tabular import read_delimited
from workbench.ingest.formats.threads import thread_roots

REQUIRED = ["tweet_id", "author_id", "inbound", "created_at", "text", "in_response_to_tweet_id"]
TWITTER_TIME = "%a %b %d %H:%M:%S %z %Y"
NS = "twcs"


def _clean_id(s: pd.Series) -> pd.Series:
    """'3.0' -> '3' (pandas wrote float ids), blanks -> NA."""
    return s.astype("string").str.strip().str.replace(r"\.0$", "", regex=True).replace("", pd.NA)


class TwcsLoader:
    name = "twcs"
    description = ("Twitter customer-support threads in the TWCS layout (inbound, response_tweet_id, "
                   "in_response_to_tweet_id)")

    def detect(self, path: Path, head: str) -> float:
        first = head.split("\n", 1)[0].lower()
        return 0.95 if all(c in first for c in ("inbound", "in_response_to_tweet_id", "author_id")) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        df, rejected = read_delimited(path, options)
        missing = [c for c in REQUIRED if c not in df.columns]
        if missing:
            raise WorkbenchError(f"{path}: a TWCS export needs the columns {', '.join(REQUIRED)}; missing "
                                 f"{', '.join(missing)}; load it as --format table with --map instead.")
        ids = _clean_id(df["tweet_id"])
        parents = _clean_id(df["in_response_to_tweet_id"])
        inbound = df["inbound"].str.strip().str.lower().isin(["true", "1", "yes"])
        author = df["author_id"].astype("string").str.strip()
        roles = pd.Series(["customer" if b else "brand" for b in inbound], index=df.index)
        root = thread_roots(ids, parents)

        # The brand of a thread: its first answering brand account; else a brand @mentioned by the customer.
        brand_accounts = set(author[~inbound].dropna())
        thread_brand = (pd.DataFrame({"root": root, "author": author.where(~inbound)})
                        .dropna().drop_duplicates("root").set_index("root")["author"])
        brand = root.map(thread_brand)
        lower = {b.lower(): b for b in brand_accounts}

        def mentioned(text: str) -> str | None:
            for handle in re.findall(r"@(\w+)", text or ""):
                if handle.lower() in lower:
                    return lower[handle.lower()]
            return None

        no_brand = brand.isna()
        brand[no_brand] = [mentioned(t) for t in df["text"][no_brand].fillna("")]
        brand = brand.where(inbound, author)

        created = pd.to_datetime(df["created_at"], format=TWITTER_TIME, errors="coerce", utc=True)
        if created.isna().any():
            created = created.fillna(to_utc(df["created_at"].where(created.isna()), options))
        meta_cols = [c for c in df.columns if c not in REQUIRED + ["column_0"]]
        metadata = (df[meta_cols].to_json(orient="records", lines=True, force_ascii=False).splitlines()
                    if meta_cols else None)
        out = pd.DataFrame({
            S.MESSAGE_ID: prefixed(NS, ids), S.SOURCE_ID: ids, S.CONVERSATION_ID: prefixed(NS, root),
            S.PARENT_ID: prefixed(NS, parents),
            S.CREATED_AT: created, S.CHANNEL: options.channel or "twitter", S.SOURCE: path.name,
            S.AUTHOR_ID: author, S.AUTHOR_ROLE: roles, S.BRAND: brand, S.TEXT: df["text"].fillna(""),
            S.METADATA: metadata,
        })
        return LoadResult(messages=S.conform(out), rejected=rejected, rows_read=len(df) + len(rejected))


register(TwcsLoader())
