"""Generic tables (CSV/TSV, Excel, JSON, JSONL, Parquet) with automatic or explicit column mapping.

A CSV of airline tweets (`tweet_id,name,airline,text,tweet_created,...`), a review export
(`review_id,stars,review_text,...`) or an NPS survey (`respondent,score,comment`) loads with no mapping;
anything else takes `--map text=Body --map created_at="Date Sent"`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import (
    LoadOptions,
    LoadResult,
    content_id,
    html_to_text,
    iter_lines,
    json_lines,
    load_json,
    prefixed,
    read_bytes,
    read_json_lines,
    read_text,
    rejected_frame,
    stream_lines,
    strip_reply,
    to_utc,
)
from workbench.ingest.formats.columns import (
    AUTHOR_ALSO,
    CANDIDATES,
    CLOCK,
    FLAG_FALSE,
    FLAG_TRUE,
    NO_ANSWER,
    NO_NETWORK,
    PART,
    STAFF_TITLE,
    TEXT_NAME_WORDS,
    TITLE,
    channel_names,
    guess_channel,
    internal_note_column,
    internal_rows,
    is_question,
    map_columns,
    networks_by_link,
    norm,
    post_owners,
    rating_numbers,
    rating_type_of,
    roles_of,
    staff_rank_column,
    worded_rating,
)
from workbench.ingest.formats.issue_comments import comment_messages, is_issue_tracker, wiki_to_text
from workbench.ingest.formats.threads import (
    answer_messages,
    answered_by_mention,
    handle_key,
    own_account,
    parents_by_key,
    recipients,
    reply_messages,
    support_mailbox,
    thread_roots,
    threads_by_subject,
    without_reply_prefix,
)
from workbench.ingest.formats.transcripts import split_transcripts, transcript_share
from workbench.ingest.formats.xml_table import read_xml_records
from workbench.ingest.languages import language_codes
from workbench.ingest.person_names import agent_affiliation, care_account, company_accounts, is_first_name, is_person

# Python's csv module stops at 131,072 characters a field and fails the whole file; a field longer than this is
# no customer message (a pasted log, a broken quote), so its row is set aside with the reason instead.
MAX_FIELD = 131_072
csv.field_size_limit(2**31 - 1)  # long fields are read whole, then their rows set aside (below)
STREAM_BYTES = 32 * 2**20  # a delimited file larger than this is decoded a block at a time
CHUNK_ROWS = 50_000  # rows read, cleaned and staged at a time
BAD_DATES = re.compile(r"^(\d+) timestamps? in column '.*' could not be read \(e\.g\. '(.*)'\) and (?:were|was) left "
                       r"empty(?:\.|: they count back .*)$")  # `unread_dates_note`, summed over a file's chunks

TABLE_EXTENSIONS = {".csv", ".tsv", ".tab", ".psv", ".xlsx", ".xlsm", ".xls", ".json", ".jsonl", ".ndjson",
                    ".parquet", ".pq", ".xml"}


# ---------------------------------------------------------------------------------------------- reading
def read_table(path: Path, options: LoadOptions, notes: list[str] | None = None
               ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read any supported table as strings; returns (table, rejected rows). Title rows above the header of a
    CSV or an Excel sheet are skipped, with a note in `notes`."""
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm", ".xls"):
        read_bytes(path)
        try:
            sheets = pd.read_excel(path, dtype=str, header=None, sheet_name=None)
        except Exception as exc:  # openpyxl raises many kinds
            raise WorkbenchError(f"{path}: cannot be read as an Excel workbook ({exc}); save it again as .xlsx "
                                 "or export it as CSV.") from None
        # The sheet of messages: one whose header names a text column, the longest of them (a summary, a
        # chart's data or a lookup list may come first or be longer); and every other sheet of the same columns
        # (a workbook of one sheet per brand or month), each row's sheet kept in a column of its own
        name = max(sheets, key=lambda k: (_names_text(sheets[k]), len(sheets[k].dropna(how="all"))))
        tables = {k: _sheet_table(sheet) for k, sheet in sheets.items()}
        columns = set(tables[name][0].columns)
        same = [k for k in sheets if k == name or (_names_text(sheets[k]) and len(tables[k][0])
                                                    and set(tables[k][0].columns) == columns)]
        left = [k for k in sheets if k not in same]
        for k in same:
            if tables[k][1] and notes is not None:
                sheet = sheets[k]
                cells = (str(v) for row in sheet.head(tables[k][1]).itertuples(index=False) for v in row if pd.notna(v))
                notes.append(_skipped_note(tables[k][1], "row", cells))
        if len(same) == 1:
            df = tables[name][0]
            if left and notes is not None:
                notes.append(f"sheet '{name}' read (" + ", ".join(f"'{k}'" for k in left)
                             + " left out); export the sheet you want as CSV to read another.")
        else:
            column = next(c for c in ("sheet", "sheet_name", "workbook_sheet") if c not in tables[name][0].columns)
            df = pd.concat([tables[k][0].assign(**{column: str(k)}) for k in same], ignore_index=True)
            if notes is not None:
                notes.append(f"sheets {', '.join(repr(str(k)) for k in same)} read: they hold the same columns; each "
                             f"row's sheet is kept as '{column}' (--segment-by {column} compares them)"
                             + (f"; {', '.join(repr(str(k)) for k in left)} left out." if left else "."))
        return _stringify(df), rejected_frame([])
    if ext in (".parquet", ".pq"):
        read_bytes(path)
        try:
            df = pd.read_parquet(path)
        except Exception as exc:
            raise WorkbenchError(f"{path}: cannot be read as Parquet ({exc}); export it again.") from None
        return _stringify(df), rejected_frame([])
    if ext == ".xml":  # a review feed's or a service desk's records (`xml_table`)
        return _stringify(read_xml_records(path, notes)), rejected_frame([])
    if ext in (".jsonl", ".ndjson"):
        return _read_jsonl(path, options)
    if ext == ".json":
        if json_lines(path, options):
            if notes is not None:
                notes.append(f"{path.name} holds one JSON object per line (JSON lines, as Yelp's and Amazon's review "
                             "dumps are written): read line by line.")
            return _read_jsonl(path, options)
        return _read_json_records(path, options), rejected_frame([])
    return read_delimited(path, options, notes)


