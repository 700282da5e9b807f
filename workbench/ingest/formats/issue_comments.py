"""A ticket's later messages written in cells of its row. Jira's CSV export (Jira Service Management's customer
requests among them) repeats a `Comment` column for each comment of an issue, each cell "03/Dec/24 10:02 AM;
author;text". ServiceNow's export writes a ticket's whole journal in one cell, newest first, each entry under a
line "2024-03-01 10:05:12 - Dana Ruiz (Additional comments)"; its "Work notes" are internal. The row's own text
(the issue's description) is the customer's first message; each comment or entry is a message of its own in the
ticket's conversation, answering the one before it: the reporter's (or caller's) own are the customer's, everyone
else's the brand's (the agent's name kept in metadata as `agent`); internal notes are set aside."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.ingest.formats.base import LoadOptions, norm, to_utc

COMMENT = "comment:"  # not a message field: chosen[COMMENT + "1"] is the column of an issue's first comment
JOURNAL = "journal:"  # not a message field: chosen[JOURNAL + "1"] is a column of whole journals
COMMENT_NAME = re.compile(r"^comments?(?:[ ._]\d+)?$", re.I)  # "Comment", "Comment.1" (a repeated header)
CELL = re.compile(r"^\s*(?P<when>[^;\n]{6,40});(?P<author>[^;\n]{1,200});(?P<text>.*)$", re.S)
# A journal entry's heading line: when, who, and which journal ("Additional comments", "Work notes")
ENTRY = re.compile(r"^[ \t]*(?P<when>\d[\d./: -]{7,24}\d(?:[ \t]*[AP]M)?)[ \t]+-[ \t]+(?P<author>[^\n()]{1,120}?)"
                   r"[ \t]+\((?P<kind>[^()\n]{2,40})\)[ \t]*$", re.M | re.I)
INTERNAL_KINDS = re.compile(r"work[ _]?notes?|internal|private", re.I)
# the columns naming the customer beside the author column, by display name or account id (Jira Cloud's
# "Reporter Id", ServiceNow's "Caller")
REPORTER_NAMES = re.compile(r"^(reporter|creator|requester|caller)(?:[ _]?id)?$", re.I)


# Jira's wiki markup, as its CSV export writes descriptions and comments: what each mark becomes in plain text.
WIKI = [
    (re.compile(r"\{(code|noformat|quote)(?::[^}]*)?\}.*?\{\1\}", re.S | re.I), " "),  # logs pasted, quotes
    (re.compile(r"!(?:[^!\n|]+\.(?:png|jpe?g|gif|bmp|webp|svg|pdf|mp4|mov))(?:\|[^!\n]*)?!", re.I), " "),  # an image
    (re.compile(r"\[~(?:accountid:)?([^\]\n]+)\]"), r"@\1"),  # a mention: [~accountid:5b10...], [~jane]
    (re.compile(r"\[([^\]|\n]+)\|[^\]\n]+\]"), r"\1"),  # a link with its words: [the form|https://...]
    (re.compile(r"\[((?:https?|mailto):[^\]\n]+)\]"), r"\1"),  # a bare link
    (re.compile(r"\{color(?::[^}]*)?\}", re.I), ""),  # coloured text: the text stays
    (re.compile(r"\{\{(.+?)\}\}"), r"\1"),  # monospace
    (re.compile(r"(?m)^[ \t]*(?:h[1-6]\.|bq\.|[#*-]+(?=[ \t])|-{4,}$)[ \t]*"), ""),  # headings, lists, rules
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *bold*
]


def wiki_to_text(text: pd.Series) -> pd.Series:
    """Jira's wiki markup as plain text: code, log and quote blocks dropped (they are not the writer's words),
    attached images dropped, mentions as @names, links as their words, formatting marks dropped."""
    out = text.astype("string")
    for pattern, repl in WIKI:
        out = out.str.replace(pattern, repl, regex=True)
    out = out.str.replace(r"[ \t]{2,}", " ", regex=True).str.replace(r"(?m)^[ \t]+$", "", regex=True)
    return out.str.replace(r"\n{3,}", "\n\n", regex=True).str.strip()


def is_issue_tracker(columns, chosen: dict[str, str]) -> bool:
    """An issue tracker's export (Jira's): its comment cells were found, or its columns name issues."""
    named = {norm(c) for c in columns}
    return any(k.startswith(COMMENT) for k in chosen) or bool(named & {"issue_key", "issue_type"})


def parts(values: pd.Series) -> pd.DataFrame:
    """Each cell as its time (as written), author and text; NA where the cell is no comment."""
    return values.astype("string").str.extract(CELL).astype("string")


def _filled(values: pd.Series, sample: int) -> pd.Series:
    values = values.dropna().astype("string")
    return values[values.str.strip() != ""].head(sample)


def comment_columns(df: pd.DataFrame, options: LoadOptions, sample: int = 500) -> list[str]:
    """The columns named `Comment` ("Comment", "Comment.1", ...) where every filled one holds, in nine of its
    first `sample` cells in ten, "time;author;text" with a time that reads as one. The empty ones come too: a
    later part of the file may fill them."""
    named = [c for c in df.columns if COMMENT_NAME.match(str(c).strip())]
    filled = [_filled(df[c], sample) for c in named]
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


def entries(cell: object) -> list[tuple[str, str, str, str]]:
    """A journal cell's entries as (when, author, kind, text), oldest first (the cell lists them newest first)."""
    if not isinstance(cell, str):
        return []
    heads = list(ENTRY.finditer(cell))
    out = [(h.group("when").strip(), h.group("author").strip(), h.group("kind").strip(),
            cell[h.end():nxt.start() if nxt is not None else len(cell)].strip())
           for h, nxt in zip(heads, [*heads[1:], None], strict=True)]
    return out[::-1]


