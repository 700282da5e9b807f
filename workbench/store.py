"""The store: one DuckDB database holding every ingested message, how each ingest went, what was set aside,
the researcher's labels and corrections, and the analysis results (apart from the messages, per run).

It knows nothing of file formats or models: the stages (workbench.ingest, workbench.analysis, ...) compute, and
call the methods here to read and write. Every write of a stage is one transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import shlex
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError

DEFAULT_DIR = Path("workspace")


def workspace_flag(folder: str | Path) -> str:
    """" --workspace DIR" for a command a message asks the user to run next, where DIR is not the default one."""
    return "" if Path(folder) == DEFAULT_DIR else f" --workspace {shlex.quote(str(folder))}"
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
# rewrites what was ingested, and runs can be compared. `Store.messages()` joins the latest run.
ANALYSIS_COLUMNS = {
    "sentiment_label": "VARCHAR", "sentiment_score": "DOUBLE", "emotion": "VARCHAR", "intent": "VARCHAR",
    "topic_id": "INTEGER", "topic_label": "VARCHAR", "brand_inferred": "VARCHAR", "brand_source": "VARCHAR",
    "sentiment_confidence": "DOUBLE", "intent_confidence": "DOUBLE", "theme_id": "INTEGER", "theme_label": "VARCHAR",
    "sentiment_source": "VARCHAR", "model_text_key": "VARCHAR", "segment": "VARCHAR",
}
TABLES_DDL["message_analysis"] = (
    "CREATE TABLE IF NOT EXISTS message_analysis (run_id INTEGER, message_id VARCHAR, "
    + ", ".join(f"{c} {t}" for c, t in ANALYSIS_COLUMNS.items()) + ", PRIMARY KEY (run_id, message_id))")
LABEL_TASKS = {"sentiment": ("negative", "neutral", "positive"),
               "intent": ("churn_threat", "complaint", "request", "question", "praise", "other"),
               "relevance": ("spam", "irrelevant", "relevant")}
CURATION_DDL = ("CREATE TABLE IF NOT EXISTS topic_curation (curated_at TIMESTAMPTZ, action VARCHAR, label VARCHAR, "
                "groups JSON)")
EXPORTABLE = ("messages", "ingests", "rejected", "pii_vault", "labels")
# An ingest writes its rows here, a chunk at a time, then moves them into the real tables in one transaction:
# DuckDB holds a long transaction's rows in memory, a committed staging table's on disk.
STAGED = ("messages", "rejected", "pii_vault")
INGEST_MEMORY = "256MB"  # DuckDB's memory during an ingest: what it holds beyond goes to disk


# Text cells a spreadsheet would run as a formula (OWASP "CSV injection"): prefixed with ' in .csv exports.
FORMULA_START = r"^[=+\-@\t\r]"


def defuse_formulas(text: pd.Series) -> pd.Series:
    """Text that starts like a formula, prefixed with a single quote (for .csv files only)."""
    s = text.astype("string")
    return s.where(~s.str.contains(FORMULA_START, regex=True, na=False), "'" + s)


def undefuse_formulas(text: pd.Series) -> pd.Series:
    """Text as it was before `defuse_formulas`: the quote it put before a formula-like start taken off."""
    s = text.astype("string")
    quoted = s.str.startswith("'", na=False) & s.str[1:].str.contains(FORMULA_START, regex=True, na=False)
    return s.where(~quoted, s.str[1:])


def _defused_sql(column: str) -> str:
    return (f"CASE WHEN regexp_matches(\"{column}\", '{FORMULA_START}') THEN chr(39) || \"{column}\" "
            f"ELSE \"{column}\" END AS \"{column}\"")


def _csv_sql(column: str, sql_type: str) -> str:
    """A column as a .csv file writes it: text defused, a list (a topic's quotes, a theme's topic ids) as a JSON
    array, which any tool splits back into its items (DuckDB's own "[a, b]" quotes only items holding a
    comma, so a list of messages could not be told apart), numbers as they are."""
    if sql_type == "VARCHAR":
        return _defused_sql(column)
    if sql_type.endswith("[]") or sql_type.startswith(("STRUCT", "MAP")):
        return f'CAST(to_json("{column}") AS VARCHAR) AS "{column}"'
    return f'"{column}"'


EXCEL_ROWS, EXCEL_CELL = 1_048_575, 32_767  # rows under the header, characters in a cell


def _write_xlsx(df: pd.DataFrame, out: Path, name: str) -> None:
    """A table as an Excel workbook: times in UTC without their zone (Excel keeps none), text a cell can hold
    (characters Excel refuses dropped; a text past its 32,767 characters cut with a mark), one sheet named
    for the table. A table longer than a sheet is refused with the fix."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if len(df) > EXCEL_ROWS:
        raise WorkbenchError(f"{out}: {len(df):,} rows are more than an Excel sheet holds ({EXCEL_ROWS:,}); export "
                             "to .csv or .parquet instead.")
    df = df.copy()
    for col in df.columns:
        if isinstance(df[col].dtype, pd.DatetimeTZDtype):
            df[col] = df[col].dt.tz_convert("UTC").dt.tz_localize(None)
        elif df[col].dtype == object or isinstance(df[col].dtype, pd.StringDtype):
            text = df[col].astype("string").str.replace(ILLEGAL_CHARACTERS_RE, "", regex=True)
            long = text.str.len().gt(EXCEL_CELL).fillna(False)
            df[col] = text.where(~long, text.str[:EXCEL_CELL - 1] + "…")
    df.to_excel(out, index=False, sheet_name=name[:31], engine="openpyxl")