def _sheet_table(sheet: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """An Excel sheet as a table under its header, and how many title rows stood above the header."""
    skip = _title_rows(sheet)
    header = ["" if pd.isna(v) else v for v in sheet.iloc[skip]] if len(sheet) else []
    return sheet.iloc[skip + 1:].set_axis(header, axis=1).reset_index(drop=True), skip


def _title_rows(sheet: pd.DataFrame) -> int:
    """Title rows (one cell or none) above an Excel sheet's header, as in CSV: the header is the first row of two
    cells or more; or a listening tool's preamble of labelled values ("Report:" | "Mentions", two cells at most,
    the first ending in a colon) above its widest row."""
    top = sheet.head(30)
    filled = top.notna().sum(axis=1).tolist()
    if filled:  # a listening tool's preamble of labelled values ("Report:" | "Mentions") above the widest row
        widest = filled.index(max(filled))
        labelled = [n <= 1 or str(top.iloc[i].dropna().iloc[0]).rstrip().endswith(":")
                    for i, n in enumerate(filled[:widest])]
        if widest and filled[widest] >= 3 and all(n <= 2 for n in filled[:widest]) and all(labelled):
            return widest
    start = next((i for i, n in enumerate(filled[:11]) if n >= 2), 0)
    cells = [["" if pd.isna(v) else str(v) for v in row] for row in top.iloc[start:start + 3].itertuples(index=False)]
    return start + _band(cells, 0)  # a band over groups of columns above the header, as in CSV


def _names_text(sheet: pd.DataFrame) -> bool:
    """Whether a sheet's header names a column of message text (text, comment, review, a survey's question...)."""
    if sheet.empty:
        return False
    header = [str(v) for v in sheet.iloc[_title_rows(sheet)] if pd.notna(v)]
    return any(norm(h) in CANDIDATES[S.TEXT] or set(norm(h).split("_")) & TEXT_NAME_WORDS or is_question(h)
               for h in header)


# a role column's words for messages no person wrote (a notice, an auto-reply, a chatbot's answer)
AUTOMATED_ROLES = {"system", "automated", "automation", "bot", "chatbot", "virtual_agent"}
# Role values that say a person of the brand's wrote the row (not the brand's account, "brand", "outbound")
PERSON_ROLES = {"agent", "admin", "staff", "employee", "representative", "rep", "advisor", "operator", "moderator",
                "teammate"}
PART_TEXT_KEYS = {"text", "content", "body", "value", "message"}  # where a message's part keeps its words
PART_OWN_KEYS = {"author", "author_id", "actor_id", "user", "from", "sender", "created_at", "timestamp", "ts", "date"}


def _parts_text(value) -> str | None:
    """The words of a message written in parts (Freshchat's `message_parts`: `[{"text": {"content": "Hi"}},
    {"image": {...}}]`): the strings its parts keep under a text's key, one line each. None where `value` is no
    list of parts, or where its items have an author or a time of their own (they are messages, not parts)."""
    if not (isinstance(value, list) and value and all(isinstance(v, dict) for v in value)):
        return None
    if any(PART_OWN_KEYS & set(v) for v in value):
        return None
    found: list[str] = []

    def walk(node, under_text: bool) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, under_text or k in PART_TEXT_KEYS)
        elif isinstance(node, list):
            for v in node:
                walk(v, under_text)
        elif isinstance(node, str) and under_text and node.strip():
            found.append(node.strip())

    walk(value, False)
    return "\n".join(found)


def _with_parts_text(df: pd.DataFrame) -> pd.DataFrame:
    """JSON records with a message written in parts: its words as a column of their own ("message_parts.text"),
    where the column's lists (looked for in its first 200 values) are all parts with words in half of them."""
    for c in list(df.columns):
        if df[c].dtype != object or f"{c}.text" in df.columns \
                or not df[c].head(200).map(lambda v: isinstance(v, list)).any():
            continue
        parts = df[c].map(_parts_text)
        listed = df[c].map(lambda v: isinstance(v, list) and bool(v))
        if listed.any() and parts[listed].notna().all() and parts[listed].str.len().gt(0).mean() >= 0.5:
            df[f"{c}.text"] = parts
    return df