def journal_columns(df: pd.DataFrame, taken: set[str], options: LoadOptions, sample: int = 500) -> list[str]:
    """The columns whose filled cells (the first `sample`) open, nine in ten, with a journal entry's heading
    whose time reads as one."""
    out = []
    for c in df.columns:
        values = _filled(df[c], sample)
        if c in taken or not len(values) or values.str.lstrip().str[:1].str.isdigit().mean() < 0.9:
            continue  # (a heading opens with its time: most columns are passed over by their first character)
        heads = [ENTRY.match(v.lstrip()) for v in values]  # the first line's heading, if it is one
        if np.mean([h is not None for h in heads]) < 0.9:
            continue
        when = pd.Series([h.group("when").strip() for h in heads if h is not None], dtype="string")
        if to_utc(when, options, dayfirst=bool(options.dayfirst)).notna().mean() >= 0.9:
            out.append(c)
    return out


def _entries_table(df: pd.DataFrame, chosen: dict[str, str]) -> pd.DataFrame:
    """Every comment and journal entry of the rows, one per line: the row's position, an order within it (its
    column's, then its place in the cell, oldest first), its id's suffix, when, author, kind and text."""
    rows = []
    comments = sorted((k for k in chosen if k.startswith(COMMENT)), key=lambda k: int(k[len(COMMENT):]))
    journals = sorted((k for k in chosen if k.startswith(JOURNAL)), key=lambda k: int(k[len(JOURNAL):]))
    for order, key in enumerate(comments):
        cells = parts(df[chosen[key]]).reset_index(drop=True)
        for i in np.flatnonzero(cells["text"].str.strip().fillna("").ne("").to_numpy()):
            rows.append((i, order * 10_000, f"comment{key[len(COMMENT):]}", cells["when"][i], cells["author"][i],
                         "comment", cells["text"][i], chosen[key]))
    for order, key in enumerate(journals, start=len(comments)):
        for i, cell in enumerate(df[chosen[key]].tolist()):
            for k, (when, author, kind, text) in enumerate(entries(cell)):
                if text:
                    rows.append((i, order * 10_000 + k, f"journal{key[len(JOURNAL):]}.{k + 1}", when, author, kind,
                                 text, chosen[key]))
    return pd.DataFrame(rows, columns=["row", "order", "suffix", "when", "author", "kind", "text", "column"])


