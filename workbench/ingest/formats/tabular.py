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
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
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
    infer_dayfirst,
    iter_lines,
    load_json,
    prefixed,
    read_bytes,
    read_json_lines,
    read_text,
    rejected_frame,
    stream_lines,
    to_utc,
)

# Column names each canonical field is recognised by, best first (compared after normalising: lower case,
# non-alphanumerics as "_").
CANDIDATES: dict[str, list[str]] = {
    S.TEXT: ["text", "body", "message", "message_text", "message_body", "content", "tweet", "tweet_text",
             "full_text", "review", "review_text", "review_body", "comment", "comments", "feedback",
             "verbatim", "utterance", "instruction", "query", "description", "answer", "response_text"],
    S.CREATED_AT: ["created_at", "date", "datetime", "timestamp", "time", "created", "tweet_created",
                   "date_sent", "sent", "sent_at", "posted", "posted_at", "tweet_date", "submitted_at", "review_date",
                   "response_date", "created_time", "date_time", "time_stamp", "submitted", "date_received",
                   "received", "received_at", "date_submitted", "created_date", "creation_date", "date_created"],
    S.AUTHOR_ID: ["author_id", "author", "user_id", "user", "username", "user_name", "screen_name", "customer",
                  "customer_id", "customer_name", "name", "sender", "from", "reviewer", "reviewer_name",
                  "respondent", "respondent_id", "email", "handle", "requester", "requester_id", "requester_email",
                  "requester_name", "from_address", "from_email", "sender_email", "sender_address", "from_name",
                  "sender_name"],
    S.SOURCE_ID: ["message_id", "id", "tweet_id", "review_id", "response_id", "comment_id", "post_id", "uuid"],
    S.RATING: ["rating", "stars", "star_rating", "score", "nps", "nps_score", "csat", "csat_score",
               "review_rating", "overall_rating", "likelihood_to_recommend", "review_score"],
    S.CHANNEL: ["channel", "source_channel", "medium", "platform", "via", "submitted_via", "page_type",
                "social_network", "source_type", "domain"],
    S.BRAND: ["brand", "company", "airline", "organization", "organisation", "business", "merchant", "brand_name",
              "company_name", "airline_name", "organization_name", "organisation_name", "merchant_name"],
    S.CONVERSATION_ID: ["conversation_id", "thread_id", "ticket_id", "case_id", "session_id", "chat_id"],
    S.PARENT_ID: ["parent_id", "in_reply_to", "in_reply_to_id", "in_response_to", "reply_to", "parent"],
    S.AUTHOR_ROLE: ["author_role", "role", "sender_type", "author_type", "direction"],
    S.RATING_TYPE: ["rating_type"],
}

ROLE_WORDS = {
    "customer": {"customer", "client", "user", "end_user", "enduser", "requester", "visitor", "lead", "contact",
                 "inbound", "consumer", "true", "member", "guest", "caller", "patient", "buyer", "incoming", "in",
                 "received"},  # the brand's own export: what it received
    "brand": {"brand", "agent", "admin", "staff", "support", "company", "business", "outbound", "operator",
              "bot", "employee", "representative", "rep", "false", "advisor", "team", "moderator", "outgoing", "out",
              "sent"},
}

# Python's csv module stops at 131,072 characters a field and fails the whole file; a field longer than this is
# no customer message (a pasted log, a broken quote), so its row is set aside with the reason instead.
MAX_FIELD = 131_072
csv.field_size_limit(2**31 - 1)  # long fields are read whole, then their rows set aside (below)
STREAM_BYTES = 32 * 2**20  # a delimited file larger than this is decoded a block at a time
CHUNK_ROWS = 50_000  # rows read, cleaned and staged at a time
BAD_DATES = re.compile(r"^(\d+) timestamps in column '.*' could not be read \(e\.g\. '(.*)'\) and were left empty\.$")

TABLE_EXTENSIONS = {".csv", ".tsv", ".tab", ".psv", ".xlsx", ".xlsm", ".xls", ".json", ".jsonl", ".ndjson",
                    ".parquet", ".pq"}


def norm(name: object) -> str:
    """A column name compared loosely: 'Date Sent ' -> 'date_sent', 'TweetText' -> 'tweet_text', 'Puntuación'
    -> 'puntuacion' (accents dropped)."""
    plain = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", plain.strip())  # camelCase and PascalCase split
    return re.sub(r"[^0-9a-z]+", "_", words.lower()).strip("_")


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
        # The sheet of messages is the one with most rows: a summary or a chart's sheet may come first
        name = max(sheets, key=lambda k: len(sheets[k].dropna(how="all")))
        sheet = sheets[name]
        if len(sheets) > 1 and notes is not None:
            notes.append(f"sheet '{name}' read, the workbook's longest (" + ", ".join(f"'{k}'" for k in sheets
                                                                                     if k != name)
                         + " left out); export the sheet you want as CSV to read another.")
        filled = sheet.head(12).notna().sum(axis=1).tolist()
        # Title rows (one cell or none) above the header, as in CSV: the header is the first row of two cells
        skip = next((i for i, n in enumerate(filled[:11]) if n >= 2), 0)
        if skip and notes is not None:
            cells = (str(v) for row in sheet.head(skip).itertuples(index=False) for v in row if pd.notna(v))
            notes.append(_skipped_note(skip, "row", cells))
        header = ["" if pd.isna(v) else v for v in sheet.iloc[skip]] if len(sheet) else []
        df = sheet.iloc[skip + 1:].set_axis(header, axis=1).reset_index(drop=True)
        return _stringify(df), rejected_frame([])
    if ext in (".parquet", ".pq"):
        read_bytes(path)
        try:
            df = pd.read_parquet(path)
        except Exception as exc:
            raise WorkbenchError(f"{path}: cannot be read as Parquet ({exc}); export it again.") from None
        return _stringify(df), rejected_frame([])
    if ext in (".jsonl", ".ndjson"):
        return _read_jsonl(path, options)
    if ext == ".json":
        return _read_json_records(path, options), rejected_frame([])
    return read_delimited(path, options, notes)


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
    first = list(itertools.islice(lines, 12))
    lines = itertools.chain(first, lines)
    header_line = next((line for line in first if any(d in line for d in DELIMITERS)), first[0] if first else "")
    counts = {d: header_line.count(d) for d in DELIMITERS}
    delim = "\t" if path.suffix.lower() in (".tsv", ".tab") else max(counts, key=counts.get)
    if text is not None and text.count('"') % 2:  # an odd number of quotes: one may swallow the rest
        _check_unclosed_quote(text, delim, path)
    skip = lines_above_header(first, delim)
    if skip:
        if notes is not None:
            notes.append(_skipped_note(skip, "line", (line.strip() for line in first[:skip] if line.strip())))
        lines = itertools.islice(lines, skip, None)
    yield from _row_chunks(lines, delim, path, rows, first_line=skip + 1)


