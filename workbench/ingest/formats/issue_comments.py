"""An issue tracker's comments in cells: Jira's CSV export (Jira Service Management's customer requests among them)
repeats a `Comment` column for each comment of an issue, each cell "03/Dec/24 10:02 AM;author;text". The issue's
description is the customer's first message; each comment is a message of its own in the issue's conversation,
answering the one before it: the reporter's own comments are the customer's, everyone else's the brand's (the
agent's name kept in metadata as `agent`)."""

from __future__ import annotations

import json
import re

import pandas as pd

from workbench import schema as S
from workbench.ingest.formats.base import LoadOptions, to_utc

COMMENT = "comment:"  # not a message field: chosen[COMMENT + "1"] is the column of an issue's first comment
COMMENT_NAME = re.compile(r"^comments?(?:[ ._]\d+)?$", re.I)  # "Comment", "Comment.1" (a repeated header)
CELL = re.compile(r"^\s*(?P<when>[^;\n]{6,40});(?P<author>[^;\n]{1,200});(?P<text>.*)$", re.S)
# the columns naming the reporter beside the author column, by display name or account id (Jira Cloud)
REPORTER_NAMES = re.compile(r"^(reporter|creator|requester)(?:[ _]?id)?$", re.I)


def parts(values: pd.Series) -> pd.DataFrame:
    """Each cell as its time (as written), author and text; NA where the cell is no comment."""
    return values.astype("string").str.extract(CELL).astype("string")


def comment_columns(df: pd.DataFrame, options: LoadOptions, sample: int = 500) -> list[str]:
    """The columns named `Comment` ("Comment", "Comment.1", ...) where every filled one holds, in nine of its
    first `sample` cells in ten, "time;author;text" with a time that reads as one. The empty ones come too: a
    later part of the file may fill them."""
    named = [c for c in df.columns if COMMENT_NAME.match(str(c).strip())]
    filled = [values[values.str.strip() != ""].head(sample) for values in
              (df[c].dropna().astype("string") for c in named)]
    if not any(len(values) for values in filled):
        return []
    for values in filled:
        if not len(values):
            continue
        cells = parts(values)
        dated = to_utc(cells["when"], options, dayfirst=bool(options.dayfirst)).notna().to_numpy()
        if (cells["text"].notna().to_numpy() & dated).mean() < 0.9:
            return []
    return named


def comment_messages(df: pd.DataFrame, rows: pd.DataFrame, chosen: dict[str, str], options: LoadOptions,
                     notes: list[str]) -> pd.DataFrame:
    """Each issue's comments as messages of their own, in the issue's conversation, each answering the message
    before it (the description, then the comments in their columns' order). A comment by the row's author (or
    by the reporter a `Reporter`/`Reporter Id` column names) is the customer's; any other is the brand's."""
    keys = sorted((k for k in chosen if k.startswith(COMMENT)), key=lambda k: int(k[len(COMMENT):]))
    if not keys:
        return rows.iloc[0:0]
    frame = df.reset_index(drop=True)
    own = [frame[c].astype("string").str.strip() for c in frame.columns if REPORTER_NAMES.match(str(c).strip())]
    if S.AUTHOR_ID in chosen:
        own.append(frame[chosen[S.AUTHOR_ID]].astype("string").str.strip())
    previous = rows[S.MESSAGE_ID].reset_index(drop=True)
    base = rows.reset_index(drop=True)
    out, by = [], {"customer": 0, "brand": 0}
    for key in keys:
        cells = parts(frame[chosen[key]])
        has = cells["text"].notna().to_numpy() & cells["text"].str.strip().fillna("").ne("").to_numpy()
        if not has.any():
            continue
        author = cells["author"].str.strip()
        mine = pd.Series(False, index=frame.index)
        for names in own:
            mine |= author.eq(names).fillna(False)
        mine = mine.to_numpy(bool)
        ids = base[S.MESSAGE_ID] + f":comment{key[len(COMMENT):]}"
        at = base[has]
        meta = at[S.METADATA].map(lambda m: json.loads(m) if isinstance(m, str) else {})
        out.append(at.assign(**{
            S.MESSAGE_ID: ids[has], S.SOURCE_ID: at[S.SOURCE_ID] + f":comment{key[len(COMMENT):]}",
            S.PARENT_ID: previous[has],
            S.CREATED_AT: to_utc(cells["when"][has], options, dayfirst=bool(options.dayfirst)).to_numpy(),
            S.AUTHOR_ROLE: ["customer" if c else "brand" for c in mine[has]],
            S.AUTHOR_ID: at[S.AUTHOR_ID].where(mine[has], at[S.BRAND].fillna(options.brand or S.UNNAMED_BRAND)),
            S.TEXT: cells["text"][has].str.strip().to_numpy(), S.RATING: float("nan"), S.RATING_TYPE: pd.NA,
            S.LANGUAGE: pd.NA,
            S.METADATA: [json.dumps(m if c else {**m, "agent": a}, ensure_ascii=False)
                         for m, a, c in zip(meta, author[has], mine[has], strict=True)],
        }))
        by["customer"] += int((mine & has).sum())
        by["brand"] += int((~mine & has).sum())
        previous = previous.where(~has, ids)
    if not out:
        return rows.iloc[0:0]
    shown = ", ".join(f"'{chosen[k]}'" for k in keys[:3]) + (f" and {len(keys) - 3} more" if len(keys) > 3 else "")
    notes.append(f"{by['customer'] + by['brand']:,} comments in columns {shown} (an issue tracker's "
                 "'time;author;text') read as messages in their issue's conversation, each answering the one before "
                 f"it: {by['customer']:,} by the issue's reporter (the customer's), {by['brand']:,} by others (the "
                 "brand's, each one's name kept in metadata as 'agent').")
    return pd.concat(out, ignore_index=True)
