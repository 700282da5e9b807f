"""Ingest: read export files, clean and redact them against what the workspace holds, store them in one go.

All files of one call land together or not at all: large tables are read, cleaned and staged in chunks,
then one transaction moves everything staged into the workspace. A file whose bytes were ingested before, or a message
already stored, adds nothing. Raw exports are never modified.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from workbench import __version__
from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.clean import CleanOptions, clean, redact_text
from workbench.ingest.formats import detect_format, expand_paths, get_loader
from workbench.ingest.formats.base import LoadOptions, LoadResult, guess_encoding
from workbench.store import Store


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
        rej = ", ".join(f"{n:,} {r}" for r, n in sorted(self.rejected.items(), key=lambda kv: -kv[1]))
        return (f"{self.source} [{self.format}]: {self.rows_read:,} read, {self.loaded:,} loaded"
                + (f", set aside: {rej}" if rej else ""))


# Files of fewer rows than this are cleaned and staged together, up to this many rows at once: a folder of
# thousands of small files (e-mails, a Slack export's days) pays cleaning's fixed cost once a batch.
BATCH_ROWS = 20_000


@dataclass
class _Staged:
    """A file being ingested: where its rows go and what is said of it."""

    name: str
    path: Path
    digest: str
    ingest_id: int
    started: float
    report: FileReport
    loaded: LoadResult | None = None  # its last chunk read
    mapping: dict = field(default_factory=dict)
    seconds: float = 0.0
    origin: str = ""  # where it came from, where that is not its path: "/data/slack.zip/help/2024-03-01.json"


def report_lines(reports: list[FileReport], most: int = 20) -> list[str]:
    """What an ingest says, file by file (each file's line, then its notes); beyond `most` files (a Slack export's
    file per channel and day), one line per format summing its files, each note once with the number of files it
    concerns, and the skipped files counted by why."""
    if len(reports) <= most:
        return [line for r in reports for line in (r.line(), *(f"  note: {n}" for n in r.notes))]
    out = []
    read = [r for r in reports if not r.skipped]
    for fmt in dict.fromkeys(r.format for r in read):
        group = [r for r in read if r.format == fmt]
        rejected: Counter = Counter()
        for r in group:
            rejected.update(r.rejected)
        total = FileReport(f"{len(group):,} file{'s' if len(group) != 1 else ''}", fmt, sum(r.rows_read for r in group),
                           sum(r.loaded for r in group), dict(rejected))
        out.append(total.line())
        notes = Counter(n for r in group for n in dict.fromkeys(r.notes))
        out += [f"  note ({k:,} of the files): {n}" if k > 1 else f"  note: {n}" for n, k in notes.items()]
    skipped = Counter(r.skipped for r in reports if r.skipped)
    out += [f"{k:,} file{'s' if k > 1 else ''} skipped: {why}" for why, k in skipped.items()]
    return out


def _brand_authors(messages: pd.DataFrame) -> set[str]:
    """Brand author ids, the domains of their e-mail addresses, and mailbox domains customers wrote to."""
    ids = set(messages.loc[messages[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].dropna())
    domains = {b for b in messages.loc[messages[S.CHANNEL] == "email", S.BRAND].dropna() if "." in b}
    return ids | domains | {a.split("@")[-1] for a in ids if "@" in a}


def unpacked(paths: Iterable[str | Path], stack: ExitStack, archives: dict[Path, Path]) -> Iterator[Path]:
    """The paths, each .zip archive (a Slack or X export, a chat exported with its media), named or in a folder
    named, as the folder it is unpacked to, for as long as `stack` lasts; `archives` maps each such folder to
    its archive."""
    for p in map(Path, paths):
        if p.is_dir():  # a folder of exports, some of them zipped
            yield p
            yield from unpacked(sorted(z for z in p.rglob("*") if z.suffix.lower() == ".zip" and z.is_file()
                                       and not any(part.startswith(".") for part in z.relative_to(p).parts)),
                                stack, archives)
            continue
        if not (p.is_file() and p.suffix.lower() == ".zip"):
            yield p
            continue
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="workbench-unzip-")))
        try:
            with zipfile.ZipFile(p) as archive:
                archive.extractall(folder)  # names reaching outside the folder ("../x", "/x") are kept inside it
        except (zipfile.BadZipFile, OSError, RuntimeError) as e:  # RuntimeError: a password-protected archive
            raise WorkbenchError(f"{p}: the archive cannot be opened ({e}); download it again, or unpack it and "
                                 "ingest the folder it holds.") from e
        if not any(f.is_file() for f in folder.rglob("*")):
            raise WorkbenchError(f"{p}: the archive holds no files; download it again.")
        archives[folder] = p
        yield from unpacked([folder], stack, archives)  # with the archives it holds


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def ingest(store: Store, paths: Iterable[str | Path], format: str = "auto", options: LoadOptions | None = None,
           *, redact: bool = True, chunk_rows: int = 50_000) -> list[FileReport]:
    """Load, clean and store export files; all of them or, on any error, none.

    Everything lands in one transaction at the end: a bad file, an error or a kill leaves the workspace as it
    was. Large tables are read, cleaned and staged `chunk_rows` rows at a time, so Python holds one chunk of
    rows, not the file, and DuckDB's memory is capped while it writes (`store.INGEST_MEMORY`; figures in
    docs/benchmarks.md). A file whose bytes were ingested before is skipped; messages already stored are not
    stored again. PII is redacted unless `redact=False` (the originals are kept apart in `pii_vault`; see
    `Store.reveal`).
    """
    options = options or LoadOptions()
    known = store.ingested_files()
    reports: list[FileReport] = []
    learned = _brand_authors(store.brand_rows())
    brands = {b.lower() for b in store.brand_author_ids()} | {b.lower() for b in options.brand_authors}
    salt = store.salt()

    def read_chunk(f: _Staged, loaded: LoadResult, name: str, path: Path) -> None:
        """A file's chunk as read: named by the file, its brand authors learned, its counts and notes kept."""
        nonlocal learned, brands
        if name != path.name:
            loaded.messages[S.SOURCE] = name
        speaking = _brand_authors(loaded.messages)
        learned |= speaking
        brands |= {b.lower() for b in speaking}
        f.report.rows_read += loaded.rows_read
        f.report.notes += [n for n in loaded.notes if n not in f.report.notes]
        f.mapping = loaded.mapping or f.mapping
        f.loaded = loaded

    batch: list[_Staged] = []  # small files read, cleaned together (a folder of e-mails, a Slack export's days)
    batch_names: set[str] = set()  # their names
    pending_rows = 0  # their messages

    def stage(files: list[_Staged], progress: bool = True) -> None:
        """Clean the files' messages together and stage each file's share under its own ingest id."""
        if not files:
            return
        started = time.time()
        copts = CleanOptions(redact=redact, salt=salt, keep_handles=frozenset(brands), progress=progress)
        # Compared with what is stored and staged so far, looked up per batch (nothing held in memory).
        c = clean(pd.concat([f.loaded.messages for f in files], ignore_index=True), copts,
                  existing_ids=store.known_ids, existing_keys=store.known_customer_keys,
                  existing_sources=store.known_sources)
        share = (time.time() - started) / max(1, sum(len(f.loaded.messages) for f in files))
        # each file's share, found once for all files (not by a scan of the batch per file)
        vault = c.vault.merge(c.messages[[S.MESSAGE_ID, S.SOURCE]], on=S.MESSAGE_ID)
        parts = {name: [dict(tuple(frame.groupby(key, sort=False))), frame.iloc[:0]]
                 for name, frame, key in (("messages", c.messages, S.SOURCE), ("rejected", c.rejected, "source"),
                                          ("vault", vault, S.SOURCE))}
        staged = []  # each file's share, written in one go (a folder of 2,000 calls: one write, not 2,000)
        for f in files:
            loaded, report = f.loaded, f.report
            if redact and "raw" in loaded.rejected:  # rows a loader could not use are stored redacted too
                keep = copts.keep_handles
                loaded.rejected["raw"] = loaded.rejected["raw"].map(
                    lambda t, keep=keep: redact_text(t, keep) if isinstance(t, str) else t)
            mine, set_aside, originals = (groups.get(f.name, empty) for groups, empty in parts.values())
            rejected = pd.concat([loaded.rejected.assign(message_id=pd.NA, detail=pd.NA),
                                  set_aside.drop(columns="source").assign(location=pd.NA)],
                                 ignore_index=True).astype("string")
            staged.append((f.ingest_id, f.name, mine, rejected, originals[["message_id", "author_id", "text"]]))
            for reason, n in pd.concat([loaded.rejected["reason"], set_aside["reason"]]).value_counts().items():
                report.rejected[reason] = report.rejected.get(reason, 0) + int(n)
            report.loaded += len(mine)
            f.seconds += share * len(loaded.messages)
        store._write_files(staged)

    def record(f: _Staged) -> None:
        """A file's `ingests` row, once all of it is staged."""
        stored_options = {"mapping": f.mapping, "redact": redact, **{
            k: v for k, v in vars(options).items() if v not in (None, (), {}) and k != "mapping"}}
        r = f.report
        store.add_ingest_row(f.ingest_id, {
            "source": f.name, "path": f.origin or str(f.path.resolve()), "sha256": f.digest, "format": r.format,
            "started_at": pd.Timestamp(f.started, unit="s", tz="UTC"), "seconds": round(f.seconds, 3),
            "rows_read": r.rows_read, "loaded": r.loaded, "rejected": sum(r.rejected.values()),
            "rejected_by_reason": json.dumps(r.rejected), "notes": json.dumps(r.notes),
            "options": json.dumps(stored_options, default=list), "workbench_version": __version__})

    def flush() -> None:
        nonlocal pending_rows
        stage(batch)
        for f in batch:
            record(f)
        batch.clear()
        batch_names.clear()
        pending_rows = 0

    archives: dict[Path, Path] = {}  # a folder a .zip was unpacked to -> the archive
    with ExitStack() as unpacking, store.writing() as ingest_id:
        for path, folder in expand_paths(unpacked(paths, unpacking, archives)):
            # a file in a folder's subfolder by its path there ("help/2024-03-01.json": a Slack channel's day);
            # in an archive, by the archive's name and its path in it ("slack.zip/help/2024-03-01.json")
            name = path.relative_to(folder).as_posix() if folder is not None and path.parent != folder else path.name
            origin = ""
            if folder in archives:
                name = f"{archives[folder].name}/{path.relative_to(folder).as_posix()}"
                origin = f"{archives[folder].resolve()}/{path.relative_to(folder).as_posix()}"
            try:
                fmt = detect_format(path) if format == "auto" else get_loader(format).name
            except WorkbenchError:
                if folder is None:
                    raise
                reports.append(FileReport(name, "?", skipped="not a known export format; skipped"))
                continue
            if folder is not None and fmt == "lines" and format == "auto":  # a text file beside an export's files
                reports.append(FileReport(name, fmt, skipped="a plain text file in a folder, not read as verbatims; "
                                                            "ingest it by name to read one message per line"))
                continue
            digest = file_sha256(path)
            if digest in known:
                reports.append(FileReport(name, fmt, skipped=f"already ingested (as {known[digest]}); "
                                                                   "nothing added"))
                continue
            known[digest] = name
            started = time.time()
            # Authors known to speak for the brand (stored, or in earlier files) are the brand here too.
            opts = replace(options, brand_authors=tuple(sorted(set(options.brand_authors) | learned)))
            # e-mail is decoded part by part, by the charset each part names
            guessed, encoding_note = (None, None) if options.encoding or fmt in ("mbox", "eml") \
                else guess_encoding(path)
            if guessed:
                opts = replace(opts, encoding=guessed)
            loader = get_loader(fmt)
            chunks = (loader.load_chunks(path, opts, rows=chunk_rows) if hasattr(loader, "load_chunks")
                      else iter([loader.load(path, opts)]))
            report = FileReport(name, fmt, notes=[encoding_note] if encoding_note else [])
            reports.append(report)
            big = path.stat().st_size >= 5_000_000
            bar = tqdm(desc=f"ingest {name}", unit="rows", total=_line_estimate(path) if big else None,
                       disable=not big)
            f = _Staged(name, path, digest, ingest_id, started, report, origin=origin)
            ingest_id += 1
            first = next(chunks, None)
            second = next(chunks, None) if first is not None else None
            if name in batch_names:  # two files of one name: a batch's files are told apart by their names
                flush()
            if first is not None and second is None and len(first.messages) < BATCH_ROWS:
                read_chunk(f, first, name, path)  # a small file: cleaned with the next ones
                f.seconds = time.time() - started
                batch.append(f)
                batch_names.add(name)
                pending_rows += len(first.messages)
                if pending_rows >= min(BATCH_ROWS, chunk_rows):  # staged a chunk at a time, as big files are
                    flush()
                continue
            flush()  # the small files before this one are staged first
            for loaded in (x for part in ([first, second], chunks) for x in part if x is not None):
                read_chunk(f, loaded, name, path)
                stage([f], progress=bar.disable)  # a big file's own bar, or cleaning's where it has none
                bar.update(loaded.rows_read)
            bar.total = bar.n  # the estimate counted lines; rows are what was read
            bar.refresh()
            bar.close()
            f.seconds = time.time() - started
            record(f)
        flush()
    return reports


def _line_estimate(path: Path) -> int | None:
    """Rows to expect in a line-based export (its newlines, less a header), for the progress bar's ETA: an
    estimate where quoted text spans lines; None for other formats."""
    if path.suffix.lower() not in {".csv", ".tsv", ".txt", ".jsonl", ".ndjson"}:
        return None
    lines = 0
    with path.open("rb") as f:
        while block := f.read(1 << 24):
            lines += block.count(b"\n")
    return max(lines - (path.suffix.lower() in {".csv", ".tsv"}), 1)