def _skipped_note(skip: int, unit: str, titles: Iterable[str]) -> str:
    """The note for `skip` lines (or rows) above a table's header, quoting the first title among them."""
    title = next(iter(titles), "")
    return (f"{skip} {unit}{'s' if skip > 1 else ''} above the header skipped"
            + (f": a title, not messages ('{title[:60]}')." if title else " (empty)."))


DELIMITERS = (",", "\t", ";", "|")


def lines_above_header(first: list[str], delim: str) -> int:
    """How many lines above a table's header are a title (the export's name, when it was made, blank lines):
    the leading lines of one field or none, where a line of two fields or more follows among the first ten and
    the line after that one has as many fields (the header and a first row). 0 where the table starts at
    once, or where it is unclear."""
    widths = [len(next(csv.reader([line], delimiter=delim), [])) for line in first]
    for i, width in enumerate(widths[:11]):
        if width >= 2:
            return i if i and i + 1 < len(widths) and widths[i + 1] == width else 0
    return 0


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
    if isinstance(data, dict):  # {"data": [...]}, {"data": {"responses": [...]}}: the longest list of objects
        lists = list(_record_lists(data))
        if not lists:
            raise WorkbenchError(f"{path}: the JSON holds no list of records; export it as an array of objects "
                                 "or as JSON lines.")
        data = max(lists, key=len)
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise WorkbenchError(f"{path}: the JSON is not a list of records; export it as an array of objects.")
    return _stringify(pd.json_normalize(data, max_level=1))


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
    return _stringify(pd.json_normalize(records, max_level=1)), rejected_frame(rejected)


# ---------------------------------------------------------------------------------------------- mapping
TITLE = "title"  # not a message field: the column read before the text (`infer_title_column`)

# A help desk's export: a company column there names the customer's organisation, not the brand addressed.
DESK_NAME_WORDS = {"ticket", "priority", "assignee", "agent", "requester", "sla", "escalated", "resolution"}
ORGANISATION_NAMES = {"company", "company_name", "organization", "organisation", "organization_name",
                      "organisation_name", "account", "account_name", "business"}


def customer_organisation(columns, chosen: dict[str, str], options: LoadOptions) -> str | None:
    """The brand column automap chose where it names the customer's own organisation: a company or organisation
    column in a help desk's export (one with ticket, priority, agent or requester columns), unless the
    researcher mapped it."""
    col = chosen.get(S.BRAND)
    if col is None or S.BRAND in options.mapping or norm(col) not in ORGANISATION_NAMES:
        return None
    return col if any(_name_words(c) & DESK_NAME_WORDS for c in columns if c != col) else None


def names_other_things(ids: pd.Series, texts: pd.Series) -> bool:
    """Whether an id column names something other than the message: its values repeat (on 5% of rows or more)
    and, where they do, mostly over different texts (a product's id on each of its reviews, a ticket's on each
    of its comments). A row exported twice repeats its id with its text, and stays a duplicate."""
    repeated = ids.notna() & ids.duplicated(keep=False)
    if repeated.mean() < 0.05:
        return False
    first = texts[repeated].groupby(ids[repeated]).transform("first")
    return bool(texts[repeated].ne(first).mean() > 0.5)


def message_id_column(df: pd.DataFrame, chosen: dict[str, str], options: LoadOptions) -> str | None:
    """The column of the messages' own ids: automap's choice, unless it names other things (`names_other_things`),
    then another column of an id's name ("reviews.id") that is filled and does not; None where none is."""
    col = chosen.get(S.SOURCE_ID)
    if col is None or S.SOURCE_ID in options.mapping or S.TEXT not in chosen:
        return col
    texts = df[chosen[S.TEXT]]
    if not names_other_things(df[col], texts):
        return col
    taken = set(chosen.values())
    for c in df.columns:
        last = norm(str(c).rsplit(".", 1)[-1])
        if (c not in taken and (norm(c) in CANDIDATES[S.SOURCE_ID] or last in CANDIDATES[S.SOURCE_ID])
                and df[c].notna().mean() >= 0.9 and not names_other_things(df[c], texts)):
            return c
    return None


def automap(columns: list[str], mapping: dict[str, str], path: Path) -> dict[str, str]:
    """Canonical field -> export column: the explicit mapping first, then the first candidate name found."""
    for fld, col in mapping.items():
        if fld not in S.MAPPABLE:
            raise WorkbenchError(f"--map {fld}={col}: '{fld}' is not a field; mappable fields are "
                                 f"{', '.join(S.MAPPABLE)}.")
        if col not in columns:
            raise WorkbenchError(f"{path}: --map {fld}={col} names a column that is not there; columns found: "
                                 f"{', '.join(columns)}.")
    chosen = dict(mapping)
    used = set(chosen.values())
    by_norm: dict[str, str] = {}
    for c in columns:
        by_norm.setdefault(norm(c), c)
    for c in columns:  # a nested record's field by its own name ("answers.comment" as "comment")
        by_norm.setdefault(norm(str(c).rsplit(".", 1)[-1]), c)
    for fld, names in CANDIDATES.items():
        if fld in chosen:
            continue
        for n in names:
            col = by_norm.get(n)
            if col is not None and col not in used:
                chosen[fld] = col
                used.add(col)
                break
    if S.AUTHOR_ID not in chosen:  # "Review Consumer User ID", "Ticket Requester Email": a two-word author name
        ends = [n for n in CANDIDATES[S.AUTHOR_ID] if "_" in n]
        staff = {"agent", "assignee", "owner", "company", "brand", "staff", "reply", "responder", "employee"}
        col = next((c for n in ends for c in columns if c not in used and norm(c).endswith("_" + n)
                    and not _name_words(c) & staff), None)
        if col is not None:
            chosen[S.AUTHOR_ID] = col
    return chosen