def _stringify(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df.columns = _unique_names(df.columns)
    for c in df.columns:
        col = df[c]
        if isinstance(col.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(col):
            df[c] = col.map(lambda v: v.isoformat() if pd.notna(v) else pd.NA)
        elif col.dtype == object:
            df[c] = col.map(lambda v: json.dumps(v, default=str) if isinstance(v, (dict, list)) else v)
    return df.astype("string")


def _unique_names(columns) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, c in enumerate(columns):
        name = str(c).strip() if str(c).strip() and not str(c).startswith("Unnamed:") else f"column_{i}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


def read_delimited(path: Path, options: LoadOptions, notes: list[str] | None = None
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read CSV/TSV with any delimiter, BOM, CRLF, quoted newlines and stray carriage returns.

    Rows with the wrong number of fields are rejected (kept with their line number), never dropped silently.
    """
    parts = list(delimited_chunks(path, options, rows=None, notes=notes))
    return parts[0] if len(parts) == 1 else (pd.concat([d for d, _ in parts], ignore_index=True),
                                             pd.concat([r for _, r in parts], ignore_index=True))


def delimited_chunks(path: Path, options: LoadOptions, rows: int | None = CHUNK_ROWS,
                     notes: list[str] | None = None) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """The table in chunks of `rows` rows (all at once with None): (rows as strings, rejected rows) each.
    The rows of one chunk are held at a time; the file's text too, unless it is over STREAM_BYTES. Title lines
    above the header (`lines_above_header`) are skipped, with a note in `notes`."""
    if rows is not None and path.stat().st_size > STREAM_BYTES:
        # Too large to hold whole: decoded a block at a time. (An unclosed quote then shows as rows set aside,
        # too long or with too few fields, instead of the sentence the whole-file check gives.)
        text = None
        lines = stream_lines(path, options)
    else:
        text = read_text(path, options)
        lines = iter_lines(text)
    first = list(itertools.islice(lines, 30))
    said = SEP_LINE.match(first[0]) if first else None
    if said:  # Excel's "sep=;" line: the delimiter named, then the header
        first = first[1:]
        first.extend(itertools.islice(lines, 1))
    lines = itertools.chain(first, lines)
    header_line = next((line for line in first if any(d in line for d in DELIMITERS)), first[0] if first else "")
    counts = {d: header_line.count(d) for d in DELIMITERS}
    delim = said.group(1) if said else "\t" if path.suffix.lower() in (".tsv", ".tab") else max(counts, key=counts.get)
    if text is not None and text.count('"') % 2:  # an odd number of quotes: one may swallow the rest
        _check_unclosed_quote(text, delim, path)
    skip = lines_above_header(first, delim)
    if skip:
        if notes is not None:
            notes.append(_skipped_note(skip, "line", (line.strip() for line in first[:skip] if line.strip())))
        lines = itertools.islice(lines, skip, None)
    top = next(csv.reader([first[skip]], delimiter=delim), []) if len(first) > skip else []
    if no_header(top):  # a dump of rows with no header (SemEval's "id<TAB>label<TAB>text"): columns by number
        if notes is not None:
            notes.append(f"the file has no header (its first line holds values such as '{top[0]}'): its columns "
                         "are named column_1, column_2, ...; --map text=column_N names the text column.")
        lines = itertools.chain([delim.join(f"column_{i}" for i in range(1, len(top) + 1)) + "\n"], lines)
        skip -= 1  # the header line written here is none of the file's
    yield from _row_chunks(lines, delim, path, rows, first_line=skip + 1 + bool(said))


def repeated_header(df: pd.DataFrame) -> pd.Series:
    """The rows that repeat the table's header (exports joined end to end, each with its header): at least two
    cells, and 80% of them, hold their own column's name."""
    if df.empty:
        return pd.Series(False, index=df.index)
    same = pd.DataFrame({c: df[c].astype("string").str.strip().eq(str(c).strip()) for c in df.columns},
                        index=df.index).fillna(False)
    hits = same.sum(axis=1)
    return (hits >= max(2, 0.8 * len(df.columns))).astype(bool)


# What a spreadsheet's own summary rows are called, under its messages ("Total", "Average rating:"; in German,
# French, Spanish, Dutch and Italian too: "Gesamt", "Moyenne", "Promedio", "Gemiddelde", "Totale")
SUMMARY_LABEL = (r"\s*(?:grand\s+total|sub-?total|totals?|sum|average(?:\s+\w+)?|mean(?:\s+\w+)?|median|count|"
                 r"overall|gesamt\w*|summe|durchschnitt|mittelwert|moyenne|somme|total\s+g[ée]n[ée]ral|promedio|"
                 r"suma|totaal|gemiddelde|totale)\s*:?\s*")


def summary_rows(df: pd.DataFrame, text_column: str | None) -> pd.Series:
    """The rows a spreadsheet adds under its messages to sum them up: no text, and a first filled cell that
    names a summary ("Total", "Average rating"). A row of no text that rates (a star-only review) stays."""
    found = pd.Series(False, index=df.index)
    if df.empty or text_column not in df.columns:
        return found
    empty = df[text_column].astype("string").str.strip().fillna("").eq("")
    if empty.any():  # few rows: the first filled cell of each
        cells = df[empty].astype("string").replace(r"^\s*$", pd.NA, regex=True).bfill(axis=1).iloc[:, 0]
        found[empty] = cells.str.fullmatch(SUMMARY_LABEL, case=False).fillna(False).astype(bool)
    return found


def delimited_text(head: str, lines: int = 20) -> bool:
    """Whether a text file's first lines are a table (a CSV or TSV saved as .txt): each of them, 2 or more, splits
    into as many fields by one delimiter, at least two (three by commas, which sentences hold too)."""
    rows = [ln for ln in re.split(r"\r\n|\r|\n", head)[:lines + 1] if ln.strip()][:lines]  # a lone \r breaks too
    if not head.endswith(("\n", "\r")) and len(rows) > 2:
        rows = rows[:-1]  # the head may end inside a line
    if len(rows) < 2:
        return False
    for delim in ("\t", ";", "|", ","):
        widths = {len(next(csv.reader([ln], delimiter=delim), [])) for ln in rows}
        if len(widths) == 1 and widths.pop() >= (3 if delim == "," else 2):
            return True
    return False


# The line Excel writes above a CSV's header to name its delimiter ("sep=;"), for Excel to read it back.
SEP_LINE = re.compile(r"^\ufeff?sep=(.)\s*$")
NUMBER_CELL = re.compile(r"^\s*-?\d+(?:[.,]\d+)?\s*$")
ID_OR_DATE = re.compile(r"^\s*(?:\d{6,}|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)\s*$")


def no_header(cells: list[str]) -> bool:
    """Whether a table's first row is a row of values, not of column names: one of its cells is an id of six
    digits or more or a date, which no column is called; or one is a bare number beside one of several words
    (UCI's review sentences, "sentence<TAB>0": a label beside its sentence; a survey's question is a name)."""
    return len(cells) >= 2 and (any(ID_OR_DATE.match(c) for c in cells)
                                or (any(NUMBER_CELL.match(c) for c in cells)
                                    and any(len(c.split()) >= 4 and not is_question(c) for c in cells)))


# What a survey tool writes in the row below its header: SurveyMonkey's kind of answer each column holds,
# Qualtrics' import ids under the row of question texts.
ANSWER_KINDS = {"response", "open-ended response", "other (please specify)", "comment"}
IMPORT_ID = re.compile(r'^\{\s*"ImportId"\s*:')
QUALTRICS_TEXT = re.compile(r'"ImportId"\s*:\s*"QID\d+_TEXT"')  # a text entry question (not a choice's "Other")


def header_rows_below(df: pd.DataFrame) -> tuple[dict[str, str], int]:
    """Column names a survey tool writes below its header, and how many such rows lead the table (0 where
    none). Qualtrics: short ids (Q1, Q2) in the header, then a row of question texts and one of import ids
    (`{"ImportId": "QID1"}`): the question texts name the columns. SurveyMonkey: questions in the header and
    below them the kind of answer ("Response", "Open-Ended Response") or a matrix's options, which name the
    columns the header leaves blank."""
    if len(df) < 2:
        return {}, 0
    first, second = df.iloc[0], df.iloc[1]

    def named(columns) -> dict[str, str]:
        """Each of `columns` named by its label in the first row, where it has one no other column has."""
        names: dict[str, str] = {}
        for col in columns:
            label = str(first[col]).strip() if pd.notna(first[col]) else ""
            if label and label not in df.columns and label not in names.values():
                names[col] = label
        return names

    filled = second.dropna().astype(str)
    if len(filled) and filled.str.match(IMPORT_ID).mean() >= 0.5:
        return named(df.columns), 2
    values = first.dropna().astype(str).str.strip().str.lower()
    if len(values) and values.isin(ANSWER_KINDS).any() and values.str.len().max() <= 80 \
            and pd.isna(df.iloc[0, 0]):  # a blank header cell (`_unique_names` calls it column_N) takes its label
        return named(c for c in df.columns if re.fullmatch(r"column_\d+", str(c))), 1
    return {}, 0


def _skipped_note(skip: int, unit: str, titles: Iterable[str]) -> str:
    """The note for `skip` lines (or rows) above a table's header, quoting the first title among them."""
    title = next(iter(titles), "")
    return (f"{skip} {unit}{'s' if skip > 1 else ''} above the header skipped"
            + (f": a title, not messages ('{title[:60]}')." if title else " (empty)."))


DELIMITERS = (",", "\t", ";", "|")


def lines_above_header(first: list[str], delim: str) -> int:
    """How many lines above a table's header are a title (the export's name, when it was made, blank lines) or
    a listening tool's preamble of labelled values (Brandwatch's "Report:,Mentions", "From:,2024-01-01"). The
    header is the first line of the most fields, where each line above it is a title or a label (its first of
    two fields ending in a colon) and the line after it has as many fields (a first row); else the first line
    of two fields or more among the first ten, where the lines above have one or none and the line after it as
    many. 0 where the table starts at once, or where it is unclear."""
    fields = [next(csv.reader([line], delimiter=delim), []) for line in first]
    widths = [len(f) for f in fields]
    if len(widths) < 2:
        return 0
    widest = widths.index(max(widths))
    labelled = all(len(f) <= 1 or len(f) == 2 and f[0].rstrip().endswith(":") for f in fields[:widest])
    if widths[widest] >= 3 and widest + 1 < len(widths) and widths[widest + 1] == widths[widest] and labelled:
        return widest + _band(fields, widest)
    for i, width in enumerate(widths[:11]):
        if width >= 2:
            start = i if i and i + 1 < len(widths) and widths[i + 1] == width else 0
            return start + _band(fields, start)
    return 0


def _band(fields: list[list[str]], at: int) -> int:
    """1 where the line `at` is a band over groups of columns ("Customer,,Feedback,") above the real header: a
    third of its cells blank or more, and the next line, of as many cells, all filled with distinct short names
    that are no numbers nor a survey tool's kinds of answer (SurveyMonkey's second line, read by
    `header_rows_below`), with a row of as many cells below it; else 0."""
    if at + 2 >= len(fields) or not len(fields[at]) == len(fields[at + 1]) == len(fields[at + 2]):
        return 0
    band, names = [c.strip() for c in fields[at]], [c.strip() for c in fields[at + 1]]
    blank = sum(not c for c in band)
    if not 0 < blank < len(band) or blank < len(band) / 3 or not all(names) or len(set(names)) < len(names):
        return 0
    kinds = sum(n.lower() in ANSWER_KINDS for n in names)
    plain = all(len(n) <= 40 and not re.fullmatch(r"[\d.,:/ -]+", n) for n in names) and kinds < len(names) / 2
    return int(plain)


def _row_chunks(lines: Iterable[str], delim: str, path: Path, size: int | None, first_line: int = 1
                ) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """Rows of `lines` (the header first, on line `first_line` of the file) in chunks of `size`."""
    reader = csv.reader(lines, delimiter=delim)
    shift = first_line - 1  # lines above the header: line numbers are the file's
    try:
        header = next(reader)
    except StopIteration:
        raise WorkbenchError(f"{path}: the file is empty; export it again or leave it out.") from None
    width = len(header)
    names = _unique_names(header)
    rows: list[list[str]] = []
    numbers: list[int] = []  # each kept row's place among the file's rows (0 first), set-aside rows counted
    rejected: list[tuple[str, str, str]] = []
    seen = 0

    def chunk() -> tuple[pd.DataFrame, pd.DataFrame]:
        df = pd.DataFrame(rows, columns=names, dtype="string", index=numbers).replace("", pd.NA)
        return df, rejected_frame(rejected)

    try:
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            seen += 1
            if max(map(len, row)) > MAX_FIELD:
                rejected.append((f"line {reader.line_num + shift}", f"a field longer than {MAX_FIELD:,} characters",
                                 delim.join(row)[:10000]))
            elif len(row) == width or (len(row) == width + 1 and row[-1] == ""):  # a trailing delimiter
                rows.append(row[:width])
                numbers.append(seen - 1)
            elif width == 1:  # one column of text pasted unquoted: its commas are the text's own
                rows.append([delim.join(row)])
                numbers.append(seen - 1)
            else:
                rejected.append((f"line {reader.line_num + shift} ({len(row)} fields)",
                                 f"wrong number of fields (the header has {width})", delim.join(row)))
            if size is not None and len(rows) + len(rejected) >= size:
                yield chunk()
                rows, numbers, rejected = [], [], []
    except csv.Error as exc:
        raise WorkbenchError(f"{path}: line {reader.line_num + shift} cannot be parsed as {_delim_name(delim)}-"
                             f"separated values ({exc}); check for an unclosed quote there.") from None
    if rows or rejected or size is None:
        yield chunk()


def _check_unclosed_quote(text: str, delim: str, path: Path) -> None:
    reader = csv.reader(io.StringIO(text), delimiter=delim, strict=True)
    start = 1
    try:
        for _ in reader:
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise WorkbenchError(f"{path}: a quote opened on line {start} is never closed, so the rest of the file "
                                 "would be read as one field; fix or remove that line and ingest again.") from None


def _delim_name(d: str) -> str:
    return {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}[d]


def _read_json_records(path: Path, options: LoadOptions) -> pd.DataFrame:
    data = load_json(path, options)
    if isinstance(data, dict) and (related := _with_included(data)) is not None:
        data = related
    elif isinstance(data, dict):  # {"data": [...]}, {"data": {"responses": [...]}}: the longest list of objects
        lists = list(_record_lists(data))
        if not lists:
            raise WorkbenchError(f"{path}: the JSON holds no list of records; export it as an array of objects "
                                 "or as JSON lines.")
        data = max(lists, key=len)
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise WorkbenchError(f"{path}: the JSON is not a list of records; export it as an array of objects.")
    return _stringify(_with_parts_text(pd.json_normalize(_big_ints_as_text(_unlabelled(data)), max_level=1)))


def _unlabelled(records: list) -> list:
    """Records whose values an Atom feed wraps as `{"label": value}` (with `attributes` beside it, or not), at the
    top and one level down, read as those values: the App Store's customer-review feed writes a review's
    `{"title": {"label": "Crashes"}, "im:rating": {"label": "1"}, "author": {"name": {"label": "kb"}}}`."""
    def value(v):
        return v["label"] if isinstance(v, dict) and "label" in v and set(v) <= {"label", "attributes"} else v

    return [{k: ({kk: value(vv) for kk, vv in value(v).items()} if isinstance(value(v), dict) else value(v))
             for k, v in r.items()} if isinstance(r, dict) else r for r in records]


BIG_INT = 2**53  # beyond this an integer loses digits as a float, which a column of numbers and nulls becomes


def _big_ints_as_text(records: list) -> list:
    """Records with their integers beyond `BIG_INT` as text, at the top and one level down (a tweet's numeric
    `in_reply_to_status_id` beside nulls became "1.0501186211989217e+18", linking nothing)."""
    def text(v):
        return str(v) if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= BIG_INT else v

    return [{k: ({kk: text(vv) for kk, vv in v.items()} if isinstance(v, dict) else text(v)) for k, v in r.items()}
            if isinstance(r, dict) else r for r in records]


def _with_included(data: dict) -> list[dict] | None:
    """A JSON:API document's resources (App Store Connect's `customerReviews`: `data` of `type`, `id`,
    `attributes`), each with the resources its relationships name from `included` (the developer's
    `response`) as fields of their own: `response.responseBody`, `response.lastModifiedDate`. None where the
    document is no JSON:API one."""
    records = data.get("data")
    if not (isinstance(records, list) and records and all(isinstance(r, dict) and "attributes" in r and "type" in r
                                                            for r in records)):
        return None
    included = {(r.get("type"), r.get("id")): r.get("attributes") or {} for r in data.get("included") or []
                if isinstance(r, dict)}
    out = []
    for record in records:
        joined = {k: v for k, v in record.items() if k != "relationships"}
        for name, link in (record.get("relationships") or {}).items():
            target = link.get("data") if isinstance(link, dict) else None
            if isinstance(target, dict) and (target.get("type"), target.get("id")) in included:
                joined[name] = included[target.get("type"), target.get("id")]
        out.append(joined)
    return out


def _record_lists(data: dict, depth: int = 3) -> Iterator[list]:
    """The lists of objects in a JSON object, its own values first, then those of the objects in it (to
    `depth` levels)."""
    for value in data.values():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            yield value
        elif isinstance(value, dict) and depth > 1:
            yield from _record_lists(value, depth - 1)


def _read_jsonl(path: Path, options: LoadOptions) -> tuple[pd.DataFrame, pd.DataFrame]:
    records, rejected = read_json_lines(path, options)
    if not records:
        raise WorkbenchError(f"{path}: no line holds a JSON object; export it again as JSON lines.")
    return _stringify(_with_parts_text(pd.json_normalize(_big_ints_as_text(records), max_level=1))), \
        rejected_frame(rejected)


# A line `strip_reply` may cut at or drop (any case): the texts without one are read as they are, unscanned.
QUOTE_HINT = re.compile(r"(?im)^\s*(?:>|on\b|le\b|am\b|-{2,}|_{10,}|from:|sent from|get outlook)")
TWEET_LINK = re.compile(r"https?://t\.co/\w+")  # the links Twitter shortens every link in a tweet to
POST_TEXT = {"selftext", "self_text"}  # a Reddit post's own text, beside its comments' "body"


# A part's label where its column's name would read as a verdict on the text (Booking.com's "Negative_Review":
# "Negative Review: no complaints" reads as negative to every model): as the site shows it to its readers.
PART_LABELS = {"negative_review": "Disliked", "positive_review": "Liked"}


def _words_of(column: object) -> set[str]:
    """A column name's words and their plurals' singulars ("Negative_Review" -> negative, review)."""
    words = set(norm(column).split("_"))
    return words | {w[:-1] for w in words if w.endswith("s")}


def labelled_parts(parts: pd.DataFrame) -> pd.Series:
    """A review's parts as one text, each on its own line under its column's name ("Pros: easy to set up" then
    "Cons: reporting is limited"), or alone where columns are named by the questions a review site asks (G2's
    "What do you like best about Acme CRM?" would repeat the product's name in every review's words); the empty
    ones left out, NA where all are."""
    label = {c: "" if is_question(c) else f"{PART_LABELS.get(norm(c), str(c))}: " for c in parts.columns}
    # a part that says there is none ("No Negative" under Booking.com's "Negative_Review") is left out
    said = {c: parts[c].astype("string").str.strip() for c in parts.columns}
    none = {c: said[c].str.lower().isin({f"no {w}" for w in _words_of(c)}) | said[c].str.fullmatch(NO_ANSWER)
            for c in parts.columns}
    lines = [(label[c] + said[c]).where(said[c].ne("") & ~none[c].fillna(False)) for c in parts.columns]
    joined = pd.concat(lines, axis=1, ignore_index=True).stack().dropna().groupby(level=0).agg("\n".join)
    return joined.reindex(parts.index).astype("string")


def with_title(title: pd.Series, text: pd.Series) -> pd.Series:
    """A message's title before its text ("Refund not received. I returned the parcel on ..."); either alone
    where the other is empty."""
    title = without_reply_prefix(title).replace("", pd.NA)  # "RE: Order missing" reads "Order missing"
    text = text.astype("string")
    stop = title.str.contains(r"[.!?:;]$", regex=True, na=False)
    joined = title + pd.Series(np.where(stop, " ", ". "), index=title.index) + text
    return joined.where(text.fillna("").str.strip().ne(""), title).fillna(text)


def export_namespace(columns) -> str:
    """What a table's own ids are prefixed with: its columns, not its file name, so next month's export of the
    same tool (another file name, the same columns) names the same message with the same id."""
    return "table-" + hashlib.sha1(",".join(sorted(norm(c) for c in columns)).encode()).hexdigest()[:10]


def _content_ids(df: pd.DataFrame, author: pd.Series, created: pd.Series, text: pd.Series,
                 seen: Counter | None = None) -> list[str]:
    """Ids for rows the export gives no id: their author, time and text, so that the same message in two
    exports is one message. A row with neither author nor time (a review, a survey answer) is one person's
    message even when its text is another's ("Love it!", or none beside its stars): its id also holds the
    whole row and which occurrence of that row in the file it is (`seen` counts them over the file's
    chunks), so only a row repeated in full, as often, is the same message."""
    seen = Counter() if seen is None else seen
    anonymous = (author.isna() & created.isna()).to_numpy()
    ids = [content_id(a, c, t) for a, c, t in zip(author, created, text, strict=True)]
    if anonymous.any():
        rows = df[anonymous].astype("string").fillna("").agg("\x1f".join, axis=1)
        for i, row in zip(np.flatnonzero(anonymous), rows, strict=True):
            key = content_id(row)
            ids[i] = content_id(text.iloc[i], key, seen[key])
            seen[key] += 1
    return ids


DELETED = ("[deleted]", "[removed]")
# What a store or form writes in the author column for anyone it does not name: one such name is many people
# (Google Play's "A Google user", Amazon's "Amazon Customer").
NOBODY_NAMED = frozenset({"a google user", "google user", "amazon customer", "kindle customer", "anonymous",
                          "anonymous user", "anonymous customer", "anon", "guest", "guest user", "unknown",
                          "unknown user", "not provided", "n/a"})
# A tag of the HTML that rich-text bodies are written in: "I <3 it" holds none.
HTML_TAG = re.compile(r"</?(?:p|br|div|span|b|i|u|strong|em|ul|ol|li|a|table|tr|td|th|h[1-6]|html|body|font|img|"
                      r"blockquote)\b[^<>]*>", re.I)


# A date written relative to when a page was read ("2 hours ago", "yesterday"), as review scrapers save them.
RELATIVE_DATE = re.compile(r"\b(ago|yesterday|today|just now)\b", re.I)


def unread_dates_note(n: int, column: str, example) -> str:
    """The note for timestamps that could not be read: how many, in which column, one of them; and where it is
    written relative to when the page was read, that the export does not say when that was."""
    note = (f"{n} timestamp{'s' if n != 1 else ''} in column '{column}' could not be read (e.g. '{example}') and "
            f"{'were' if n != 1 else 'was'} left empty")
    if RELATIVE_DATE.search(str(example)):
        return (note + ": they count back from the day the page was saved, which the export does not say "
                "(re-export with absolute dates, or fill them in, to have those messages in trends).")
    return note + "."


def table_to_messages(df: pd.DataFrame, path: Path, options: LoadOptions, chosen: dict[str, str],
                      notes: list[str], seen: Counter | None = None,
                      set_aside: list[tuple[str, str, str]] | None = None) -> pd.DataFrame:
    """Map a string table to canonical messages; unmapped columns go to metadata. `seen`: the rows without
    id, author and time met in the file's earlier chunks (`_content_ids`); `set_aside`: where the internal
    notes written in a ticket's journal go (location, reason, raw)."""
    get = lambda f: df[chosen[f]] if f in chosen else pd.Series(pd.NA, index=df.index, dtype="string")  # noqa: E731
    namespace = export_namespace(df.columns)
    parts = [chosen[k] for k in sorted(chosen) if k.startswith(PART)]
    body = labelled_parts(df[[chosen[S.TEXT], *parts]]) if parts else get(S.TEXT)
    post = next((c for c in df.columns if norm(str(c).rsplit(".", 1)[-1]) in POST_TEXT and c not in chosen.values()),
                None)
    if post is not None:  # Reddit: a comment's text is its body, a post's its selftext (under its title)
        body = body.astype("string").where(body.astype("string").str.strip().fillna("").ne(""), df[post])
    if is_issue_tracker(df.columns, chosen):  # Jira's descriptions in its wiki markup ("*Steps*", "{code}")
        body = wiki_to_text(body)
    text = with_title(df[chosen[TITLE]], body) if TITLE in chosen else body
    # What a forum writes for a comment or account since deleted ("[deleted]", "[removed]"): no text, no author
    said = get(S.AUTHOR_ID)
    if AUTHOR_ALSO in chosen:  # the author column's blanks filled from another column of authors
        said = said.astype("string").where(said.astype("string").str.strip().fillna("").ne(""),
                                           df[chosen[AUTHOR_ALSO]].astype("string"))
    text, author = (v.mask(v.astype("string").str.strip().isin(DELETED)) for v in (text, said))
    nobody = author.astype("string").str.strip().str.lower().isin(NOBODY_NAMED).fillna(False).astype(bool)
    if nobody.any() and S.AUTHOR_ID in chosen:  # "A Google user" wrote 40 reviews: 40 people, not one customer
        n, example = int(nobody.sum()), author[nobody].iloc[0]
        notes.append(f"{n:,} message{'s' if n > 1 else ''} by '{example}' in column '{chosen[S.AUTHOR_ID]}' (what the "
                     "export writes for an author it does not name) read as naming no author, not as one customer.")
        author = author.mask(nobody)
    tagged = text.astype("string").str.contains(HTML_TAG, na=False).astype(bool)
    if tagged.any():  # a CRM's or help desk's body written in HTML ("<p>My order <b>#1234</b> ...</p>")
        text = text.astype("string").where(~tagged, text[tagged].map(html_to_text).astype("string"))
        n = int(tagged.sum())
        notes.append(f"{n:,} text{'s' if n > 1 else ''} written in HTML in column '{chosen[S.TEXT]}' read as plain "
                     "text (tags dropped, line breaks kept).")
    lines = (text.astype("string").str.contains("\n", na=False)  # of several lines, one `strip_reply` may cut
             & text.astype("string").str.contains(QUOTE_HINT, na=False)).astype(bool)
    if lines.any():  # a ticket's e-mail body: the e-mails it answers, quoted below it, are not its author's words
        own = text[lines].map(strip_reply).astype("string")
        cut = own.ne(text[lines].astype("string").str.strip()) & own.ne("")
        if cut.any():
            text = text.astype("string")
            text.loc[cut[cut].index] = own[cut]
            notes.append(f"{int(cut.sum()):,} texts in column '{chosen[S.TEXT]}' read without the e-mails they quote "
                         "below them (\"On ... wrote:\", \"Original Message\", > lines) and their signatures (\"Sent "
                         "from my iPhone\", \"-- \").")
    created_raw = get(S.CREATED_AT)
    if CLOCK in chosen:  # a day and its time of day written apart ("04-Mar-2024", "09:15AM")
        created_raw = (created_raw.astype("string") + " " + df[chosen[CLOCK]].astype("string").fillna("")
                       ).str.strip().fillna(created_raw.astype("string"))
    if S.SOURCE_ID in chosen:
        source_id = get(S.SOURCE_ID)
        missing = source_id.isna()
        message_id = prefixed(namespace, source_id)
        if missing.any():
            message_id[missing] = _content_ids(df[missing], author[missing], created_raw[missing], text[missing],
                                               seen)
    else:  # its row number among the file's rows (the index of a CSV's chunk counts from the file's start)
        source_id = pd.Series(np.arange(len(df)) + 1 if df.index.has_duplicates else df.index.to_numpy() + 1,
                              index=df.index).astype("string")
        message_id = pd.Series(_content_ids(df, author, created_raw, text, seen), index=df.index, dtype="string")
    created = to_utc(created_raw, options, dayfirst=bool(options.dayfirst))
    bad_dates = int((created.isna() & created_raw.notna()).sum())
    if bad_dates:
        example = created_raw[created.isna() & created_raw.notna()].iloc[0]
        notes.append(unread_dates_note(bad_dates, chosen[S.CREATED_AT], example))
    recipient = recipients(df)
    brand = get(S.BRAND)
    owned = post_owners(df, chosen) if S.BRAND not in chosen and not options.brand else None
    if owned is not None:  # a comment scraper's rows: the account whose post each comment is on is the brand
        brand = owned[1]
        notes.append(f"the account each comment's post is on (named in column '{owned[0]}') read as the brand; its "
                     "own comments are its replies; --brand NAME names the brand instead.")
    roles = roles_of(chosen.get(S.AUTHOR_ROLE, ""), get(S.AUTHOR_ROLE))
    if S.AUTHOR_ROLE in chosen and S.AUTHOR_ROLE not in options.mapping and (roles != "unknown").mean() < 0.5:
        col = chosen.pop(S.AUTHOR_ROLE)
        example = df[col].dropna().iloc[0] if df[col].notna().any() else ""
        notes.append(f"column '{col}' does not say customer or brand (e.g. '{example}'), so it stays in "
                     "metadata; name the role column with --map author_role=COLUMN if there is one.")
    if S.AUTHOR_ROLE not in chosen:
        roles = pd.Series("customer", index=df.index)
        own = own_account(author, brand.fillna(options.brand) if options.brand else brand)
        mailbox = support_mailbox(recipient, author)
        if mailbox is not None:  # an e-mail export: what the support mailbox sent is the brand's
            own |= handle_key(author).eq(handle_key(pd.Series([mailbox]))[0]).fillna(False).to_numpy()
        cares = {a: care_account(a) for a in author.dropna().unique()}  # each author once, not each row
        care = author.map(cares).fillna(False).astype(bool).to_numpy() & ~own
        ranked = staff_rank_column(df, chosen)
        staff = (df[ranked].astype("string").str.contains(STAFF_TITLE).fillna(False).to_numpy(dtype=bool)
                 if ranked is not None else np.zeros(len(df), dtype=bool))
        roles[own | care | staff] = "brand"  # "AcmeSupport", "AskPlayStation": a care account answers for the brand
        but = (f", but those sent from {mailbox}, the address most of them were sent to (the brand's mailbox)"
               if mailbox is not None else f", but those whose author is the brand's own account (the one "
               f"column '{chosen[S.BRAND]}' names)" if S.BRAND in chosen and own.any() else
               ", but those by the account whose post they comment on" if owned is not None and own.any() else "")
        if care.any():
            accounts = ", ".join(f"'{a}'" for a in sorted(set(author[care]))[:5])
            but += f"{' and' if but else ', but'} those by {accounts} (care accounts by their names: the brand's)"
        if staff.any():
            but += (f"{' and' if but else ', but'} those by authors whose '{ranked}' says they are staff (e.g. "
                    f"'{df.loc[staff, ranked].iloc[0]}')")
        notes.append(f"no author role column: every message in column '{chosen[S.TEXT]}' is taken as written by "
                     f"a customer{but}; --map author_role=COLUMN names a role column if there is one.")
    parent_native, key = parents_by_key(df, chosen, source_id, get(S.PARENT_ID)) if S.PARENT_ID in chosen \
        and S.SOURCE_ID in chosen else (get(S.PARENT_ID), None)
    if key is not None:
        notes.append(f"column '{chosen[S.PARENT_ID]}' names the message answered by its '{key}', not its "
                     f"'{chosen[S.SOURCE_ID]}': replies linked through '{key}'.")
    parent = prefixed(namespace, parent_native)
    conv = prefixed(namespace, get(S.CONVERSATION_ID))
    if S.PARENT_ID in chosen and S.CONVERSATION_ID not in chosen:  # a reply joins its parent's conversation
        conv = thread_roots(message_id, parent)
    if (S.PARENT_ID not in chosen and S.CONVERSATION_ID not in chosen and TITLE in chosen
            and recipient is not None and (roles == "brand").any()):
        parent, threads = threads_by_subject(message_id, df[chosen[TITLE]], author, recipient, roles, created)
        conv = conv.fillna(threads)
        if parent.notna().any():
            k = int(parent.notna().sum())
            notes.append(f"{k:,} e-mail{'s' if k > 1 else ''} linked to the one "
                         f"{'they answer' if k > 1 else 'it answers'} by subject (RE: and FW: dropped), between the "
                         "brand's mailbox and each customer (the export has no thread ids).")
    if S.PARENT_ID not in chosen and S.CONVERSATION_ID not in chosen and (roles == "brand").any() \
            and parent.isna().all():
        answered = answered_by_mention(message_id, author, roles, text, created, recipient=recipient)
        if answered.notna().any():
            parent = answered
            conv = conv.fillna(answered)  # the customer's message starts the conversation its reply joins
            n = int(answered.notna().sum())
            how = "the @handle they address" + (" or the recipient they were sent to" if recipient is not None else "")
            notes.append(f"{n:,} of the brand's replies linked to the customer message they answer by {how} (the "
                         "export has no thread ids).")
    if options.channel:
        channel = pd.Series(options.channel, index=df.index)
    elif S.CHANNEL in chosen:
        channel = channel_names(get(S.CHANNEL)).fillna(guess_channel(list(df.columns), chosen, path))
        vague = channel.isin(NO_NETWORK).to_numpy(bool)
        if vague.any() and (linked := networks_by_link(df, chosen)) is not None:  # "Social Media": which one
            channel = channel.where(~(vague & linked.notna().to_numpy(bool)), linked)
    else:
        guessed = guess_channel(list(df.columns), chosen, path)
        linked = text.astype("string").str.contains(TWEET_LINK, na=False).astype(bool)
        if guessed == "other" and len(linked) and linked.mean() >= 0.2:
            guessed = "twitter"  # a fifth of the texts hold Twitter's own short links: tweets, whatever the columns
        channel = pd.Series(guessed, index=df.index)
        addressed = recipient.dropna().astype("string").str.contains(r"^\s*[^@\s]+@[^@\s]+\.\w+") \
            if recipient is not None else pd.Series(dtype=bool)
        if guessed == "other" and len(addressed) and addressed.mean() >= 0.9:
            guessed = "email"  # sent to e-mail addresses (a shared inbox's export: Front's "From", "To")
            channel = pd.Series(guessed, index=df.index)
        networks = networks_by_link(df, chosen) if guessed == "other" else None
        if networks is not None and networks.notna().mean() >= 0.9:  # links to the posts or their authors'
            channel = networks.fillna(guessed)  # profiles name the network ("https://www.tiktok.com/@ann")
    if S.AUTHOR_ID not in chosen and channel.eq("survey").all():  # each response is one respondent's
        author = ("respondent:" + (source_id if S.SOURCE_ID in chosen else message_id)).astype("string")
        notes.append("no author column: each row is taken as one respondent's response"
                     + (f" (identified by '{chosen[S.SOURCE_ID]}')" if S.SOURCE_ID in chosen else "")
                     + ", so respondents are counted; name an author column with --map author_id=COLUMN where "
                       "one respondent answered more than once.")
    elif channel.eq("survey").all() and author.isna().any() and author.notna().any():
        # a survey's optional e-mail question left blank: the response is still one respondent's
        blank = int(author.isna().sum())
        author = author.astype("string").fillna(
            ("respondent:" + (source_id if S.SOURCE_ID in chosen else message_id)).astype("string"))
        notes.append(f"{blank:,} response{'s' if blank != 1 else ''} with no '{chosen[S.AUTHOR_ID]}' "
                     f"{'are each' if blank != 1 else 'is'} taken as one respondent's, so every respondent is "
                     "counted.")
    if S.BRAND in chosen and S.BRAND not in options.mapping and (accounts := company_accounts(brand)):
        brand = brand.replace(accounts)  # Sprinklr's "Account" of Acme, AcmeHelp, acme.uk: one brand, Acme
        notes.append(f"column '{chosen[S.BRAND]}': " + ", ".join(f"'{a}'" for a in list(accounts)[:5])
                     + f" read as the accounts of {', '.join(sorted({repr(n) for n in accounts.values()}))}, the "
                     "brand they spell (the account stays the author of its replies).")
    if options.brand:
        brand = brand.fillna(options.brand)
    rating = rating_numbers(get(S.RATING))
    kind = rating_type_of(chosen[S.RATING], rating, survey=channel.eq("survey").all()) if S.RATING in chosen \
        else pd.NA
    if S.RATING in chosen and kind == "nps" and rating_type_of(chosen[S.RATING], rating) != "nps":
        notes.append(f"column '{chosen[S.RATING]}' of the survey's answers holds whole numbers from 0 to 10: read as "
                     "the answers to the recommendation question, so the report gives the Net Promoter Score.")
    if S.RATING in chosen and (said := worded_rating(df[chosen[S.RATING]])) is not None:
        rating, kind = said  # Zendesk's "Good" / "Bad": 1 / 0, as its JSON loader reads it; "Very satisfied": 5
    rating_type = (get(S.RATING_TYPE) if S.RATING_TYPE in chosen else
                   pd.Series(kind, index=df.index).where(rating.notna()))
    language = language_codes(get(S.LANGUAGE))
    if S.LANGUAGE in chosen and language.attrs["readable"] < 0.9 and S.LANGUAGE not in options.mapping:
        col = chosen.pop(S.LANGUAGE)  # "Language: formal / casual" names no language: it stays in metadata
        notes.append(f"column '{col}' does not name languages (e.g. '{df[col].dropna().iloc[0]}'), so it stays in "
                     "metadata and each message's language is detected from its text.")
        language = pd.Series(pd.NA, index=df.index, dtype="string")
    elif S.LANGUAGE in chosen and (unread := int((language.isna() & get(S.LANGUAGE).notna()).sum())):
        notes.append(f"{unread:,} values in column '{chosen[S.LANGUAGE]}' name no language (empty, 'und', "
                     "'unknown' or not a language): those messages' language is detected from their text.")
    unmapped = [c for c in df.columns if c not in {col for f, col in chosen.items() if f not in (TITLE, AUTHOR_ALSO)}]
    if is_question(chosen[S.TEXT]) and not any(k.startswith(PART) for k in chosen):  # each answer's message says
        # which question it answers (its intent reads it); a review in parts answers several
        df = df.assign(**{"question": str(chosen[S.TEXT])}) if "question" not in df.columns else df
        unmapped = [*unmapped, "question"] if "question" not in unmapped else unmapped
    metadata = _metadata_json(df[unmapped]) if unmapped else pd.Series(pd.NA, index=df.index)
    out = pd.DataFrame({
        S.MESSAGE_ID: message_id, S.SOURCE_ID: source_id, S.CONVERSATION_ID: conv.fillna(message_id),
        S.PARENT_ID: parent, S.CREATED_AT: created, S.CHANNEL: channel, S.SOURCE: path.name,
        S.AUTHOR_ID: author, S.AUTHOR_ROLE: roles, S.BRAND: brand, S.TEXT: text.fillna(""),
        S.RATING: rating, S.RATING_TYPE: rating_type, S.LANGUAGE: language, S.METADATA: metadata,
    })
    auto = np.zeros(len(df), bool)
    staff = np.zeros(len(df), bool)
    if S.AUTHOR_ROLE in chosen:  # a system's or an automation's message (Freshchat's "system"): no answer of a person
        said = df[chosen[S.AUTHOR_ROLE]].astype("string").str.strip().str.lower() \
            .str.replace(r"[\s-]+", "_", regex=True)
        auto = (said.isin(AUTOMATED_ROLES) & roles.eq("brand")).fillna(False).to_numpy(bool)
        staff = (said.isin(PERSON_ROLES) & roles.eq("brand")).fillna(False).to_numpy(bool)
    for column in _bot_flag_columns(df):  # Drift's `author.bot`, an `is_bot` column: the brand's bot wrote it
        auto |= (df[column].astype("string").str.strip().str.lower().isin(FLAG_TRUE)
                 & roles.eq("brand")).fillna(False).to_numpy(bool)
    if auto.any():
        out.loc[auto, S.METADATA] = S.metadata_with(out.loc[auto, S.METADATA], S.AUTOMATED, [True] * auto.sum())
    out = _agents_speak_for_the_brand(out, options, notes, auto, staff)
    replies = reply_messages(df, out, chosen, options, notes)
    answers = answer_messages(df, out, chosen)
    comments = comment_messages(df, out, chosen, options, notes, set_aside)
    more = [part for part in (replies, answers, comments) if len(part)]
    return S.conform(pd.concat([out, *more], ignore_index=True) if more else out)


def _bot_flag_columns(df: pd.DataFrame) -> list:
    """Columns that say whether a bot wrote the row (`author.bot`, `is_bot`, `bot`): true and false only."""
    out = []
    for column in df.columns:
        if "bot" not in norm(column).split("_") and norm(column) not in {"isbot", "authorbot"}:
            continue
        flags = df[column].astype("string").str.strip().str.lower().dropna()
        if len(flags) and flags.isin(FLAG_TRUE | FLAG_FALSE).all():
            out.append(column)
    return out


def _agents_speak_for_the_brand(out: pd.DataFrame, options: LoadOptions, notes: list[str], automated: np.ndarray,
                                staff: np.ndarray) -> pd.DataFrame:
    """A help desk's replies written by its agents ("Dana Ruiz", `is_person`; "Sam from Acme",
    `agent_affiliation`; "Sam" alone, a first name, on a row whose role says a person wrote it: `staff`, an
    agent's or admin's, not a brand account's) or by its bot (`automated`: "Operator") are the brand's: their
    author is the brand the
    row names, the one given with --brand, the company the agents' names say they answer for ("Acme"), or the
    stand-in for one the export does not name; the agent's or bot's name is kept in metadata as `agent`. An
    agent is no brand of their own."""
    brand_side = out[S.AUTHOR_ROLE].eq("brand").fillna(False).to_numpy()
    affiliation = out[S.AUTHOR_ID].map(agent_affiliation).where(brand_side)
    named = out[S.AUTHOR_ID].notna().to_numpy()
    bots = automated & brand_side & named
    first_name = out[S.AUTHOR_ID].map(is_first_name).to_numpy(bool) & staff
    people = brand_side & (out[S.AUTHOR_ID].map(is_person).to_numpy(bool) | affiliation.notna().to_numpy()
                           | first_name)
    agents = people | bots
    if not agents.any():
        return out
    out = out.copy()
    # the company most agents' names give answers for the rows that name none (a bot's too)
    said = affiliation.dropna()
    company = options.brand or (said.mode().iloc[0] if len(said) else None)
    author = out[S.BRAND].fillna(affiliation).fillna(company or S.UNNAMED_BRAND) if options.brand is None \
        else out[S.BRAND].fillna(options.brand)
    out.loc[agents, S.METADATA] = S.metadata_with(out.loc[agents, S.METADATA], "agent", out.loc[agents, S.AUTHOR_ID])
    out.loc[agents, S.AUTHOR_ID] = author[agents]
    who = " and ".join(w for w, some in (("its agents (people, by their names)", people.any()),
                                          ("its bot", bots.any())) if some)
    notes.append(f"replies written by {who} are the brand's"
                 + (f" ({company}, as the agents' names say)" if len(said) and not options.brand else "")
                 + "; each one's name is kept in metadata as 'agent'.")  # the same for every chunk: said once
    return out


def _metadata_json(df: pd.DataFrame) -> pd.Series:
    """Each row's unmapped columns as one JSON object. Split on newlines only: JSON escapes them inside values,
    but not the other characters `str.splitlines` breaks on (U+0085 from a Latin-1 file, U+2028)."""
    if df.empty:
        return pd.Series([], index=df.index, dtype="string")
    lines = df.to_json(orient="records", lines=True, force_ascii=False).rstrip("\n").split("\n")
    return pd.Series(lines, index=df.index, dtype="string")


class TabularLoader:
    """CSV/TSV, Excel, JSON, JSON lines and Parquet tables with one message per row."""

    name = "table"
    description = ("any table with one message per row: CSV/TSV (any delimiter), Excel, JSON, JSON lines, "
                   "Parquet, XML records; columns mapped automatically or with --map FIELD=COLUMN (reviews, surveys, "
                   "tweets, tickets, complaint registers, Reddit comment dumps...)")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() in TABLE_EXTENSIONS:
            return 0.5
        return 0.5 if path.suffix.lower() in (".txt", ".text") and delimited_text(head) else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        parts = list(self.load_chunks(path, options, rows=None))
        return parts[0]

    def load_chunks(self, path: Path, options: LoadOptions, rows: int | None = CHUNK_ROWS) -> Iterator[LoadResult]:
        """The file as LoadResults of about `rows` rows each (CSV/TSV are read in chunks; JSON, JSON lines,
        Excel and Parquet tables whole). Columns are mapped once, from the header and the first chunk; the
        notes of the whole file come with the last chunk."""
        streamed = path.suffix.lower() not in (".xlsx", ".xlsm", ".xls", ".parquet", ".pq", ".json", ".jsonl",
                                                ".ndjson", ".xml")
        notes: list[str] = []
        chunks = delimited_chunks(path, options, rows, notes) if streamed else iter([read_table(path, options,
                                                                                                 notes)])
        chosen: dict[str, str] | None = None
        bad_dates = 0
        first_bad = ""
        pending: LoadResult | None = None
        seen: Counter = Counter()  # rows with no id, author or time, over all chunks
        names: dict[str, str] = {}  # a survey tool's labels below its header, read as the column names
        chats = None  # whether the text column holds whole chats (decided on the first chunk)
        internal, notes_set_aside = None, 0  # the column marking internal notes, and the rows it marked
        repeats = 0  # rows repeating the header
        chat_rows, chat_turns, agents = 0, Counter(), set()
        for df, rejected in chunks:
            if chosen is None:
                if df.empty and rejected.empty:
                    raise WorkbenchError(f"{path}: the file has a header but no rows; export it again.")
                names, below = header_rows_below(df)
                # the columns of open questions' answers, as survey tools mark them below their header:
                # SurveyMonkey's "Open-Ended Response", Qualtrics' import id of a text entry ("QID2_TEXT")
                open_ended = [c for c in df.columns if below and (
                    str(df.iloc[0][c]).strip().lower() == "open-ended response" if below == 1
                    else bool(QUALTRICS_TEXT.search(str(df.iloc[1][c]))))]
                if below:
                    df = df.iloc[below:]
                    notes.append(f"{below} row{'s' if below > 1 else ''} below the header read as column names "
                                 + ("(a survey tool's question texts and import ids)" if below > 1 else
                                    "(a survey tool's kind of answer under each question)") + ", not as responses.")
                first = df.rename(columns=names)
                chosen, options = map_columns(first, path, options, notes,
                                              open_ended=[names.get(c, c) for c in open_ended])
                internal = internal_note_column(first, chosen)
            again = repeated_header(df)
            if again.any():  # exports joined end to end: each one's header is no message
                repeats += int(again.sum())
                rejected = pd.concat([rejected, rejected_frame([
                    (f"row {i + 1}", "the header again (files joined end to end)", ",".join(map(str, df.columns)))
                    for i in df.index[again]])])
                df = df[~again]
            df = df.rename(columns=names)
            totals = summary_rows(df, chosen.get(S.TEXT))
            if totals.any():  # a spreadsheet's "Total" and "Average rating" under its messages
                rejected = pd.concat([rejected, rejected_frame([
                    (f"row {i + 1}", "summary row (Total, Average)",
                     json.dumps({k: v for k, v in row.items() if pd.notna(v)}, ensure_ascii=False, default=str))
                    for i, row in zip(df.index[totals], df[totals].to_dict("records"), strict=True)])])
                df = df[~totals]
            if internal is not None:  # a help desk's comments: those the customer never saw are set aside
                hidden = internal_rows(df, internal)
                notes_set_aside += int(hidden.sum())
                rejected = pd.concat([rejected, rejected_frame([
                    (f"row {i + 1}", "internal note (not visible to the customer)",
                     json.dumps({k: v for k, v in row.items() if pd.notna(v)}, ensure_ascii=False)[:10000])
                    for i, row in zip(df.index[hidden], df[hidden].to_dict("records"), strict=True)])])
                df = df[~hidden]
            chunk_notes: list[str] = []
            hidden: list[tuple[str, str, str]] = []
            messages = table_to_messages(df, path, options, chosen, chunk_notes, seen, hidden)
            if hidden:  # a ticket journal's internal notes
                rejected = pd.concat([rejected, rejected_frame(hidden)])
            if chats is None:
                # read on the messages' text: a CRM's transcript is HTML ("( 5s ) Dana R: Hello<br>( 21s ) ...")
                chats = S.AUTHOR_ROLE not in chosen and transcript_share(messages[S.TEXT]) >= 0.5
            if chats:
                before = len(messages)
                messages, speakers = split_transcripts(messages, options.timezone)
                chat_rows += before
                chat_turns.update(messages[S.AUTHOR_ROLE].tolist())
                agents |= speakers
            for note in chunk_notes:
                m = BAD_DATES.match(note)
                if m:
                    bad_dates += int(m.group(1))
                    first_bad = first_bad or m.group(2)
                elif note not in notes:
                    notes.append(note)
            if pending is not None:
                yield pending
            pending = LoadResult(messages=messages, rejected=rejected, rows_read=len(messages) + len(rejected),
                                 notes=[], mapping=chosen)
        if pending is None:  # nothing but a header
            raise WorkbenchError(f"{path}: the file has a header but no rows; export it again.")
        if chats and chat_turns:
            notes[:] = [n for n in notes if not n.startswith("no author role column")]  # the speakers say who
            shown = ", ".join(sorted(agents)[:4]) + (f" and {len(agents) - 4} more" if len(agents) > 4 else "")
            notes.append(f"column '{chosen[S.TEXT]}' holds whole chats: {chat_rows:,} rows split into "
                         f"{sum(chat_turns.values()):,} turns, {chat_turns['customer']:,} by the customer and "
                         f"{chat_turns['brand']:,} by the brand (speakers read as the brand: {shown or 'none'}).")
        if internal is not None:
            notes.append(f"column '{internal}' marks internal notes, not visible to the customer: {notes_set_aside:,} "
                         "set aside (workbench export rejected shows them).")
        if repeats:
            notes.append(f"{repeats:,} row{'s' if repeats > 1 else ''} repeating the header set aside: the file holds "
                         "exports joined end to end.")
        if bad_dates:
            notes.insert(0, unread_dates_note(bad_dates, chosen[S.CREATED_AT], first_bad))
        pending.notes = notes
        yield pending


register(TabularLoader())
