"""Loaders for conversation exports: a registry of formats, found by name or detected from the file.

    >>> from workbench.ingest.formats import load
    >>> result = load("data/samples/customer_care_tweets.json")   # format detected
    >>> result.messages.head()
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.ingest.formats.base import Loader, LoadOptions, LoadResult, sniff_head

_REGISTRY: dict[str, Loader] = {}


def register(loader: Loader) -> Loader:
    """Add a loader to the registry under its name (later registrations of a name replace earlier ones)."""
    _REGISTRY[loader.name] = loader
    return loader


def formats() -> dict[str, str]:
    """Known format names and what each reads."""
    _ensure_loaded()
    return {name: loader.description for name, loader in _REGISTRY.items()}


def get_loader(name: str) -> Loader:
    """The loader registered under `name`; a clear error lists the known ones."""
    _ensure_loaded()
    if name not in _REGISTRY:
        raise WorkbenchError(f"unknown format '{name}'; known formats: {', '.join(_REGISTRY)} (or 'auto').")
    return _REGISTRY[name]


def _score(loader: Loader, path: Path, head: str) -> float:
    """How sure `loader` is that it reads `path`: 0 where the file's opening trips its check (a stray byte or
    line break a parser refuses), so that the loaders that can read it still decide, never a traceback."""
    try:
        return loader.detect(path, head)
    except (csv.Error, ValueError):  # a UnicodeError is a ValueError
        return 0.0


def detect_format(path: str | Path) -> str:
    """Name of the loader most sure it can read `path`; a clear error if none can."""
    _ensure_loaded()
    path = Path(path)
    if not path.exists():
        raise WorkbenchError(f"{path}: no such file; check the path.")
    head = sniff_head(path)
    scores = [(_score(loader, path, head), i, name) for i, (name, loader) in enumerate(_REGISTRY.items())]
    best, _, name = max(scores, key=lambda t: (t[0], -t[1]))
    if best <= 0:
        kind = SAVE_AS.get(path.suffix.lower())
        if path.suffix.lower() == ".zip":  # `ingest` unpacks one (workbench.ingest.run.unpacked); one file is loaded
            raise WorkbenchError(f"{path}: a .zip archive of files; `workbench ingest` reads it whole, or unpack it "
                                 "and load a file from it.")
        if path.suffix.lower() in (".gz", ".tgz", ".7z", ".rar"):  # a Takeout export as downloaded
            raise WorkbenchError(f"{path}: a compressed archive, which the workbench does not open; unpack it and "
                                 "ingest the folder it holds (workbench ingest FOLDER).")
        if path.suffix.lower() in MAIL_FILES:
            raise WorkbenchError(f"{path}: {MAIL_FILES[path.suffix.lower()]}, which the workbench does not read; save "
                                 "the e-mails as .eml files (drag them out of Outlook, or File > Save As) or export "
                                 "the folder as mbox, and ingest those.")
        if kind is not None:
            raise WorkbenchError(f"{path}: {kind}, which the workbench does not read; save it as .xlsx or .csv "
                                 "(File > Save As, or Export) and ingest that.")
        raise WorkbenchError(f"{path}: format not recognised; name it with --format, one of: "
                             f"{', '.join(_REGISTRY)}.")
    return name


# Files a researcher may hand over that hold a table or text in a form no loader reads: what each is.
# Outlook's own files of e-mails: saved otherwise, the mail loaders read them.
MAIL_FILES = {".msg": "an Outlook message file", ".pst": "an Outlook data file", ".ost": "an Outlook data file"}
SAVE_AS = {".ods": "an OpenDocument spreadsheet", ".numbers": "an Apple Numbers document",
           ".xlsb": "an Excel binary workbook", ".docx": "a Word document",
           ".doc": "a Word document", ".pdf": "a PDF", ".pptx": "a PowerPoint presentation",
           ".sav": "an SPSS data file", ".dta": "a Stata data file"}


def load(path: str | Path, format: str = "auto", options: LoadOptions | None = None) -> LoadResult:
    """Load one export file into canonical messages (not yet cleaned or stored)."""
    path = Path(path)
    name = detect_format(path) if format == "auto" else get_loader(format).name
    if not path.exists():
        raise WorkbenchError(f"{path}: no such file; check the path.")
    return get_loader(name).load(path, options or LoadOptions())


def expand_paths(paths: Iterable[str | Path]) -> list[tuple[Path, Path | None]]:
    """(file, the folder it was found in or None) for each file named, folders expanded to their non-hidden
    files, sorted; the .zip archives in a folder are left to `ingest`, which unpacks them."""
    out: list[tuple[Path, Path | None]] = []
    for p in map(Path, paths):
        if p.is_dir():
            from workbench.ingest.formats.slack import is_directory_file

            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(
                part.startswith(".") for part in f.relative_to(p).parts) and f.name.lower() != "readme.md"
                and not is_directory_file(f))  # a Slack export's users.json: read beside its messages
            if not files:
                raise WorkbenchError(f"{p}: the folder holds no export files.")
            out.extend((f, p) for f in files if f.suffix.lower() != ".zip")
        else:
            out.append((p, None))
    return out


_BUILTINS_LOADED = False


def _ensure_loaded() -> None:
    """Import the built-in loaders once (each registers itself), whatever was imported before."""
    global _BUILTINS_LOADED
    if _BUILTINS_LOADED:
        return
    _BUILTINS_LOADED = True
    # Specific formats first: on equal scores the earlier registration wins.
    from workbench.ingest.formats import (  # noqa: F401
        call_analytics,
        chats,
        customer_care,
        discord,
        discourse,
        github,
        graph_comments,
        helpdesk,
        mail,
        slack,
        tabular,
        text_lines,
        twcs,
        twitter_api,
        twitter_archive,
        youtube,
    )


__all__ = ["LoadOptions", "LoadResult", "detect_format", "expand_paths", "formats", "get_loader", "load",
           "register"]