def _value_in_text(value: str, words: set[str]) -> bool:
    """Whether a brand-like `value` ("Virgin America", "apple") is named in a text's words (lower case, @ and #
    dropped): as one word ("virginamerica", "@apple"), or by its first word of 4+ letters at the start of one
    ("@SouthwestAir" for "Southwest")."""
    key = re.sub(r"[^0-9a-z]", "", value.lower())
    first = next((w for w in re.findall(r"[a-z0-9]+", value.lower()) if len(w) >= 4), None)
    return bool(key) and (key in words or (first is not None and any(w.startswith(first) for w in words)))


def _name_words(column: object) -> set[str]:
    """The words of a column's name, as `norm` splits them ("ProductCategory" -> product, category)."""
    return set(norm(column).split("_"))


# Words in a column's name that say it classifies the message, not whom it addresses.
CLASSIFYING_NAME_WORDS = {"category", "categories", "subcategory", "intent", "intents", "label", "labels", "tag",
                          "tags", "type", "issue", "reason", "product", "sentiment", "emotion", "class"}


def answered_by_mention(message_id: pd.Series, author: pd.Series, roles: pd.Series, text: pd.Series,
                        created: pd.Series, within: str = "7D") -> pd.Series:
    """For each of the brand's messages, the customer message it answers where the export gives no thread:
    the latest message before it (within `within`) by the customer whose @handle it opens with addressing
    ("@jane_d Sorry to hear that"); NA elsewhere."""
    out = pd.Series(pd.NA, index=message_id.index, dtype="string")
    mentioned = text.astype("string").str.extract(r"^\W{0,3}@(\w{1,30})", expand=False)
    replies = pd.DataFrame({"row": message_id.index, "key": _handle(mentioned), "at": created})[
        (roles == "brand").to_numpy() & mentioned.notna().to_numpy() & created.notna().to_numpy()]
    asked = pd.DataFrame({"asked": message_id, "key": _handle(author), "at": created})[
        (roles == "customer").to_numpy() & author.notna().to_numpy() & created.notna().to_numpy()]
    if replies.empty or asked.empty:
        return out
    found = pd.merge_asof(replies.sort_values("at"), asked.sort_values("at"), on="at", by="key",
                          tolerance=pd.Timedelta(within), direction="backward")
    found = found.dropna(subset=["asked"])
    out.loc[found["row"].to_numpy()] = found["asked"].to_numpy()
    return out