def comment_messages(df: pd.DataFrame, rows: pd.DataFrame, chosen: dict[str, str], options: LoadOptions,
                     notes: list[str], set_aside: list[tuple[str, str, str]] | None = None) -> pd.DataFrame:
    """Each ticket's comments and journal entries as messages of their own, in the ticket's conversation, each
    answering the message before it (the row's own, then the comments in their columns' order and the entries
    oldest first). One by the row's author (or by the reporter a `Reporter`, `Reporter Id` or `Caller` column
    names) is the customer's; any other the brand's. Internal notes ("Work notes") go to `set_aside`."""
    table = _entries_table(df, chosen)
    if table.empty:
        return rows.iloc[0:0]
    table = table.sort_values(["row", "order"], kind="stable").reset_index(drop=True)
    frame = df.reset_index(drop=True)
    own = [frame[c].astype("string").str.strip() for c in frame.columns if REPORTER_NAMES.match(str(c).strip())]
    if S.AUTHOR_ID in chosen:
        own.append(frame[chosen[S.AUTHOR_ID]].astype("string").str.strip())
    author = table["author"].astype("string").str.strip()
    mine = np.zeros(len(table), dtype=bool)
    for names in own:
        mine |= author.eq(names.iloc[table["row"]].reset_index(drop=True)).fillna(False).to_numpy(bool)
    internal = table["kind"].str.fullmatch(INTERNAL_KINDS).to_numpy(bool)
    if internal.any() and set_aside is not None:
        set_aside.extend((f"row {int(frame.index[r]) + 1}, {col}", "internal note (not visible to the customer)",
                          f"{when} - {who} ({kind})\n{text}"[:10000]) for r, col, when, who, kind, text in zip(
            table["row"][internal], table["column"][internal], table["when"][internal], author[internal],
            table["kind"][internal], table["text"][internal], strict=True))
    shown = ~internal
    table, mine, author = table[shown].reset_index(drop=True), mine[shown], author[shown].reset_index(drop=True)
    if table.empty:
        return rows.iloc[0:0]
    base = rows.reset_index(drop=True).iloc[table["row"]].reset_index(drop=True)
    ids = base[S.MESSAGE_ID] + ":" + table["suffix"]
    first = table["row"].ne(table["row"].shift()).to_numpy()
    parent = ids.shift().where(~first, base[S.MESSAGE_ID])
    out = base.assign(**{
        S.MESSAGE_ID: ids, S.SOURCE_ID: base[S.SOURCE_ID] + ":" + table["suffix"], S.PARENT_ID: parent,
        S.CREATED_AT: to_utc(table["when"].astype("string").str.strip(), options,
                             dayfirst=bool(options.dayfirst)).to_numpy(),
        S.AUTHOR_ROLE: np.where(mine, "customer", "brand"),
        S.AUTHOR_ID: base[S.AUTHOR_ID].where(mine, base[S.BRAND].fillna(options.brand or S.UNNAMED_BRAND)),
        S.TEXT: (wiki_to_text(table["text"]) if is_issue_tracker(df.columns, chosen) else table["text"].str.strip()
                 ).to_numpy(), S.RATING: float("nan"), S.RATING_TYPE: pd.NA,
        S.LANGUAGE: pd.NA,
        S.METADATA: S.metadata_with(base[S.METADATA], "agent", [None if c else a for a, c in zip(author, mine,
                                                                                              strict=True)]),
    })
    columns = list(dict.fromkeys(table["column"]))
    where = ", ".join(f"'{c}'" for c in columns[:3]) + (f" and {len(columns) - 3} more" if len(columns) > 3 else "")
    kinds = "comments" if table["suffix"].str.startswith("comment").all() else "comments and journal entries"
    notes.append(f"{len(out):,} {kinds} in column{'s' if len(columns) > 1 else ''} {where} read as messages in "
                 f"their ticket's conversation, each answering the one before it: {int(mine.sum()):,} by the "
                 f"ticket's reporter (the customer's), {int((~mine).sum()):,} by others (the brand's, each one's "
                 "name kept in metadata as 'agent')" + (f"; {int(internal.sum()):,} internal notes set aside."
                                                         if internal.any() else "."))
    return out
