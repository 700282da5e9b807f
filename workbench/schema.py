"""The canonical message table: column names, types and validation.

Every loader produces these columns; every analysis reads them. One row per message.
"""

from __future__ import annotations

import json

import pandas as pd

from workbench.errors import WorkbenchError

MESSAGE_ID = "message_id"  # unique in the workspace: "<namespace>:<id the export gave>" or a content hash
SOURCE_ID = "source_id"  # the id the export itself gave the message (or its row number)
CONVERSATION_ID = "conversation_id"  # the thread root
PARENT_ID = "parent_id"  # the message this one answers (nullable)
CREATED_AT = "created_at"  # UTC timestamp (nullable)
CHANNEL = "channel"  # twitter, email, chat, whatsapp, telegram, messenger, instagram, review, survey, ticket, ...
SOURCE = "source"  # the export file it came from
AUTHOR_ID = "author_id"  # pseudonymous for customers when PII redaction is on
AUTHOR_ROLE = "author_role"  # customer, brand, unknown
BRAND = "brand"  # who was addressed (nullable)
TEXT = "text"
RATING = "rating"  # stars / NPS / CSAT / score (nullable)
RATING_TYPE = "rating_type"  # stars, nps, csat, score (nullable)
LANGUAGE = "language"  # ISO 639-1 code, "und" when too short to tell
METADATA = "metadata"  # JSON object of every column the loader could not map
TEXT_HASH = "text_hash"  # hash of the normalised text (lower case, no URLs/@mentions/punctuation): near-duplicates

ROLES = ("customer", "brand", "unknown")
UNNAMED_BRAND = "the brand"  # the author of a brand's answers where the export names neither brand nor account

# name -> (pandas dtype, DuckDB type, nullable)
COLUMNS: dict[str, tuple[str, str, bool]] = {
    MESSAGE_ID: ("string", "VARCHAR", False),
    SOURCE_ID: ("string", "VARCHAR", True),
    CONVERSATION_ID: ("string", "VARCHAR", False),
    PARENT_ID: ("string", "VARCHAR", True),
    CREATED_AT: ("datetime64[ns, UTC]", "TIMESTAMPTZ", True),
    CHANNEL: ("string", "VARCHAR", False),
    SOURCE: ("string", "VARCHAR", False),
    AUTHOR_ID: ("string", "VARCHAR", True),
    AUTHOR_ROLE: ("string", "VARCHAR", False),
    BRAND: ("string", "VARCHAR", True),
    TEXT: ("string", "VARCHAR", False),
    RATING: ("float64", "DOUBLE", True),
    RATING_TYPE: ("string", "VARCHAR", True),
    LANGUAGE: ("string", "VARCHAR", True),
    METADATA: ("string", "JSON", True),
    TEXT_HASH: ("string", "VARCHAR", True),
}
MESSAGE_COLUMNS = list(COLUMNS)

# Fields a user may name in --map FIELD=COLUMN.
MAPPABLE = [c for c in MESSAGE_COLUMNS if c not in (MESSAGE_ID, SOURCE, METADATA, TEXT_HASH)]


# The periods topics over time and trends compare (`--period`), as a researcher names them -> pandas' alias;
# and what one of each is called in a sentence.
PERIODS = {"D": "D", "DAY": "D", "W": "W", "WEEK": "W", "M": "M", "MS": "M", "MONTH": "M"}
PERIOD_UNITS = {"D": "day", "W": "week", "M": "month"}


def period_alias(period: str) -> str:
    """A period as `--period` names it (D, W or M; also MS, day, week, month) -> the alias pandas' periods take
    ("MS", a month's start, is no period to pandas: "M" is)."""
    alias = PERIODS.get(str(period).strip().upper())
    if alias is None:
        raise WorkbenchError(f"--period {period}: name a period of D (days), W (weeks) or M (months).")
    return alias