def threads_by_subject(message_id: pd.Series, subject: pd.Series, author: pd.Series, recipient: pd.Series,
                       roles: pd.Series, created: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(parent, conversation) of e-mails exported with no thread ids: one thread per subject (reply and forward
    prefixes dropped, case ignored) and customer (the sender of a customer's e-mail, the recipient of the
    brand's); each e-mail answers the one before it in the thread (by date, else in the file's order), and the
    thread is known by its first e-mail's id."""
    topic = subject.astype("string").str.replace(r"^(?:\s*(?:re|fw|fwd|aw|wg|tr|sv|antw)\s*:\s*)+", "",
                                                  regex=True, case=False).str.strip().str.lower()
    customer = _handle(author.where((roles == "customer").to_numpy(), recipient.astype("string")))
    frame = pd.DataFrame({"id": message_id.to_numpy(), "topic": topic.to_numpy(), "who": customer.to_numpy(),
                          "at": created.to_numpy(), "row": np.arange(len(message_id))})
    frame = frame.sort_values(["at", "row"], kind="stable", na_position="last")
    known = frame["topic"].notna() & frame["who"].notna() & frame["topic"].ne("")
    grouped = frame[known].groupby(["topic", "who"], sort=False)["id"]
    frame.loc[known, "parent"] = grouped.shift(1)
    frame.loc[known, "thread"] = grouped.transform("first")
    frame = frame.sort_values("row")
    parent = pd.Series(frame.get("parent", pd.Series(pd.NA, index=frame.index)).to_numpy(), index=message_id.index,
                       dtype="string")
    thread = pd.Series(frame.get("thread", pd.Series(pd.NA, index=frame.index)).to_numpy(), index=message_id.index,
                       dtype="string")
    return parent, thread


RECIPIENT_NAMES = {"to", "to_address", "to_email", "recipient", "recipient_email", "recipient_address"}


def support_mailbox(df: pd.DataFrame, author: pd.Series) -> str | None:
    """In an e-mail export with a recipient column, the address most messages were sent to (at least 30% of
    them), where it also sends some (its replies): the support mailbox, whose messages are the brand's."""
    col = next((c for c in df.columns if norm(c) in RECIPIENT_NAMES), None)
    if col is None or not author.notna().any():
        return None
    to = df[col].astype("string").str.split(r"[;,]").str[0].str.strip().str.lower()
    top = to.value_counts()
    if top.empty or top.iloc[0] < 0.3 * len(df) or not _handle(author).eq(_handle(top.index[:1])[0]).any():
        return None
    return str(top.index[0])


def _handle(values: pd.Series) -> pd.Series:
    """An account's name as written anywhere: lower case, without @ or spaces ("@AcmeSupport" -> acmesupport)."""
    return values.astype("string").str.lower().str.replace(r"[@\s]", "", regex=True)


def _own_account(author: pd.Series, brand: pd.Series) -> pd.Series:
    """Rows written by the brand's own account: the author is the brand the row addresses (a social inbox's
    export lists the brand's replies beside the messages it received, "From" the same as "Profile")."""
    return (_handle(author) == _handle(brand)).fillna(False).astype(bool)


# Names of the column that says which of the brand's accounts received a message in a social inbox's export
# (Sprout Social's "Profile", a Facebook page's "Page Name").
BRAND_ACCOUNT_NAMES = {"profile", "social_profile", "brand_profile", "page", "page_name", "inbox"}


def infer_brand_account_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The brand's receiving account where no column is called brand: a column so named (`BRAND_ACCOUNT_NAMES`)
    of at most 500 values that repeat (two rows a value or more) and are no web addresses."""
    if S.BRAND in chosen or df.empty:
        return None
    rows = df.head(sample)
    for c in rows.columns:
        values = rows[c].dropna().astype(str)
        if (c not in set(chosen.values()) and norm(c) in BRAND_ACCOUNT_NAMES and len(values)
                and values.nunique() <= min(500, len(values) / 2) and not values.str.contains("/").any()):
            return c
    return None


def infer_brand_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The column that names the company each message addresses, where no column is called so ("Topic" in a
    set of tweets about apple, google and microsoft): a column of 2 to 50 distinct values that repeat (two rows
    a value or more on average: a review's title is no company), filled in at least half the rows, whose own
    value is named in at least 30% of its rows' texts, and at least three times as often as any of its other
    values is (a column of words every text uses does not qualify). A column whose name says it classifies the
    message (a category, intent, label, tag, type, issue, reason, product or sentiment) never qualifies:
    Bitext's `category` (ORDER, REFUND, DELIVERY) is named in its requests as often as a brand would be."""
    if S.TEXT not in chosen or S.BRAND in chosen or df.empty:
        return None
    rows = df.sample(min(len(df), sample), random_state=0)
    words = [set(re.findall(r"[a-z0-9]+", str(t).lower())) for t in rows[chosen[S.TEXT]].fillna("")]
    taken = set(chosen.values())
    best, best_rate = None, 0.0
    for col in rows.columns:
        values = rows[col]
        if (col in taken or CLASSIFYING_NAME_WORDS & _name_words(col)
                or values.notna().mean() < 0.5 or not 2 <= values.nunique() <= 50
                or values.nunique() > values.notna().sum() / 2):
            continue
        if pd.to_numeric(values.dropna(), errors="coerce").notna().mean() > 0.5:
            continue  # numbers (ratings, counts) name no company
        named = {v: np.array([_value_in_text(str(v), w) for w in words]) for v in values.dropna().unique()}
        filled = values.notna().to_numpy()
        own = np.array([named[v][i] if f else False for i, (v, f) in enumerate(zip(values, filled, strict=True))])
        other = np.array([f and any(named[u][i] for u in named if u != v)
                          for i, (v, f) in enumerate(zip(values, filled, strict=True))])
        rate, cross = own[filled].mean(), other[filled].mean()
        if rate >= 0.3 and rate >= 3 * cross and rate > best_rate:
            best, best_rate = col, float(rate)
    return best


# Words in a column's name that say it holds what someone wrote ("Consumer complaint narrative", "Your
# comments", "What could we do better? (free text)").
TEXT_NAME_WORDS = {"text", "narrative", "comment", "comments", "review", "reviews", "feedback", "message", "body",
                   "description", "complaint", "verbatim", "remarks", "remark", "opinion", "details", "content",
                   "tweet", "post", "explanation", "suggestion", "suggestions", "improve", "why", "answer"}


def _words_per_value(df: pd.DataFrame, taken: set[str]) -> dict[str, float]:
    """Mean count of words (two letters or more) per filled value, for each column not in `taken`: dates, ids
    and numbers have none, free text has many."""
    words = {c: df[c].dropna().astype(str).str.count(r"[^\W\d_]{2,}").mean() for c in df.columns if c not in taken}
    return {c: float(v) for c, v in words.items() if pd.notna(v)}


QUESTION_OPENINGS = {"what", "why", "how", "please", "tell", "describe", "is", "are", "do", "did", "would", "could",
                     "any", "anything", "which", "where", "when", "was", "were", "if", "in"}


def is_question(column: object) -> bool:
    """Whether a column is named by the question a survey asked ("What could we do better?", "Please tell us
    why"): it ends with a question mark, or opens with a question's word and runs to four words or more."""
    name = str(column).strip()
    words = norm(name).split("_")
    return name.endswith("?") or (len(words) >= 4 and words[0] in QUESTION_OPENINGS)


ANSWER = "answer:"  # not a message field: chosen[ANSWER + "1"] is a further open question's column


def open_answer_columns(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> list[str]:
    """The survey's other open questions, beside the one read as the text: columns named by a question whose
    answers run to three words or more on average (a 0-10 score named by its question has none)."""
    if S.TEXT not in chosen or not is_question(chosen[S.TEXT]):
        return []
    words = _words_per_value(df.head(sample), set(chosen.values()))
    return [c for c in df.columns if c in words and is_question(c) and words[c] >= 3]


def answer_messages(df: pd.DataFrame, rows: pd.DataFrame, chosen: dict[str, str], notes: list[str]) -> pd.DataFrame:
    """Each further open question's answers as messages of their own: by the same respondent, at the same time,
    in the same conversation as the row's first answer, with the row's metadata and the question in it."""
    parts = []
    for key in sorted(k for k in chosen if k.startswith(ANSWER)):
        col = chosen[key]
        text = df[col].astype("string").str.strip().reset_index(drop=True)
        has = text.fillna("").ne("").to_numpy()
        if not has.any():
            continue
        base = rows[has]
        parts.append(base.assign(**{
            S.MESSAGE_ID: base[S.MESSAGE_ID] + f":{key[len(ANSWER):]}", S.SOURCE_ID: base[S.SOURCE_ID] +
            f":{key[len(ANSWER):]}", S.TEXT: text[has].to_numpy(), S.RATING: float("nan"), S.RATING_TYPE: pd.NA,
            S.METADATA: base[S.METADATA].map(lambda m, col=col: json.dumps(
                {**(json.loads(m) if isinstance(m, str) else {}), "question": str(col)}, ensure_ascii=False))}))
    return pd.concat(parts, ignore_index=True) if parts else rows.iloc[0:0]


def infer_text_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The column that holds the message text where none has a known name: the first column named by a survey's
    question whose answers run to three words or more; else, among the columns whose name holds a
    word such as "narrative", "comment" or "complaint", the one with the most words per value (at least three);
    failing that, a column of at least eight words per value on average and twice the next column's."""
    if S.TEXT in chosen or df.empty:
        return None
    rows = df.head(sample)
    words = _words_per_value(rows, set(chosen.values()))
    questions = [c for c, v in words.items() if is_question(c) and v >= 3]
    if questions:  # a survey's open questions: the first one asked (the others become messages of their own)
        return questions[0]
    named = {c: v for c, v in words.items() if _name_words(c) & TEXT_NAME_WORDS and v >= 3}
    if named:
        return max(named, key=named.get)
    ranked = sorted(words.values(), reverse=True)
    best = max(words, key=words.get) if words else None
    if best is not None and ranked[0] >= 8 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
        return best
    return None


# A value that starts with a date written in numbers (ISO or day and month in either order), a time may follow.
DATE_LIKE = re.compile(r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?![\d])")


def infer_date_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 200) -> str | None:
    """The column that says when each message was written where none has a known name ("Datum", "Fecha",
    "Eingegangen am"): the first column whose filled values nearly all (90%) start with a date written in
    numbers."""
    if S.CREATED_AT in chosen or df.empty:
        return None
    taken = set(chosen.values())
    for c in df.columns:
        values = df[c].dropna().astype(str).head(sample)
        if c not in taken and len(values) and values.str.match(DATE_LIKE.pattern).mean() >= 0.9:
            return c
    return None


# What a help desk or CRM writes in its "Source" or "Origin" column: the channel a message came by.
CHANNEL_VALUES = {"email", "e_mail", "mail", "portal", "web", "website", "web_form", "webform", "form", "phone",
                  "call", "voice", "chat", "live_chat", "livechat", "sms", "text", "whatsapp", "messenger", "facebook",
                  "twitter", "instagram", "app", "mobile_app", "in_app", "forum", "community", "review", "survey",
                  "walk_in", "feedback_widget", "widget", "api", "social", "outbound_email", "telegram", "x"}


def infer_channel_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The column that says by which channel each message came where none has a known name (a help desk's
    "Source" of Email, Portal, Phone, Chat; a "Network" of Twitter alone): the first column of at most 20 distinct
    values, filled in at least half the rows, whose values are nearly all (90%) channel names."""
    if S.CHANNEL in chosen or df.empty:
        return None
    taken = set(chosen.values())
    rows = df.head(sample)
    for c in rows.columns:
        values = rows[c].dropna()
        if c in taken or values.size < len(rows) / 2 or not 1 <= values.nunique() <= 20:
            continue
        if channel_names(values).map(lambda v: norm(str(v)) in CHANNEL_VALUES).mean() >= 0.9:
            return c
    return None


# A column holding each message's subject or title, which says in a few words what the body is about.
TITLE_NAMES = {"subject", "title", "summary", "headline", "review_title", "review_headline", "review_summary",
               "ticket_subject", "email_subject", "subject_line"}


def infer_title_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """A ticket's subject or a review's title to read before its text: a column so named, of short values
    (under 20 words on average) that mostly differ (a product's name repeated on every review is no title) and
    are not the text's own opening (a listening tool's "Title" repeats the post's first words)."""
    if S.TEXT not in chosen or df.empty:
        return None
    rows = df.head(sample)
    taken = set(chosen.values())
    body = rows[chosen[S.TEXT]].fillna("").astype(str).str.strip().str.lower()
    for c in rows.columns:
        if c in taken or not {norm(c), norm(str(c).rsplit(".", 1)[-1])} & TITLE_NAMES:  # "reviews.title" too
            continue
        values = rows[c].dropna().astype(str).str.strip()
        values = values[values.ne("")]
        if not len(values) or values.str.count(r"\S+").mean() >= 20 or values.nunique() < 0.3 * len(values):
            continue
        opens = [b.startswith(t.lower().rstrip(".… ")) for t, b in zip(values, body[values.index], strict=True)]
        if np.mean(opens) < 0.5:
            return c
    return None


def with_title(title: pd.Series, text: pd.Series) -> pd.Series:
    """A message's title before its text ("Refund not received. I returned the parcel on ..."); either alone
    where the other is empty."""
    title = (title.astype("string").str.replace(r"^(?:\s*(?:re|fw|fwd|aw|wg|tr|sv|antw)\s*:\s*)+", "", regex=True,
                                                 case=False).str.strip().replace("", pd.NA))  # "RE: FW: Refund"
    text = text.astype("string")
    stop = title.str.contains(r"[.!?:;]$", regex=True, na=False)
    joined = title + pd.Series(np.where(stop, " ", ". "), index=title.index) + text
    return joined.where(text.fillna("").str.strip().ne(""), title).fillna(text)


# Words in a column's name that say it holds a rating, in the languages exports come in ("Overall score",
# "Bewertung (0-10)", "Note", "Puntuación", "Valutazione").
RATING_NAME_WORDS = {"rating", "ratings", "score", "scores", "stars", "star", "nps", "csat", "grade", "recommend",
                     "recommendation", "likelihood", "satisfied", "satisfaction", "bewertung",
                     "punkte", "sterne", "note", "puntuacion", "valoracion", "calificacion", "valutazione", "voto",
                     "avaliacao", "nota", "cijfer", "beoordeling", "betyg"}


def infer_rating_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The rating column where none has a known name: the first column whose name holds a rating word
    (`RATING_NAME_WORDS`) and whose filled values are nearly all (90%) numbers from 0 to 10."""
    if S.RATING in chosen or df.empty:
        return None
    taken = set(chosen.values())
    for c in df.columns:
        if c in taken or not _name_words(c) & RATING_NAME_WORDS:
            continue
        values = pd.to_numeric(df[c].dropna().head(sample).astype(str), errors="coerce").astype(float)
        if len(values) and values.between(0, 10).mean() >= 0.9:
            return c
    return None


def require_text(chosen: dict[str, str], df: pd.DataFrame, path: Path) -> None:
    """A clear error, with the --map that fixes it, when no column holds the message text."""
    if S.TEXT in chosen:
        return
    # The column that reads most like free text: the most words per value (dates, ids and numbers have none),
    # among the columns not already mapped to another field.
    words = _words_per_value(df, set(chosen.values()))
    guess = max(words, key=words.get) if words else (df.columns[0] if len(df.columns) else "COLUMN")
    quoted = f'"{guess}"' if re.search(r"\s", str(guess)) else guess
    raise WorkbenchError(f"{path}: no column holds the message text (looked for {', '.join(CANDIDATES[S.TEXT][:8])}"
                         f", ...); columns found: {', '.join(map(str, df.columns))}; name it with "
                         f"--map text={quoted}.")


def role_from(value: object) -> str:
    """customer / brand / unknown from the words exports use (agent, admin, inbound=True, ...)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return "unknown"
    v = norm(value)
    for role, words in ROLE_WORDS.items():
        if v in words:
            return role
    return "unknown"


def rating_type_of(column: str, values: pd.Series) -> str | None:
    """stars, nps, csat or score, from the rating column's name and range."""
    n = norm(column)
    if "nps" in n or "recommend" in n:
        return "nps"
    if "csat" in n or "satisf" in n:
        return "csat"
    if "star" in n:
        return "stars"
    v = pd.to_numeric(values, errors="coerce").dropna()
    if v.empty:
        return None
    if v.min() >= 1 and v.max() <= 5:
        return "stars"
    if v.min() >= 0 and v.max() <= 10:
        return "nps" if "survey" in n else "score"
    return "score"


def guess_channel(columns: list[str], chosen: dict[str, str], path: Path) -> str:
    """twitter, review, survey, ticket, chat, email or other, from column and file names."""
    # A column holding someone's address ('email', 'customer_email') says nothing about the channel.
    contact = re.compile(r"(^|_)(e_?mail|email_address|phone|phone_number)$")
    names = {n for n in map(norm, columns) if not contact.search(n)} | {norm(path.stem)}
    joined = " ".join(names)
    if names & {"from_address", "to_address", "from_email", "to_email", "sender_email", "recipient_email"}:
        return "email"  # an e-mail client's export (Outlook's "From: (Address)", "To: (Address)")
    if "tweet" in joined or "retweet_count" in names:
        return "twitter"
    if any(w in joined for w in ("nps", "csat", "survey", "respondent")):
        return "survey"
    if "review" in joined or S.RATING in chosen:
        return "review"
    for word, channel in (("ticket", "ticket"), ("chat", "chat"), ("email", "email"), ("mail", "email")):
        if word in joined:
            return channel
    return "other"


HOST = re.compile(r"^(?:https?://)?(?:www\.|m\.|mobile\.)?([a-z0-9-]+)\.[a-z.]+/?$")


def channel_names(values: pd.Series) -> pd.Series:
    """A channel column's values as channel names: lower case, and a site's address as the site's name (a
    listening tool's "Domain" of "twitter.com" or "www.reddit.com" is twitter or reddit; x.com is twitter)."""
    names = values.astype("string").str.strip().str.lower()
    site = names.str.extract(HOST, expand=False)
    return site.replace("x", "twitter").fillna(names).replace("", pd.NA)


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


def table_to_messages(df: pd.DataFrame, path: Path, options: LoadOptions, chosen: dict[str, str],
                      notes: list[str], seen: Counter | None = None) -> pd.DataFrame:
    """Map a string table to canonical messages; unmapped columns go to metadata. `seen`: the rows without
    id, author and time met in the file's earlier chunks (`_content_ids`)."""
    get = lambda f: df[chosen[f]] if f in chosen else pd.Series(pd.NA, index=df.index, dtype="string")  # noqa: E731
    namespace = export_namespace(df.columns)
    text = with_title(df[chosen[TITLE]], get(S.TEXT)) if TITLE in chosen else get(S.TEXT)
    author = get(S.AUTHOR_ID)
    created_raw = get(S.CREATED_AT)
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
        notes.append(f"{bad_dates} timestamps in column '{chosen[S.CREATED_AT]}' could not be read (e.g. "
                     f"'{example}') and were left empty.")
    roles = pd.Series([role_from(v) for v in get(S.AUTHOR_ROLE)], index=df.index, dtype="string")
    if S.AUTHOR_ROLE in chosen and S.AUTHOR_ROLE not in options.mapping and (roles != "unknown").mean() < 0.5:
        col = chosen.pop(S.AUTHOR_ROLE)
        example = df[col].dropna().iloc[0] if df[col].notna().any() else ""
        notes.append(f"column '{col}' does not say customer or brand (e.g. '{example}'), so it stays in "
                     "metadata; name the role column with --map author_role=COLUMN if there is one.")
    if S.AUTHOR_ROLE not in chosen:
        roles = pd.Series("customer", index=df.index)
        own = _own_account(author, get(S.BRAND).fillna(options.brand) if options.brand else get(S.BRAND))
        mailbox = support_mailbox(df, author)
        if mailbox is not None:  # an e-mail export: what the support mailbox sent is the brand's
            own |= _handle(author).eq(_handle(pd.Series([mailbox]))[0]).fillna(False).to_numpy()
        roles[own] = "brand"
        but = (f", but those sent from {mailbox}, the address most of them were sent to (the brand's mailbox)"
               if mailbox is not None else f", but those whose author is the brand's own account (column "
               f"'{chosen[S.BRAND]}')" if S.BRAND in chosen and own.any() else "")
        notes.append(f"no author role column: every message in column '{chosen[S.TEXT]}' is taken as written by "
                     f"a customer{but} (name one with --map author_role=COLUMN).")
    parent = prefixed(namespace, get(S.PARENT_ID))
    conv = prefixed(namespace, get(S.CONVERSATION_ID))
    recipient = next((df[c] for c in df.columns if norm(c) in RECIPIENT_NAMES), None)
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
        answered = answered_by_mention(message_id, author, roles, text, created)
        if answered.notna().any():
            parent = answered
            conv = conv.fillna(answered)  # the customer's message starts the conversation its reply joins
            n = int(answered.notna().sum())
            notes.append(f"{n:,} of the brand's replies linked to the customer message they answer by the @handle "
                         "they address (the export has no thread ids).")
    if options.channel:
        channel = pd.Series(options.channel, index=df.index)
    elif S.CHANNEL in chosen:
        channel = channel_names(get(S.CHANNEL)).fillna(guess_channel(list(df.columns), chosen, path))
    else:
        channel = pd.Series(guess_channel(list(df.columns), chosen, path), index=df.index)
    brand = get(S.BRAND)
    if options.brand:
        brand = brand.fillna(options.brand)
    rating = pd.to_numeric(get(S.RATING), errors="coerce")
    rating_type = (get(S.RATING_TYPE) if S.RATING_TYPE in chosen else
                   pd.Series(rating_type_of(chosen[S.RATING], rating) if S.RATING in chosen else pd.NA,
                             index=df.index).where(rating.notna()))
    unmapped = [c for c in df.columns if c not in {col for f, col in chosen.items() if f != TITLE}]  # title kept
    if ANSWER + "2" in chosen:  # each answer's message says which question it answers
        df = df.assign(**{"question": str(chosen[S.TEXT])}) if "question" not in df.columns else df
        unmapped = [*unmapped, "question"] if "question" not in unmapped else unmapped
    metadata = _metadata_json(df[unmapped]) if unmapped else pd.Series(pd.NA, index=df.index)
    out = pd.DataFrame({
        S.MESSAGE_ID: message_id, S.SOURCE_ID: source_id, S.CONVERSATION_ID: conv.fillna(message_id),
        S.PARENT_ID: parent, S.CREATED_AT: created, S.CHANNEL: channel, S.SOURCE: path.name,
        S.AUTHOR_ID: author, S.AUTHOR_ROLE: roles, S.BRAND: brand, S.TEXT: text.fillna(""),
        S.RATING: rating, S.RATING_TYPE: rating_type, S.METADATA: metadata,
    })
    replies = reply_messages(df, out, chosen, options, notes)
    answers = answer_messages(df, out, chosen, notes)
    more = [part for part in (replies, answers) if len(part)]
    return S.conform(pd.concat([out, *more], ignore_index=True) if more else out)


# A column holding the company's answer on the same row as the review (Trustpilot's "Company Reply Content",
# Google Play's "Developer Reply Text") and the one saying when it was written.
REPLY_WORDS = {"reply", "replied", "response", "responded"}
WHEN_WORDS = {"date", "time", "at", "timestamp", "utc", "millis", "epoch", "on"}


def reply_columns(columns, chosen: dict[str, str]) -> tuple[str | None, str | None]:
    """(the column of the brand's answers, the column of when they were written) on review rows, or None."""
    free = [c for c in columns if c not in set(chosen.values())]
    text = next((c for c in free if _name_words(c) & REPLY_WORDS and not _name_words(c) & (WHEN_WORDS | {"id"})
                 and not _name_words(c) & {"count", "rate", "status", "type", "needed"}), None)
    when = next((c for c in free if _name_words(c) & REPLY_WORDS and _name_words(c) & WHEN_WORDS
                 and "millis" not in _name_words(c)), None)
    return (text, when) if text is not None and S.TEXT in chosen else (None, None)


def reply_messages(df: pd.DataFrame, reviews: pd.DataFrame, chosen: dict[str, str], options: LoadOptions,
                   notes: list[str]) -> pd.DataFrame:
    """The brand's answers written on the rows of the messages they answer, as messages of their own: by the
    brand, in the same conversation, answering that row's message, dated by the reply-date column."""
    text_col, when_col = reply_columns(df.columns, chosen)
    if text_col is None:
        return reviews.iloc[0:0]
    text = df[text_col].reset_index(drop=True)
    has = text.notna() & text.str.strip().fillna("").ne("")
    if not has.any() or _words_per_value(df[[text_col]], set()).get(text_col, 0) < 3:
        return reviews.iloc[0:0]  # no answers, or not written ones (a "Response" of yes and no)
    rows = reviews[has.to_numpy()]
    when = (to_utc(df[when_col].reset_index(drop=True)[has], options, dayfirst=bool(options.dayfirst))
            if when_col is not None else pd.Series(pd.NaT, index=rows.index, dtype="datetime64[ns, UTC]"))
    out = rows.assign(**{
        S.MESSAGE_ID: rows[S.MESSAGE_ID] + ":reply", S.SOURCE_ID: rows[S.SOURCE_ID] + ":reply",
        S.PARENT_ID: rows[S.MESSAGE_ID], S.CREATED_AT: when.to_numpy(), S.AUTHOR_ROLE: "brand",
        S.AUTHOR_ID: rows[S.BRAND].fillna(options.brand or "the brand"), S.TEXT: text[has].to_numpy(),
        S.RATING: float("nan"), S.RATING_TYPE: pd.NA, S.METADATA: pd.NA,
    })
    n = int(has.sum())
    notes.append(f"{n:,} answer{'s' if n > 1 else ''} of the brand in column '{text_col}' read as its replies to the "
                 "messages on their rows" + (f", dated by '{when_col}'." if when_col else " (undated)."))
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
                   "Parquet; columns mapped automatically or with --map FIELD=COLUMN (reviews, surveys, "
                   "tweets, tickets...)")

    def detect(self, path: Path, head: str) -> float:
        return 0.5 if path.suffix.lower() in TABLE_EXTENSIONS else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        parts = list(self.load_chunks(path, options, rows=None))
        return parts[0]

    def load_chunks(self, path: Path, options: LoadOptions, rows: int | None = CHUNK_ROWS) -> Iterator[LoadResult]:
        """The file as LoadResults of about `rows` rows each (CSV/TSV are read in chunks; JSON, JSON lines,
        Excel and Parquet tables whole). Columns are mapped once, from the header and the first chunk; the
        notes of the whole file come with the last chunk."""
        streamed = path.suffix.lower() not in (".xlsx", ".xlsm", ".xls", ".parquet", ".pq", ".json", ".jsonl",
                                                ".ndjson")
        notes: list[str] = []
        chunks = delimited_chunks(path, options, rows, notes) if streamed else iter([read_table(path, options,
                                                                                                 notes)])
        chosen: dict[str, str] | None = None
        bad_dates = 0
        first_bad = ""
        pending: LoadResult | None = None
        seen: Counter = Counter()  # rows with no id, author or time, over all chunks
        for df, rejected in chunks:
            if chosen is None:
                if df.empty and rejected.empty:
                    raise WorkbenchError(f"{path}: the file has a header but no rows; export it again.")
                chosen = automap(list(df.columns), options.mapping, path)
                text = infer_text_column(df, chosen)
                if text is not None:
                    chosen[S.TEXT] = text
                    notes.append(f"column '{text}' read as the message text (no column is called text, body, "
                                 "comment or the like); --map text=COLUMN chooses another.")
                require_text(chosen, df, path)
                own_id = message_id_column(df, chosen, options)
                if own_id != chosen.get(S.SOURCE_ID):
                    shared_id = chosen.pop(S.SOURCE_ID)
                    if own_id is not None:
                        chosen[S.SOURCE_ID] = own_id
                    notes.append(f"column '{shared_id}' repeats over different messages (it names something else, "
                                 "such as the product reviewed), so it is no message id: "
                                 + (f"column '{own_id}' is." if own_id else "messages are known by their content "
                                    "and row number.") + " --map source_id=COLUMN names the right column.")
                rating = infer_rating_column(df, chosen)
                if rating is not None:
                    chosen[S.RATING] = rating
                    notes.append(f"column '{rating}' read as the rating (its name says so and it holds numbers from "
                                 "0 to 10); --map rating=COLUMN chooses another.")
                date = infer_date_column(df, chosen)
                if date is not None:
                    chosen[S.CREATED_AT] = date
                    notes.append(f"column '{date}' read as the date of each message (no column is called date, "
                                 "created_at or the like); --map created_at=COLUMN chooses another.")
                if options.dayfirst is None and S.CREATED_AT in chosen:
                    # Decided once, on the first rows: every chunk reads its dates the same way.
                    dayfirst = infer_dayfirst(df[chosen[S.CREATED_AT]])
                    if dayfirst is not None:
                        options = replace(options, dayfirst=dayfirst)
                        notes.append(f"dates in column '{chosen[S.CREATED_AT]}' read as "
                                     f"{'day/month' if dayfirst else 'month/day'}; "
                                     f"--{'monthfirst' if dayfirst else 'dayfirst'} reads them the other way.")
                channel = None if options.channel else infer_channel_column(df, chosen)
                if channel is not None:
                    chosen[S.CHANNEL] = channel
                    notes.append(f"column '{channel}' read as the channel of each message (its values name channels: "
                                 f"{', '.join(map(str, df[channel].dropna().unique()[:4]))}); --map channel=COLUMN "
                                 "chooses another.")
                answers = open_answer_columns(df, chosen)
                for i, col in enumerate(answers, start=2):
                    chosen[f"{ANSWER}{i}"] = col
                if answers:
                    notes.append(f"{len(answers) + 1} open questions: the answers to '{chosen[S.TEXT]}' are the "
                                 "messages' text, and those to " + ", ".join(f"'{c}'" for c in answers)
                                 + " messages of their own by the same respondent (the question in their metadata).")
                title = infer_title_column(df, chosen) if S.TEXT not in options.mapping else None
                if title is not None:
                    chosen[TITLE] = title
                    notes.append(f"column '{title}' (each message's subject or title) read before its text in "
                                 f"'{chosen[S.TEXT]}'; --map text={chosen[S.TEXT]} reads the text alone.")
                organisation = customer_organisation(df.columns, chosen, options)
                if organisation is not None:
                    del chosen[S.BRAND]
                    notes.append(f"column '{organisation}' taken as the customer's organisation, not the brand (a help "
                                 "desk's export names the company that asks): it stays in metadata; --segment-by "
                                 f"'{organisation}' compares them, --map brand='{organisation}' reads it as the brand.")
                account = infer_brand_account_column(df, chosen)
                if account is not None:
                    chosen[S.BRAND] = account
                    notes.append(f"column '{account}' read as the brand's account each message was sent to; "
                                 "--map brand=COLUMN chooses another.")
                brand = infer_brand_column(df, chosen)
                if brand is not None:
                    chosen[S.BRAND] = brand
                    notes.append(f"column '{brand}' read as the brand each message addresses (its values are named "
                                 f"in the messages); --map brand=COLUMN chooses another.")
            chunk_notes: list[str] = []
            messages = table_to_messages(df, path, options, chosen, chunk_notes, seen)
            for note in chunk_notes:
                m = BAD_DATES.match(note)
                if m:
                    bad_dates += int(m.group(1))
                    first_bad = first_bad or m.group(2)
                elif note not in notes:
                    notes.append(note)
            if pending is not None:
                yield pending
            pending = LoadResult(messages=messages, rejected=rejected, rows_read=len(df) + len(rejected),
                                 notes=[], mapping=chosen)
        if pending is None:  # nothing but a header
            raise WorkbenchError(f"{path}: the file has a header but no rows; export it again.")
        if bad_dates:
            notes.insert(0, f"{bad_dates} timestamps in column '{chosen[S.CREATED_AT]}' could not be read (e.g. "
                            f"'{first_bad}') and were left empty.")
        pending.notes = notes
        yield pending


register(TabularLoader())