def require_workspace(path: str | Path) -> None:
    """A clear error where no workspace is there yet, for a command that reads one: it never creates an empty
    workspace (`path`: the folder or its database file)."""
    db = Path(path) if Path(path).suffix == ".duckdb" else Path(path) / DB_NAME
    if not db.exists():
        raise WorkbenchError(f"{db.parent}: no workspace there yet; run `workbench ingest PATH"
                             f"{workspace_flag(db.parent)}` first.")


class Store:
    """An embedded DuckDB database of canonical messages and what was found in them (default
    ./workspace/workbench.duckdb). Researchers use `workbench.Workspace`, which adds ingest and analyse.

        >>> store = Store("workspace", read_only=True)
        >>> store.messages().head()
    """

    def __init__(self, path: str | Path = DEFAULT_DIR, *, read_only: bool = False) -> None:
        path = Path(path)
        if path.suffix != ".duckdb" and path.is_file():
            raise WorkbenchError(f"{path}: this is a file, not a workspace folder; give --workspace a folder (new or "
                                 "made by workbench).")
        self.path = path if path.suffix == ".duckdb" else path / DB_NAME
        if read_only:
            require_workspace(self.path)
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
        for table in STAGED:  # empty: what a killed ingest staged is dropped
            self.con.execute(f"CREATE OR REPLACE TABLE staged_{table} AS SELECT * FROM {table} WHERE false")
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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------------------------------- ingest
    def ingested_files(self) -> dict[str, str]:
        """sha256 -> file name of every file ingested so far."""
        return dict(self.con.execute("SELECT sha256, source FROM ingests").fetchall())

    def brand_rows(self) -> pd.DataFrame:
        """Authors, roles, channels and brands of brand messages and e-mails (to learn who speaks for a brand)."""
        return self.con.execute("SELECT DISTINCT author_id, author_role, channel, brand FROM messages "
                                "WHERE author_role = 'brand' OR channel = 'email'").df()

    # What an ingest compares each chunk with, looked up in the store (and what this ingest staged so far),
    # so that memory does not grow with the workspace.
    _STORED = ("(SELECT message_id, conversation_id, source_id, created_at, text_hash, author_id, author_role "
               "FROM messages UNION ALL SELECT message_id, conversation_id, source_id, created_at, text_hash, "
               "author_id, author_role FROM staged_messages)")

    def known_ids(self, ids) -> set[str]:
        """Which of these message ids are stored."""
        self.con.register("_ids", pd.DataFrame({"id": pd.Series(list(ids), dtype="string")}))
        try:
            return {r[0] for r in self.con.execute(
                f"SELECT DISTINCT m.message_id FROM {self._STORED} m JOIN _ids ON m.message_id = _ids.id").fetchall()}
        finally:
            self.con.unregister("_ids")

    def known_customer_keys(self, pairs) -> set[tuple[str, str]]:
        """Which of these (author_id, text_hash) pairs a customer message already stored has."""
        pairs = list(pairs)
        self.con.register("_pairs", pd.DataFrame(pairs, columns=["a", "k"], dtype="string"))
        try:
            return set(self.con.execute(
                f"SELECT DISTINCT m.author_id, m.text_hash FROM {self._STORED} m JOIN _pairs p "
                "ON m.author_id = p.a AND m.text_hash = p.k WHERE m.author_role <> 'brand'").fetchall())
        finally:
            self.con.unregister("_pairs")

    def known_sources(self, keys) -> dict[tuple[str, int, str, str], tuple[str, str]]:
        """For these (export id, epoch microseconds or -1, text_hash, author) keys, the stored message's
        (message_id, conversation_id): how a message is recognised in a later export whatever that file is
        called."""
        frame = pd.DataFrame(list(keys), columns=["s", "t", "h", "a"])
        if frame.empty:
            return {}
        self.con.register("_src", frame.astype({"s": "string", "t": "int64", "h": "string", "a": "string"}))
        try:
            rows = self.con.execute(
                f"SELECT p.s, p.t, p.h, p.a, m.message_id, m.conversation_id FROM {self._STORED} m JOIN _src p "
                "ON m.source_id = p.s AND coalesce(epoch_us(m.created_at), -1) = p.t AND m.text_hash = p.h "
                "AND coalesce(m.author_id, '') = p.a").fetchall()
        finally:
            self.con.unregister("_src")
        return {r[:4]: r[4:] for r in rows}

    def brand_author_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT DISTINCT author_id FROM messages WHERE author_role = 'brand' "
                                               "AND author_id IS NOT NULL").fetchall()}

    def salt(self) -> str:
        """The workspace's secret for pseudonymising authors."""
        return self._meta("salt") or ""

    def ingest_options(self) -> list[dict]:
        """The options of every ingest, oldest first (mapping, brand, brand_authors, ...)."""
        return [json.loads(o) for (o,) in self.con.execute("SELECT options FROM ingests ORDER BY ingest_id")
                .fetchall()]

    @contextlib.contextmanager
    def writing(self):
        """An ingest's writes (yields the next free ingest_id): batches go to staging tables as they come
        (`_write_files`, `add_ingest_row`), and at the end one transaction moves them into `messages`,
        `rejected`, `pii_vault` and `ingests`. An error, an interrupt or a kill before that commit leaves the
        workspace as it was (staged rows are dropped then, or when the workspace is next opened)."""
        next_id = self.con.execute("SELECT coalesce(max(ingest_id), 0) + 1 FROM ingests").fetchall()[0][0]
        self._pending_ingests: list[tuple[int, dict]] = []
        # DuckDB keeps what it writes in memory up to its limit (80% of RAM by default), so an ingest's memory
        # grew with its rows; capped, DuckDB writes the rest to the file and the temporary folder.
        self.con.execute(f"SET memory_limit = '{INGEST_MEMORY}'")
        try:
            yield next_id
            self.con.begin()
            try:
                self.con.execute("INSERT INTO messages SELECT * FROM staged_messages")
                self.con.execute("INSERT INTO rejected SELECT * FROM staged_rejected")
                self.con.execute("INSERT OR IGNORE INTO pii_vault SELECT * FROM staged_pii_vault")
                for ingest_id, row in self._pending_ingests:
                    self.con.execute(f"INSERT INTO ingests ({', '.join(['ingest_id', *row])}) VALUES "
                                     f"({', '.join('?' * (len(row) + 1))})", [ingest_id, *row.values()])
                self.con.commit()
            except BaseException:
                self.con.rollback()
                raise
        finally:
            self._clear_staging()
            self.con.execute("RESET memory_limit")

    def _clear_staging(self) -> None:
        for table in STAGED:
            self.con.execute(f"DELETE FROM staged_{table}")

    def _write_files(self, files: list[tuple[int, str, pd.DataFrame, pd.DataFrame, pd.DataFrame]]) -> None:
        """Batches of files' messages, set-aside rows and PII originals (each file's ingest id, source name,
        messages, rejected rows, vault rows), staged in one insert per table (inside `writing`)."""
        messages = [m.assign(ingest_id=i) for i, _, m, _, _ in files if len(m)]
        rejected = [r.assign(ingest_id=i, source=name) for i, name, _, r, _ in files if len(r)]
        vault = [v for *_, v in files if len(v)]
        if messages:
            self.con.register("_batch", pd.concat(messages, ignore_index=True))
            self.con.execute(f"INSERT INTO staged_messages SELECT {', '.join(S.MESSAGE_COLUMNS)}, ingest_id "
                             "FROM _batch")
            self.con.unregister("_batch")
        if rejected:
            self.con.register("_rej", pd.concat(rejected, ignore_index=True))
            self.con.execute("INSERT INTO staged_rejected SELECT ingest_id, source, location, message_id, reason, "
                             "detail, raw FROM _rej")
            self.con.unregister("_rej")
        if vault:
            self.con.register("_vault", pd.concat(vault, ignore_index=True))
            self.con.execute("INSERT INTO staged_pii_vault SELECT message_id, author_id, text FROM _vault")
            self.con.unregister("_vault")

    def add_ingest_row(self, ingest_id: int, row: dict) -> None:
        """A file's `ingests` row, once all its batches are staged (inside `writing`; stored with them)."""
        self._pending_ingests.append((ingest_id, row))

    # -------------------------------------------------------------------------------------- labels
    def add_labels(self, labels: pd.DataFrame, task: str, source: str = "researcher") -> int:
        """Store a researcher's labels (columns message_id or source_id, and label); a newer label replaces
        an older one. Used by the next analysis (sentiment: calibration) and kept across analyses."""
        if task not in LABEL_TASKS:
            raise WorkbenchError(f"unknown label task '{task}'; use one of {', '.join(LABEL_TASKS)}.")
        df = labels.copy()
        if "label" not in df.columns or not ({"message_id", "source_id", "text"} & set(df.columns)):
            raise WorkbenchError(f"labels need a 'label' column and a 'message_id', 'source_id' or 'text' column; "
                                 f"found {', '.join(map(str, df.columns))}.")
        df = df[df["label"].notna() & (df["label"].astype(str).str.strip() != "")].copy()  # blank: not labelled
        if "message_id" not in df.columns:
            df["message_id"] = pd.NA
        df["message_id"] = df["message_id"].astype("string").str.strip().replace("", pd.NA)
        if "source_id" in df.columns:  # message_id wins; source_id finds the rest
            ids = dict(self.con.execute("SELECT source_id, message_id FROM messages").fetchall())
            df["message_id"] = df["message_id"].fillna(df["source_id"].astype("string").str.strip().map(ids))
        if "text" in df.columns and df["message_id"].isna().any():  # a sheet of texts and labels: by the text
            texts = self.con.execute("SELECT trim(text) AS text, message_id AS found FROM messages").df()
            df = df.assign(text=undefuse_formulas(df["text"].astype("string").str.strip()))  # as a sheet holds it
            df = df.merge(texts.astype({"text": "string"}), on="text", how="left")  # several messages: all of them
            df = df.assign(message_id=df["message_id"].fillna(df["found"].astype("string"))).drop(columns="found")
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

    # -------------------------------------------------------------------------------------- analysis results
    def save_analysis(self, result: pd.DataFrame, tables: dict[str, pd.DataFrame],
                      run: pd.DataFrame | None) -> None:
        """One transaction: with `run`, the per-message results as a new run in `message_analysis` and the run
        appended to `analysis_runs`; without (a curation), the latest run's rows updated with the columns
        `result` has. Tables replaced either way. The ingested `messages` are never written."""
        con = self.con
        cols = [c for c in ANALYSIS_COLUMNS if c in result.columns]
        con.begin()
        try:
            con.register("_result", result)
            if run is not None:
                run_id = (self.latest_run() or 0) + 1
                run.insert(0, "run_id", run_id)
                con.execute(f"INSERT INTO message_analysis (run_id, message_id, {', '.join(cols)}) "
                            f"SELECT {run_id}, message_id, {', '.join(cols)} FROM _result")
            else:
                latest = self.latest_run()
                con.execute("UPDATE message_analysis SET " + ", ".join(f"{c} = NULL" for c in cols)
                            + f" WHERE run_id = {latest}")
                con.execute("UPDATE message_analysis SET " + ", ".join(f"{c} = r.{c}" for c in cols)
                            + " FROM _result r WHERE message_analysis.message_id = r.message_id "
                            f"AND run_id = {latest}")
            con.unregister("_result")
            for name, df in tables.items():
                con.register("_t", df)
                con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _t")
                con.unregister("_t")
            if run is not None:
                con.register("_run", run)
                con.execute("CREATE TABLE IF NOT EXISTS analysis_runs AS SELECT * FROM _run WHERE false")
                con.execute("ALTER TABLE analysis_runs ADD COLUMN IF NOT EXISTS run_id INTEGER")
                con.execute("ALTER TABLE analysis_runs ADD COLUMN IF NOT EXISTS fingerprint VARCHAR")
                con.execute("INSERT INTO analysis_runs BY NAME SELECT * FROM _run")
                con.unregister("_run")
            con.commit()
        except BaseException:
            con.rollback()
            raise

    def content_fingerprint(self) -> str:
        """A digest of everything an analysis reads from the store: the messages (ids and text hashes), the
        researcher's labels and marks, and the topic corrections. Equal digests, equal inputs."""
        parts = [self.con.execute("SELECT count(*), coalesce(sum(hash(message_id, text_hash)), 0) FROM messages")
                 .fetchone(),
                 self.con.execute("SELECT count(*), coalesce(sum(hash(message_id, task, label)), 0) FROM labels")
                 .fetchone(),
                 len(self.curation_log())]
        return hashlib.sha1(repr(parts).encode()).hexdigest()

    def latest_run_row(self) -> pd.DataFrame:
        """The latest analysis run (one row), or an empty frame before any."""
        if not self.has_table("analysis_runs"):
            return pd.DataFrame()
        return self.con.execute("SELECT * FROM analysis_runs ORDER BY run_id DESC NULLS LAST LIMIT 1").df()

    def topic_members(self, topic_id: int) -> list[str]:
        """The messages a topic holds in the latest run."""
        return [r[0] for r in self.con.execute(
            "SELECT message_id FROM message_analysis WHERE topic_id = ? AND run_id = ? ORDER BY message_id",
            [int(topic_id), self.latest_run()]).fetchall()]

    def log_curation(self, action: str, label: str | None, groups: list[list[str]]) -> None:
        """Record a researcher's topic rename, merge or split with the messages each topic held."""
        self.con.execute(CURATION_DDL)
        self.con.execute("INSERT INTO topic_curation VALUES (?, ?, ?, ?)",
                         [pd.Timestamp.now("UTC"), action, label, json.dumps(groups)])

    def curation_log(self) -> pd.DataFrame:
        """Every topic rename, merge and split, oldest first (empty in a read-only store never curated)."""
        if not self.has_table("topic_curation"):
            return pd.DataFrame(columns=["curated_at", "action", "label", "groups"])
        return self.con.execute("SELECT * FROM topic_curation ORDER BY curated_at").df()

    def tables(self) -> set[str]:
        """Names of the tables in the workspace."""
        return {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}

    def has_table(self, name: str) -> bool:
        return name in self.tables()

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
        # the workspace's own bookkeeping (its version, an ingest's staging tables) is no table of findings
        own = {"meta"} | {t for t in present if t.startswith("staged_")}
        if name not in present or name in own:
            raise WorkbenchError(f"no table '{name}' in the workspace; tables: "
                                 f"{', '.join(sorted(present - own))}.")

    def export(self, name: str, out: str | Path) -> Path:
        """Write a table to .parquet, .csv or .xlsx (an Excel workbook of one sheet)."""
        self._check_table(name)
        out = Path(out)
        if out.is_dir():
            raise WorkbenchError(f"{out}: a folder; give --out a file name ending in .parquet, .csv or .xlsx.")
        fmt = {".parquet": "PARQUET", ".csv": "CSV", ".xlsx": "XLSX"}.get(out.suffix.lower())
        if fmt is None:
            raise WorkbenchError(f"{out}: export writes .parquet, .csv or .xlsx files; change the file name's "
                                 "ending.")
        out.parent.mkdir(parents=True, exist_ok=True)
        extra = ", HEADER" if fmt == "CSV" else ""
        query = self._messages_sql() if name == "messages" else f"SELECT * FROM {name}"
        if fmt in ("CSV", "XLSX"):  # spreadsheet-safe text; lists as JSON; numbers stay numbers; .parquet keeps all
            types = self.con.execute(f"DESCRIBE {query}").fetchall()
            query = "SELECT " + ", ".join(_csv_sql(c, t) for c, t, *_ in types) + f" FROM ({query})"
        if fmt == "XLSX":
            _write_xlsx(self.con.execute(query).df(), out, name)
            return out
        self.con.execute(f"COPY ({query}) TO '{str(out).replace(chr(39), chr(39) * 2)}' "
                         f"(FORMAT {fmt}{extra})")
        return out

    def rejected_by_reason(self) -> dict[str, int]:
        """Rows set aside, counted by why, the most first (ties by name)."""
        return dict(self.con.execute("SELECT reason, count(*) FROM rejected GROUP BY 1 ORDER BY 2 DESC, 1")
                    .fetchall())

    def status(self) -> dict:
        """What is in the workspace: counts, channels, brands, period, languages, ingests and set-aside rows."""
        q = lambda sql: self.con.execute(sql).fetchall()  # noqa: E731
        n, convs, customers, unknown, first, last, dated, anonymous = q(
            "SELECT count(*), count(DISTINCT conversation_id), count(DISTINCT author_id) FILTER "
            "(author_role = 'customer'), count(DISTINCT author_id) FILTER (author_role = 'unknown'), "
            "min(created_at), max(created_at), count(created_at), "
            "count(*) FILTER (author_role = 'customer' AND author_id IS NULL) FROM messages")[0]
        return {
            "workspace": str(self.path),
            "messages": n, "conversations": convs, "customers": customers, "unknown_authors": unknown,
            "anonymous_messages": anonymous, "period": (first, last), "dated": dated,
            "by_channel": dict(q("SELECT channel, count(*) FROM messages GROUP BY 1 ORDER BY 2 DESC, 1")),
            "by_role": dict(q("SELECT author_role, count(*) FROM messages GROUP BY 1 ORDER BY 2 DESC, 1")),
            "brands": dict(q("SELECT brand, count(*) FROM messages WHERE brand IS NOT NULL GROUP BY 1 "
                             "ORDER BY 2 DESC, 1")),
            "languages": dict(q("SELECT language, count(*) FROM messages GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8")),
            "ingests": self.con.execute("SELECT ingest_id, source, format, rows_read, loaded, rejected, "
                                        "started_at FROM ingests ORDER BY ingest_id").df(),
            "rejected_by_reason": self.rejected_by_reason(),
            "redacted_messages": q("SELECT count(*) FROM pii_vault v JOIN messages m USING (message_id) "
                                   "WHERE v.text <> m.text")[0][0],
            # the brands the latest analysis found where the export names none (its handles, its words)
            "brands_inferred": {} if (run := self.latest_run()) is None else dict(q(
                "SELECT a.brand_inferred, count(*) FROM message_analysis a JOIN messages m USING (message_id) "
                f"WHERE a.run_id = {int(run)} AND m.brand IS NULL AND a.brand_inferred IS NOT NULL "
                "GROUP BY 1 ORDER BY 2 DESC, 1")),
        }