def dated_by_month(dates: pd.Series) -> bool:
    """Whether an export dates its messages by the month alone: every date the first of a month at midnight (a
    survey's "Month" column of "Jan 2024"), over two months or more. Its weeks would be empty but one in four,
    and its last day would read as the only day of its month."""
    when = pd.to_datetime(dates, utc=True).dropna()
    if when.empty:
        return False
    midnight_firsts = (when.dt.day == 1) & (when.dt.normalize() == when)
    return bool(midnight_firsts.all()) and (when.dt.year * 12 + when.dt.month).nunique() >= 2


def default_period(dates: pd.Series) -> str:
    """The period to compare an export's messages by where none is asked for: months where it dates them by the
    month alone (`dated_by_month`), else weeks."""
    return "M" if dated_by_month(dates) else "W"


def metadata_values(metadata: pd.Series, key: str) -> pd.Series:
    """Each message's value of `key` in its metadata (the JSON of the export's unmapped columns); None where it
    has none."""
    return metadata.map(lambda m: json.loads(m).get(key) if isinstance(m, str) else None)


# Metadata key marking a brand message no person wrote (a system notice, a chat trigger): it does not
# count as the brand's answer when responsiveness is measured.
AUTOMATED = "automated"


def metadata_with(metadata, key: str, values) -> list[str]:
    """Each message's metadata (the JSON of the export's unmapped columns) with `key` set to its value in
    `values` (the question an answer answers, the agent who wrote a reply); where the value is None, as it was."""
    out = []
    for m, v in zip(metadata, values, strict=True):
        meta = json.loads(m) if isinstance(m, str) else {}
        out.append(json.dumps(meta if v is None else {**meta, key: v}, ensure_ascii=False))
    return out


def empty_messages() -> pd.DataFrame:
    """An empty canonical message table with the right dtypes."""
    return conform(pd.DataFrame({c: [] for c in MESSAGE_COLUMNS}))


def conform(df: pd.DataFrame) -> pd.DataFrame:
    """Return `df` with exactly the canonical columns, in order and with canonical dtypes.

    Missing nullable columns are added as nulls; extra columns are an error (they belong in metadata).
    """
    extra = [c for c in df.columns if c not in COLUMNS]
    if extra:
        raise ValueError(f"columns {extra} are not canonical; put them in '{METADATA}'")
    out = {}  # the columns built apart, then one frame (not a column inserted at a time)
    for name, (dtype, _, _) in COLUMNS.items():
        col = df[name] if name in df.columns else pd.Series(pd.NA, index=df.index, dtype="object")
        if dtype.startswith("datetime"):
            mixed = {} if pd.api.types.is_datetime64_any_dtype(col) else {"format": "mixed"}
            out[name] = pd.to_datetime(col, utc=True, errors="coerce", **mixed)
        elif dtype == "float64":
            out[name] = pd.to_numeric(col, errors="coerce").astype("float64")
        else:
            out[name] = col.astype("string")
    return pd.DataFrame(out, index=df.index).reset_index(drop=True)


def validate_messages(df: pd.DataFrame, source: str = "messages") -> None:
    """Raise WorkbenchError naming the first problem if `df` is not a valid canonical message table."""
    missing = [c for c in MESSAGE_COLUMNS if c not in df.columns]
    if missing:
        raise WorkbenchError(f"{source}: the message table lacks the columns {missing}.")
    for name, (dtype, _, nullable) in COLUMNS.items():
        if not nullable and df[name].isna().any():
            n = int(df[name].isna().sum())
            raise WorkbenchError(f"{source}: {n} messages have no '{name}', which every message needs.")
        if dtype.startswith("datetime") and not isinstance(df[name].dtype, pd.DatetimeTZDtype):
            raise WorkbenchError(f"{source}: '{name}' must be a UTC timestamp column, not {df[name].dtype}.")
    dup = df[MESSAGE_ID].duplicated()
    if dup.any():
        first = df.loc[dup, MESSAGE_ID].iloc[0]
        raise WorkbenchError(f"{source}: message_id '{first}' occurs more than once ({int(dup.sum())} repeats).")
    bad_roles = set(df[AUTHOR_ROLE].dropna().unique()) - set(ROLES)
    if bad_roles:
        raise WorkbenchError(f"{source}: unknown author_role values {sorted(bad_roles)}; use one of {ROLES}.")
