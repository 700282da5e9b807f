"""The DuckDB workspace: every ingested message, how each ingest went, and what was set aside.

Ingest is transactional (all files of one call land together or not at all) and idempotent (a file already
ingested, or messages already stored, add nothing). Raw exports are never modified.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import pandas as pd

from workbench import __version__
from workbench import schema as S
from workbench.clean import CleanOptions, clean, redact_text
from workbench.errors import WorkbenchError
from workbench.io import detect_format, expand_paths, get_loader
from workbench.io.base import LoadOptions

DEFAULT_DIR = Path("workspace")
DB_NAME = "workbench.duckdb"
SCHEMA_VERSION = "1"

TABLES_DDL = {
    "meta": "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    "messages": "CREATE TABLE IF NOT EXISTS messages ({cols}, ingest_id INTEGER, PRIMARY KEY (message_id))",
    "ingests": """CREATE TABLE IF NOT EXISTS ingests (
        ingest_id INTEGER PRIMARY KEY, source VARCHAR, path VARCHAR, sha256 VARCHAR, format VARCHAR,
        started_at TIMESTAMPTZ, seconds DOUBLE, rows_read INTEGER, loaded INTEGER, rejected INTEGER,
        rejected_by_reason JSON, notes JSON, options JSON, workbench_version VARCHAR)""",
    "rejected": """CREATE TABLE IF NOT EXISTS rejected (
        ingest_id INTEGER, source VARCHAR, location VARCHAR, message_id VARCHAR, reason VARCHAR, detail VARCHAR,
        raw VARCHAR)""",
    "pii_vault": """CREATE TABLE IF NOT EXISTS pii_vault (
        message_id VARCHAR PRIMARY KEY, author_id VARCHAR, text VARCHAR)""",
    "labels": """CREATE TABLE IF NOT EXISTS labels (
        message_id VARCHAR, task VARCHAR, label VARCHAR, labelled_at TIMESTAMPTZ, source VARCHAR,
        PRIMARY KEY (message_id, task))""",
}
# Analysis results live apart from the ingested rows, one row per message and analysis run: a re-analysis never
# rewrites what was ingested, and runs can be compared. `Workspace.messages()` joins the latest run.
ANALYSIS_COLUMNS = {
    "sentiment_label": "VARCHAR", "sentiment_score": "DOUBLE", "emotion": "VARCHAR", "intent": "VARCHAR",
    "topic_id": "INTEGER", "topic_label": "VARCHAR", "brand_inferred": "VARCHAR", "brand_source": "VARCHAR",
    "sentiment_confidence": "DOUBLE", "intent_confidence": "DOUBLE", "theme_id": "INTEGER", "theme_label": "VARCHAR",
}
TABLES_DDL["message_analysis"] = (
    "CREATE TABLE IF NOT EXISTS message_analysis (run_id INTEGER, message_id VARCHAR, "
    + ", ".join(f"{c} {t}" for c, t in ANALYSIS_COLUMNS.items()) + ", PRIMARY KEY (run_id, message_id))")
LABEL_TASKS = {"sentiment": ("negative", "neutral", "positive"),
               "intent": ("churn_threat", "complaint", "request", "question", "praise", "other"),
               "relevance": ("spam", "irrelevant", "relevant")}
EXPORTABLE = ("messages", "ingests", "rejected", "pii_vault", "labels")


# Text cells a spreadsheet would run as a formula (OWASP "CSV injection"): prefixed with ' in .csv exports.
FORMULA_START = r"^[=+\-@\t\r]"


def defuse_formulas(text: pd.Series) -> pd.Series:
    """Text that starts like a formula, prefixed with a single quote (for .csv files only)."""
    s = text.astype("string")
    return s.where(~s.str.contains(FORMULA_START, regex=True, na=False), "'" + s)


def _defused_sql(column: str) -> str:
    return (f"CASE WHEN regexp_matches(\"{column}\", '{FORMULA_START}') THEN chr(39) || \"{column}\" "
            f"ELSE \"{column}\" END AS \"{column}\"")


@dataclass
class FileReport:
    """What happened to one file in an ingest."""

    source: str
    format: str
    rows_read: int = 0
    loaded: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None  # why nothing was read (already ingested)

    def line(self) -> str:
        if self.skipped:
            return f"{self.source}: {self.skipped}"
        rej = ", ".join(f"{n} {r}" for r, n in sorted(self.rejected.items(), key=lambda kv: -kv[1]))
        return (f"{self.source} [{self.format}]: {self.rows_read} read, {self.loaded} loaded"
                + (f", set aside: {rej}" if rej else ""))


def _brand_authors(messages: pd.DataFrame) -> set[str]:
    """Brand author ids, the domains of their e-mail addresses, and mailbox domains customers wrote to."""
    ids = set(messages.loc[messages[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].dropna())
    domains = {b for b in messages.loc[messages[S.CHANNEL] == "email", S.BRAND].dropna() if "." in b}
    return ids | domains | {a.split("@")[-1] for a in ids if "@" in a}


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Workspace:
    """An embedded DuckDB database of canonical messages (default ./workspace/workbench.duckdb).

        >>> ws = Workspace("workspace")
        >>> ws.ingest(["data/samples/customer_care_tweets.json"])
        >>> ws.messages().head()
    """

    def __init__(self, path: str | Path = DEFAULT_DIR, *, read_only: bool = False) -> None:
        path = Path(path)
        if path.suffix != ".duckdb" and path.is_file():
            raise WorkbenchError(f"{path}: this is a file, not a workspace folder; give --workspace a folder (new or "
                                 "made by workbench).")
        self.path = path if path.suffix == ".duckdb" else path / DB_NAME
        if read_only and not self.path.exists():
            raise WorkbenchError(f"{self.path.parent}: no workspace there yet; run `workbench ingest PATH` first.")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            raise WorkbenchError(f"{self.path}: the workspace cannot be opened ({str(exc).splitlines()[0]}); is "
                                 "another notebook or command using it? Close that first.") from None
        self.con.execute("SET TimeZone = 'UTC'")
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if tables and "meta" not in tables:  # somebody else's database: never touch it
            self.con.close()
            raise WorkbenchError(f"{self.path}: a DuckDB database that workbench did not make; it was left untouched. "
                                 "Give --workspace a new folder.")
        if not read_only:
            self._create()

    # -------------------------------------------------------------------------------------- set-up
    def _create(self) -> None:
        cols = ", ".join(f"{name} {sql}" + ("" if nullable else " NOT NULL")
                         for name, (_, sql, nullable) in S.COLUMNS.items())
        self.con.begin()
        for ddl in TABLES_DDL.values():
            self.con.execute(ddl.format(cols=cols))
        self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?), ('salt', ?), ('created_at', ?)",
                         [SCHEMA_VERSION, secrets.token_hex(16), pd.Timestamp.now("UTC").isoformat()])
        for col, sql in ANALYSIS_COLUMNS.items():  # columns added by later versions
            self.con.execute(f"ALTER TABLE message_analysis ADD COLUMN IF NOT EXISTS {col} {sql}")
        self._migrate_analysis_columns()
        self.con.commit()

    def _migrate_analysis_columns(self) -> None:
        """Workspaces analysed by earlier versions kept results as columns of `messages`: move them out."""
        present = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'messages'").fetchall()}
        old = [c for c in ANALYSIS_COLUMNS if c in present]
        if not old:
            return
        run = self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'analysis_runs'"
                               ).fetchone()[0]
        run_id = self.con.execute("SELECT count(*) FROM analysis_runs").fetchone()[0] if run else 1
        self.con.execute(f"INSERT OR IGNORE INTO message_analysis (run_id, message_id, {', '.join(old)}) "
                         f"SELECT {max(int(run_id), 1)}, message_id, {', '.join(old)} FROM messages")
        for c in old:
            self.con.execute(f"ALTER TABLE messages DROP COLUMN {c}")

    def _meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------------------------------- ingest
    def ingest(self, paths: Iterable[str | Path], format: str = "auto", options: LoadOptions | None = None,
               *, redact: bool = True) -> list[FileReport]:
        """Load, clean and store export files; all of them or, on any error, none.

        A file whose bytes were ingested before is skipped; messages already stored are not stored again.
        PII is redacted unless `redact=False` (the originals are kept apart in `pii_vault`; see `reveal`).
        """
        options = options or LoadOptions()
        files = expand_paths(paths)
        known = dict(self.con.execute("SELECT sha256, source FROM ingests").fetchall())
        reports: list[FileReport] = []
        batches = []
        learned = _brand_authors(self.con.execute(
            "SELECT DISTINCT author_id, author_role, channel, brand FROM messages WHERE author_role = 'brand' "
            "OR channel = 'email'").df())
        for path, in_folder in files:  # 1. read everything first: a bad file stops the ingest before any write
            try:
                fmt = detect_format(path) if format == "auto" else get_loader(format).name
            except WorkbenchError:
                if not in_folder:
                    raise
                reports.append(FileReport(path.name, "?", skipped="not a known export format; skipped"))
                continue
            digest = file_sha256(path)
            if digest in known:
                reports.append(FileReport(path.name, fmt, skipped=f"already ingested (as {known[digest]}); "
                                                                   "nothing added"))
                continue
            known[digest] = path.name
            started = time.time()
            # Authors known to speak for the brand (stored, or in earlier files) are the brand here too.
            opts = replace(options, brand_authors=tuple(sorted(set(options.brand_authors) | learned)))
            loaded = get_loader(fmt).load(path, opts)
            batches.append((path, fmt, digest, started, loaded))
            learned |= _brand_authors(loaded.messages)

        ids = {r[0] for r in self.con.execute("SELECT message_id FROM messages").fetchall()}
        keys = set(self.con.execute(
            "SELECT author_id, text_hash FROM messages WHERE author_role <> 'brand' AND author_id IS NOT NULL"
        ).fetchall())
        brands = {r[0].lower() for r in self.con.execute(
            "SELECT DISTINCT author_id FROM messages WHERE author_role = 'brand' AND author_id IS NOT NULL"
        ).fetchall()}
        brands |= {b.lower() for b in options.brand_authors}
        copts = CleanOptions(redact=redact, salt=self._meta("salt") or "", keep_handles=frozenset(brands))
        cleaned = []
        for path, fmt, digest, started, loaded in batches:  # 2. clean against what is stored and earlier files
            c = clean(loaded.messages, copts, existing_ids=ids, existing_keys=keys)
            if redact and "raw" in loaded.rejected:  # rows a loader could not use are stored redacted too
                loaded.rejected["raw"] = loaded.rejected["raw"].map(
                    lambda t: redact_text(t, copts.keep_handles) if isinstance(t, str) else t)
            ids |= set(c.messages[S.MESSAGE_ID])
            private = c.messages[c.messages[S.AUTHOR_ROLE] != "brand"]
            keys |= set(zip(private[S.AUTHOR_ID], private[S.TEXT_HASH], strict=True))
            cleaned.append((path, fmt, digest, started, loaded, c))

        next_id = self.con.execute("SELECT coalesce(max(ingest_id), 0) + 1 FROM ingests").fetchone()[0]
        self.con.begin()  # 3. write everything in one transaction
        try:
            for k, (path, fmt, digest, started, loaded, c) in enumerate(cleaned):
                ingest_id = next_id + k
                by_reason = pd.concat([loaded.rejected["reason"], c.rejected["reason"]]).value_counts().to_dict()
                self._write(ingest_id, path, loaded, c)
                opts = {"mapping": loaded.mapping, "redact": redact, **{
                    k2: v for k2, v in vars(options).items() if v not in (None, (), {}) and k2 != "mapping"}}
                self.con.execute(
                    "INSERT INTO ingests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [ingest_id, path.name, str(path.resolve()), digest, fmt, pd.Timestamp(started, unit="s", tz="UTC"),
                     round(time.time() - started, 3), loaded.rows_read, len(c.messages), sum(by_reason.values()),
                     json.dumps(by_reason), json.dumps(loaded.notes), json.dumps(opts, default=list), __version__])
                reports.append(FileReport(path.name, fmt, loaded.rows_read, len(c.messages), by_reason,
                                          loaded.notes))
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        return reports

    def _write(self, ingest_id: int, path: Path, loaded, c) -> None:
        """Insert one file's messages, set-aside rows and PII originals (inside the caller's transaction)."""
        msgs = c.messages.assign(ingest_id=ingest_id)
        self.con.register("_batch", msgs)
        self.con.execute(f"INSERT INTO messages SELECT {', '.join(S.MESSAGE_COLUMNS)}, ingest_id FROM _batch")
        self.con.unregister("_batch")
        rej = pd.concat([
            loaded.rejected.assign(message_id=pd.NA, detail=pd.NA),
            c.rejected.assign(location=pd.NA),
        ], ignore_index=True).astype("string")
        if len(rej):
            rej = rej.assign(ingest_id=ingest_id, source=path.name)
            self.con.register("_rej", rej)
            self.con.execute("INSERT INTO rejected SELECT ingest_id, source, location, message_id, reason, detail, raw "
                             "FROM _rej")
            self.con.unregister("_rej")
        if len(c.vault):
            self.con.register("_vault", c.vault)
            self.con.execute("INSERT OR IGNORE INTO pii_vault SELECT message_id, author_id, text FROM _vault")
            self.con.unregister("_vault")

    # -------------------------------------------------------------------------------------- labels
    def add_labels(self, labels: pd.DataFrame, task: str, source: str = "researcher") -> int:
        """Store a researcher's labels (columns message_id or source_id, and label); a newer label replaces
        an older one. Used by the next analysis (sentiment: calibration) and kept across analyses."""
        if task not in LABEL_TASKS:
            raise WorkbenchError(f"unknown label task '{task}'; use one of {', '.join(LABEL_TASKS)}.")
        df = labels.copy()
        if "label" not in df.columns or not ({"message_id", "source_id"} & set(df.columns)):
            raise WorkbenchError(f"labels need a 'label' column and a 'message_id' or 'source_id' column; found "
                                 f"{', '.join(map(str, df.columns))}.")
        df = df[df["label"].notna() & (df["label"].astype(str).str.strip() != "")].copy()  # blank: not labelled
        if "message_id" not in df.columns:
            df["message_id"] = pd.NA
        df["message_id"] = df["message_id"].astype("string").str.strip().replace("", pd.NA)
        if "source_id" in df.columns:  # message_id wins; source_id finds the rest
            ids = dict(self.con.execute("SELECT source_id, message_id FROM messages").fetchall())
            df["message_id"] = df["message_id"].fillna(df["source_id"].astype("string").str.strip().map(ids))
        df["label"] = df["label"].astype(str).str.strip().str.lower()
        bad = sorted(set(df["label"]) - set(LABEL_TASKS[task]))
        if bad:
            raise WorkbenchError(f"{task} labels must be {', '.join(LABEL_TASKS[task])}; found {bad}.")
        known = set(r[0] for r in self.con.execute("SELECT message_id FROM messages").fetchall())
        missing = df["message_id"].isna() | ~df["message_id"].isin(known)
        if missing.any():
            raise WorkbenchError(f"{int(missing.sum())} labelled messages are not in the workspace (e.g. "
                                 f"{df.loc[missing].iloc[0].to_dict()}); label messages that were ingested.")
        df = df.drop_duplicates("message_id", keep="last").assign(
            task=task, labelled_at=pd.Timestamp.now("UTC"), source=source)
        self.con.register("_labels", df[["message_id", "task", "label", "labelled_at", "source"]])
        self.con.execute("INSERT OR REPLACE INTO labels SELECT * FROM _labels")
        self.con.unregister("_labels")
        return len(df)

    def excluded(self) -> set[str]:
        """Messages the researcher marked spam or irrelevant: left out of the next analysis."""
        return {r[0] for r in self.con.execute("SELECT message_id FROM labels WHERE task = 'relevance' AND label IN "
                                               "('spam', 'irrelevant')").fetchall()}

    def labels(self, task: str) -> pd.DataFrame:
        """The researcher's labels for a task (message_id, label)."""
        return self.con.execute("SELECT message_id, label FROM labels WHERE task = ? ORDER BY message_id",
                                [task]).df()

    # -------------------------------------------------------------------------------------- read
    def table(self, name: str) -> pd.DataFrame:
        """A whole table of the workspace as a DataFrame."""
        self._check_table(name)
        return self.con.execute(f"SELECT * FROM {name}").df()

    def messages(self, analysed: bool = True) -> pd.DataFrame:
        """The message table, oldest first: canonical columns and, once analysed (and unless `analysed` is
        False), the latest analysis joined (`brand` then holds the export's brand or the inferred one)."""
        return self.con.execute(self._messages_sql(analysed)).df()

    def latest_run(self) -> int | None:
        """The id of the latest analysis run stored, or None before any."""
        return self.con.execute("SELECT max(run_id) FROM message_analysis").fetchone()[0]

    def _messages_sql(self, analysed: bool = True) -> str:
        order = " ORDER BY m.created_at NULLS LAST, m.message_id"
        run = self.latest_run() if analysed else None
        if run is None:
            return f"SELECT {', '.join('m.' + c for c in S.MESSAGE_COLUMNS)} FROM messages m" + order
        cols = [f"coalesce(m.{c}, a.brand_inferred) AS {c}" if c == S.BRAND else f"m.{c}" for c in S.MESSAGE_COLUMNS]
        stored = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'message_analysis'").fetchall()}
        extra = [f"a.{c}" for c in ANALYSIS_COLUMNS if c != "brand_inferred" and c in stored]
        return (f"SELECT {', '.join(cols + extra)} FROM messages m LEFT JOIN message_analysis a "
                f"ON a.message_id = m.message_id AND a.run_id = {int(run)}" + order)

    def reveal(self, message_ids: Iterable[str] | None = None) -> pd.DataFrame:
        """The original author and text of redacted messages: the researcher's explicit choice to see PII."""
        df = self.con.execute("SELECT * FROM pii_vault ORDER BY message_id").df()
        return df if message_ids is None else df[df["message_id"].isin(list(message_ids))].reset_index(drop=True)

    def _check_table(self, name: str) -> None:
        present = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if name not in present or name == "meta":
            raise WorkbenchError(f"no table '{name}' in the workspace; tables: "
                                 f"{', '.join(sorted(present - {'meta'}))}.")

    def export(self, name: str, out: str | Path) -> Path:
        """Write a table to .parquet or .csv."""
        self._check_table(name)
        out = Path(out)
        if out.is_dir():
            raise WorkbenchError(f"{out}: a folder; give --out a file name ending in .parquet or .csv.")
        fmt = {".parquet": "PARQUET", ".csv": "CSV"}.get(out.suffix.lower())
        if fmt is None:
            raise WorkbenchError(f"{out}: export writes .parquet or .csv files; change the file name's ending.")
        out.parent.mkdir(parents=True, exist_ok=True)
        extra = ", HEADER" if fmt == "CSV" else ""
        query = self._messages_sql() if name == "messages" else f"SELECT * FROM {name}"
        if fmt == "CSV":  # spreadsheet-safe text; numbers stay numbers, .parquet keeps the exact text
            types = self.con.execute(f"DESCRIBE {query}").fetchall()
            query = "SELECT " + ", ".join(_defused_sql(c) if t == "VARCHAR" else f'"{c}"' for c, t, *_ in types) \
                + f" FROM ({query})"
        self.con.execute(f"COPY ({query}) TO '{str(out).replace(chr(39), chr(39) * 2)}' "
                         f"(FORMAT {fmt}{extra})")
        return out

    def status(self) -> dict:
        """What is in the workspace: counts, channels, brands, period, languages, ingests and set-aside rows."""
        q = lambda sql: self.con.execute(sql).fetchall()  # noqa: E731
        n, convs, customers, first, last = q(
            "SELECT count(*), count(DISTINCT conversation_id), count(DISTINCT author_id) FILTER "
            "(author_role = 'customer'), min(created_at), max(created_at) FROM messages")[0]
        return {
            "workspace": str(self.path),
            "messages": n, "conversations": convs, "customers": customers,
            "period": (first, last),
            "by_channel": dict(q("SELECT channel, count(*) FROM messages GROUP BY 1 ORDER BY 2 DESC")),
            "by_role": dict(q("SELECT author_role, count(*) FROM messages GROUP BY 1 ORDER BY 2 DESC")),
            "brands": dict(q("SELECT brand, count(*) FROM messages WHERE brand IS NOT NULL GROUP BY 1 "
                             "ORDER BY 2 DESC, 1")),
            "languages": dict(q("SELECT language, count(*) FROM messages GROUP BY 1 ORDER BY 2 DESC LIMIT 8")),
            "ingests": self.con.execute("SELECT ingest_id, source, format, rows_read, loaded, rejected, "
                                        "started_at FROM ingests ORDER BY ingest_id").df(),
            "rejected_by_reason": dict(q("SELECT reason, count(*) FROM rejected GROUP BY 1 ORDER BY 2 DESC")),
            "redacted_messages": q("SELECT count(*) FROM pii_vault v JOIN messages m USING (message_id) "
                                   "WHERE v.text <> m.text")[0][0],
        }
