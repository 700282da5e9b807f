"""The researcher's codebook (`--seed-topics`): topics named in advance, each with a few phrases, read from YAML,
JSON or a spreadsheet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import WorkbenchError


@dataclass(frozen=True)
class SeedTopic:
    """A topic from the researcher's codebook: its name and a few phrases that describe it."""

    name: str
    phrases: tuple[str, ...] = ()


CODEBOOK_NAMES = ("name", "topic", "code", "label", "category", "theme")
CODEBOOK_PHRASES = ("phrases", "keywords", "examples", "description", "terms", "phrase", "keyword", "example")


def _codebook_table(path: Path) -> tuple[SeedTopic, ...]:
    """A codebook kept as a spreadsheet (.csv or .xlsx): a column naming each topic (`CODEBOOK_NAMES`) and one
    of its phrases (`CODEBOOK_PHRASES`), several in a cell split at semicolons, commas or line breaks; a topic
    on several rows gathers their phrases."""
    import pandas as pd

    try:
        df = pd.read_excel(path, dtype=str) if path.suffix.lower() == ".xlsx" else \
            pd.read_csv(path, dtype=str, sep=None, engine="python", encoding="utf-8-sig")
    except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise WorkbenchError(f"{path}: the codebook cannot be read as a table ({exc}).") from None
    columns = {c.strip().lower(): c for c in df.columns}
    name = next((columns[n] for n in CODEBOOK_NAMES if n in columns), None)
    said = next((columns[n] for n in CODEBOOK_PHRASES if n in columns), None)
    if name is None:
        raise WorkbenchError(f"{path}: the codebook needs a column naming each topic ({', '.join(CODEBOOK_NAMES)}) "
                             f"and one of its phrases ({', '.join(CODEBOOK_PHRASES[:3])}); found "
                             f"{', '.join(map(str, df.columns))}.")
    topics: dict[str, list[str]] = {}
    for n, p in zip(df[name], df[said] if said is not None else [None] * len(df), strict=True):
        if isinstance(n, str) and n.strip():
            phrases = re.split(r"[;,\n]", p) if isinstance(p, str) else []
            topics.setdefault(n.strip(), []).extend(w.strip() for w in phrases if w.strip())
    return tuple(SeedTopic(n, tuple(dict.fromkeys(ps))) for n, ps in topics.items())


def load_codebook(path: str | Path) -> tuple[SeedTopic, ...]:
    """A codebook file (YAML or JSON): a list of {name, phrases} or a mapping name -> phrases; or a spreadsheet
    (.csv, .xlsx) of topic names and their phrases (`_codebook_table`)."""
    import yaml

    path = Path(path)
    if not path.exists():
        raise WorkbenchError(f"{path}: no such codebook file.")
    if path.suffix.lower() in (".csv", ".tsv", ".xlsx"):
        seeds = _codebook_table(path)
        if not seeds:
            raise WorkbenchError(f"{path}: the codebook names no topic; write one topic per row.")
        return seeds
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise WorkbenchError(f"{path}: the codebook is not valid YAML/JSON ({exc}).") from None
    if isinstance(data, dict):
        data = [{"name": k, "phrases": v} for k, v in data.items()]
    if not isinstance(data, list) or not all(isinstance(d, dict) and d.get("name") for d in data):
        raise WorkbenchError(f"{path}: write the codebook as a list of {{name: ..., phrases: [...]}} entries.")
    return tuple(SeedTopic(str(d["name"]), tuple(map(str, d.get("phrases") or ()))) for d in data)


