"""What every loader shares: options, the result type, reading bytes safely, ids and timestamps."""

from __future__ import annotations

import codecs
import hashlib
import html
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError

REJECTED_COLUMNS = ["location", "reason", "raw"]


@dataclass(frozen=True)
class LoadOptions:
    """What a researcher can tell a loader. Every field is optional."""

    mapping: dict[str, str] = field(default_factory=dict)  # canonical field -> column in the export
    encoding: str | None = None  # text encoding; None reads UTF-8 (with or without BOM) or UTF-16 with BOM
    channel: str | None = None  # overrides the channel the loader infers
    brand: str | None = None  # who the messages were addressed to, where the export does not say
    brand_authors: tuple[str, ...] = ()  # authors who speak for the brand (chat and e-mail exports)
    timezone: str | None = None  # zone of timestamps written without one (default UTC)
    dayfirst: bool | None = None  # for ambiguous dates like 03/04/21 (None: infer from the data)


@dataclass
class LoadResult:
    """A loader's output: canonical messages, rows it could not use (with why), and notes for the user."""

    messages: pd.DataFrame
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECTED_COLUMNS))
    rows_read: int = 0
    notes: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # canonical field -> export column actually used


class Loader(Protocol):
    """A loader for one export format. `detect` scores how sure it is (0 = not mine, 1 = certainly mine)."""

    name: str
    description: str

    def detect(self, path: Path, head: str) -> float: ...

    def load(self, path: Path, options: LoadOptions) -> LoadResult: ...


def norm(name: object) -> str:
    """A column name compared loosely: 'Date Sent ' -> 'date_sent', 'TweetText' -> 'tweet_text', 'Puntuación'
    -> 'puntuacion' (accents dropped)."""
    plain = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", plain.strip())  # camelCase and PascalCase split
    return re.sub(r"[^0-9a-z]+", "_", words.lower()).strip("_")


def read_bytes(path: Path) -> bytes:
    """Read a whole file, turning the usual failures into one clear sentence."""
    if not path.exists():
        raise WorkbenchError(f"{path}: no such file; check the path (relative paths start from {Path.cwd()}).")
    if path.is_dir():
        raise WorkbenchError(f"{path} is a folder; name the export files inside it.")
    data = path.read_bytes()
    if not data.strip():
        raise WorkbenchError(f"{path}: the file is empty; export it again or leave it out.")
    return data


# What a binary file named as a text export is, by its first bytes, and what to do with it.
_NOT_TEXT = {
    b"PK\x03\x04": "a ZIP archive (an Excel workbook or a zipped export under a text file's name): if it is a "
                    "workbook, rename it to .xlsx; if a zipped export, unzip it and ingest the files inside",
    b"PAR1": "a Parquet file: rename it to .parquet",
    b"\xd0\xcf\x11\xe0": "an old Excel workbook (.xls): open it in Excel and save it as .xlsx",
    b"%PDF": "a PDF document: export the data itself (CSV, Excel or JSON) from the tool it came from",
    b"\x1f\x8b": "a gzip archive: unpack it (gunzip) and ingest the file inside",
}


def refuse_binary(head: bytes, path: Path) -> None:
    """One sentence where a file read as text is not: an archive, a workbook or a PDF under a text file's name
    (by its first bytes), or bytes holding NUL characters, which no text export in UTF-8 or a single-byte
    encoding holds."""
    kind = next((what for magic, what in _NOT_TEXT.items() if head.startswith(magic)), None)
    if kind is not None and head.startswith(b"PK") and b"xl/" in _zip_names(path):
        kind = "an Excel workbook saved under a text file's name: rename it to .xlsx"
    if kind is not None:
        raise WorkbenchError(f"{path}: this is no text file but {kind}.")
    # a stray NUL in a text export is read around; binary files and UTF-16 without its mark are full of them
    if head.count(b"\x00") > max(8, 0.01 * len(head)) and head[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise WorkbenchError(f"{path}: the file holds NUL bytes, so it is no text export (check that this is the "
                             "file you meant), or text in UTF-16 without its byte-order mark: then pass "
                             "--encoding utf-16.")


def _zip_names(path: Path) -> bytes:
    """The names of the files in a ZIP archive, joined (empty where it cannot be opened)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return " ".join(z.namelist()).encode()
    except (zipfile.BadZipFile, OSError):
        return b""


def decode(data: bytes, path: Path, encoding: str | None = None) -> str:
    """Decode bytes as the given encoding, or as UTF-8/UTF-16 by BOM; a clear error names the fix."""
    if not encoding:
        refuse_binary(data[:4096], path)
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise WorkbenchError(f"{path}: cannot be read as {encoding} ({exc}); name the file's real encoding "
                                 "with --encoding.") from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise WorkbenchError(f"{path}: it starts as UTF-16 but byte {exc.start} is not ({exc.reason}); the file "
                                 "is damaged or not text: export it again, or name its encoding with --encoding."
                                 ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            data.decode("cp1252")
            likely = "cp1252"
        except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d)
            likely = "latin-1"
        raise WorkbenchError(
            f"{path}: byte 0x{data[exc.start]:02x} on line {line} is not valid UTF-8; the file was probably saved "
            f"as Windows-1252 or Latin-1: pass --encoding {likely} (or the right encoding) or re-save it as UTF-8."
        ) from None


# Files these loaders read whole as binary: no text encoding to find.
_BINARY_MAGIC = (b"PK\x03\x04", b"PAR1", b"\xd0\xcf\x11\xe0")  # xlsx/zip, Parquet, old Excel


def guess_encoding(path: Path, block: int = 1 << 22) -> tuple[str | None, str | None]:
    """The encoding of a text export that is neither UTF-8 nor UTF-16 with a BOM, as `charset_normalizer`
    reads it (Excel on Windows saves CSV as Windows-1252: "Grüße" is bytes no UTF-8 reader accepts), with a
    note saying so; (None, None) for UTF-8, UTF-16 with a BOM, binary files, and where no encoding reads the
    file (then `decode` gives its sentence). Checked a block at a time: no whole copy of a large file."""
    from charset_normalizer import from_bytes

    with path.open("rb") as fh:
        head = fh.read(4)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head.startswith(_BINARY_MAGIC):
        return None, None
    bad = _first_undecodable(path, "utf-8-sig", block)
    if bad is None:
        return None, None
    with path.open("rb") as fh:
        sample = fh.read(200_000)
        fh.seek(max(0, bad - 100_000))
        sample += b"\n" + fh.read(200_000)  # around the first byte UTF-8 refuses, where the accented letters are
    if _mostly_utf8(sample):
        return MENDED, (f"{path.name} is UTF-8 but for a few bytes, the first on line {_line_of(path, bad)}: those "
                        "read as Windows-1252 (a row pasted from another file); check that row's accented letters.")
    if _mac_lines(sample.decode("latin-1")) and _first_undecodable(path, "mac-roman", block) is None:
        # lines ending in lone carriage returns: saved on a Mac (Excel for Mac's CSV), whose encoding is Mac Roman
        encoding = "mac-roman"
    else:
        encoding = _likeliest(sample, from_bytes(sample))
    if encoding is None or _first_undecodable(path, encoding, block) is not None:  # the whole file must read
        return None, None
    return encoding, (f"{path.name} is not UTF-8: read as {encoding}, detected from its bytes; if its accented "
                      "letters look wrong, pass --encoding with the right one.")


# UTF-8 whose few bytes that are no UTF-8 read as Windows-1252 (a byte it leaves undefined as Latin-1): a UTF-8
# export with one row pasted from a Windows file keeps its curly quotes and accents, where reading the whole file
# as a single-byte encoding would garble every one of them ("itâ€™s").
MENDED = "utf-8-mended"


def _as_cp1252(exc: UnicodeDecodeError) -> tuple[str, int]:
    bad = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("workbench-cp1252", _as_cp1252)


def _mended_codec(name: str) -> codecs.CodecInfo | None:
    if name.replace("-", "_") != MENDED.replace("-", "_"):
        return None
    utf8 = codecs.lookup("utf-8-sig")

    class Decoder(utf8.incrementaldecoder):
        def __init__(self, errors: str = "strict") -> None:
            super().__init__("workbench-cp1252")

    return codecs.CodecInfo(utf8.encode, lambda data, errors="strict": utf8.decode(data, "workbench-cp1252"),
                            name=MENDED, incrementalencoder=utf8.incrementalencoder, incrementaldecoder=Decoder)


codecs.register(_mended_codec)


def _mostly_utf8(sample: bytes) -> bool:
    """Whether bytes that UTF-8 refuses somewhere are UTF-8 all the same: its multi-byte letters (three or more)
    outnumber the refused bytes twice over. A Windows-1252 file hardly ever holds them (an accented capital
    followed by a symbol: "Ã©" is UTF-8 read wrong, not what anyone types)."""
    text = sample.decode("utf-8", errors="replace")
    refused = text.count("\ufffd") - sample.decode("utf-8", errors="ignore").count("\ufffd")
    letters = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    return letters >= 3 and letters >= 2 * refused


def _line_of(path: Path, offset: int, block: int = 1 << 22) -> int:
    """The line (from 1) of `path` that the byte at `offset` stands on."""
    lines, seen = 1, 0
    with path.open("rb") as fh:
        while seen < offset and (raw := fh.read(min(block, offset - seen))):
            lines += raw.count(b"\n")
            seen += len(raw)
    return lines


def _first_undecodable(path: Path, encoding: str, block: int) -> int | None:
    """The offset of the first byte of `path` that `encoding` cannot read, None where it reads the whole file
    (read a block at a time)."""
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with path.open("rb") as fh:
        try:
            while raw := fh.read(block):
                decoder.decode(raw)
                offset += len(raw)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            return offset + exc.start
    return None


# Single-byte encodings for Latin script: they share most accented letters, and the detector may name any of
# them for a German or French export (cp1250 for "Grüße", iso8859-10 for "déçu") that Excel wrote as Windows-1252,
# or cp1252 for a short Polish one.
_LATIN = ("cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin-1", "iso8859-2", "iso8859-3", "iso8859-4",
          "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "mac-roman",
          "mac-latin2", "hp-roman8", "cp850", "cp775")


def _likeliest(sample: bytes, matches) -> str | None:
    """The encoding `charset_normalizer` finds likeliest where it is not for Latin script (Cyrillic, Greek, East
    Asian...). For Latin script the detector may name any of the single-byte encodings, which share most
    accented letters: Windows-1252 (what Excel writes in Western Europe) where it reads the sample as words,
    else the first Latin one the detector lists that does. Words: no symbol inside a word in more than 5% of
    the non-ASCII characters, as Polish written in cp1250 and read as cp1252 shows ("by³", "¿ó³ty")."""
    import codecs

    best = matches.best()
    if best is None:
        return None
    latin = {codecs.lookup(e).name for e in _LATIN}
    if codecs.lookup(best.encoding).name not in latin:
        return codecs.lookup(best.encoding).name
    for encoding in ("cp1252", *(codecs.lookup(m.encoding).name for m in matches)):
        if encoding not in latin:
            continue
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        foreign = len(re.findall(r"[^\x00-\x7f]", text))
        in_word = sum(not c.isalpha() for c in re.findall(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])", text))
        if in_word <= 0.05 * foreign:
            return encoding
    return codecs.lookup(best.encoding).name


def _mac_lines(text: str) -> bool:
    """Whether lone carriage returns end the lines (old Mac line endings): they outnumber the newlines, which
    then sit only inside quoted fields (a tweet written over several lines)."""
    lone = text.count("\r") - text.count("\r\n")
    return lone > text.count("\n")


def _normal_lines(text: str, mac: bool) -> str:
    """CRLF and (with old Mac line endings) lone carriage returns as newlines; other stray returns as spaces."""
    text = text.replace("\r\n", "\n")
    return text.replace("\r", "\n") if mac else text.replace("\r", " ")


def read_text(path: Path, options: LoadOptions) -> str:
    """Read and decode a text export; CRLF and old Mac line endings become plain newlines, stray carriage
    returns spaces."""
    text = decode(read_bytes(path), path, options.encoding)
    return _normal_lines(text, _mac_lines(text))


def stream_lines(path: Path, options: LoadOptions, block: int = 1 << 22):
    """The lines of a text export, decoded and with CRLF and stray carriage returns handled as `read_text`
    handles them, read a block at a time (for files too large to hold whole). A decoding error is the same
    one sentence as `decode` gives."""
    import codecs

    with path.open("rb") as fh:
        head = fh.read(4096)
        fh.seek(0)
        if not options.encoding:
            refuse_binary(head, path)
        encoding = options.encoding or ("utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
        try:
            decoder = codecs.getincrementaldecoder(encoding)()
        except LookupError:
            decode(b"", path, encoding)  # raises the sentence for an unknown encoding
            raise
        rest, carry, mac = "", "", None
        while True:
            raw = fh.read(block)
            try:
                text = decoder.decode(raw, final=not raw)
            except UnicodeDecodeError:
                decode(path.read_bytes(), path, options.encoding)  # the sentence, with the line it fails on
                raise
            text = carry + text
            carry = "\r" if text.endswith("\r") and raw else ""  # a CRLF may straddle two blocks
            text = text[:-1] if carry else text
            if mac is None and ("\r" in text or "\n" in text):  # decided on the first block that ends a line
                mac = _mac_lines(text)
            text = _normal_lines(text, bool(mac))
            lines = (rest + text).split("\n")
            rest = lines.pop()
            for line in lines:
                yield line + "\n"
            if not raw:
                break
        if rest:
            yield rest


def iter_lines(text: str):
    """The lines of `text`, each with its newline, one at a time (no list of them, no copy of the text)."""
    start = 0
    while (end := text.find("\n", start)) != -1:
        yield text[start:end + 1]
        start = end + 1
    if start < len(text):
        yield text[start:]


def sniff_head(path: Path, size: int = 65536) -> str:
    """The first bytes of a file as text, for format detection (never raises on bad bytes)."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(size)
    except OSError:
        return ""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16", errors="ignore")
    return raw.decode("utf-8-sig", errors="replace")


def load_json(path: Path, options: LoadOptions) -> object:
    """Parse a JSON file; a truncated or broken file is one clear sentence with the line and column."""
    text = read_text(path, options)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        truncated = exc.msg.startswith("Unterminated") or exc.pos >= len(text.rstrip()) - 1
        where = "ends too early (truncated?)" if truncated else "is not valid JSON"
        raise WorkbenchError(f"{path}: the JSON {where} at line {exc.lineno}, column {exc.colno} ({exc.msg}); "
                             "export the file again in full.") from None
    except RecursionError:
        raise WorkbenchError(f"{path}: the JSON is nested too deeply to be a conversation export; check that it is "
                             "the right file.") from None


def json_lines(path: Path, options: LoadOptions) -> bool:
    """Whether a .json file holds JSON objects one per line: its first line is one whole object and the next line
    opens another. Read a line at a time, never whole: a page of a hundred tweets is longer than a file's head."""
    stream = stream_lines(path, options)
    try:
        lines = [line.strip() for line in itertools.islice((x for x in stream if x.strip()), 2)]
    finally:
        stream.close()
    if len(lines) < 2 or not (lines[0].startswith("{") and lines[1].startswith("{")):
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except json.JSONDecodeError:
        return False


def read_json_lines(path: Path, options: LoadOptions) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """The objects of a JSON-lines file; broken lines and lines that are not objects are set aside with their
    line number (never dropped silently)."""
    records, rejected = [], []
    for i, line in enumerate(read_text(path, options).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            rejected.append((f"line {i}", f"not valid JSON ({exc.msg})", line[:10000]))
            continue
        except RecursionError:
            rejected.append((f"line {i}", "JSON nested too deeply", line[:10000]))
            continue
        if isinstance(rec, dict):
            records.append(rec)
        else:
            rejected.append((f"line {i}", "not a JSON object", line[:10000]))
    return records, rejected


def json_documents(path: Path, options: LoadOptions) -> tuple[list, list[tuple[str, str, str]]]:
    """A JSON export's documents: the file's one document, or one per line for JSON lines (an API's pages saved
    one per line); lines that are not JSON are set aside with their line number."""
    if path.suffix.lower() == ".json" and not json_lines(path, options):
        return [load_json(path, options)], []
    return read_json_lines(path, options)


def page_items(docs: list, key: str = "items") -> list[dict]:
    """Every item of an API's JSON documents: each page's `key` list (`items`: YouTube's pages, a GitHub search),
    a list of pages, or the items themselves (a page with no such list is an item)."""
    out: list[dict] = []
    for doc in docs:
        for page in doc if isinstance(doc, list) else [doc]:
            if isinstance(page, dict):
                out += [i for i in page.get(key, [page]) if isinstance(i, dict)]
    return out


def make_id(namespace: str, native: object) -> str:
    """A workspace-wide message id from the export's own id."""
    return f"{namespace}:{native}"


def prefixed(namespace: str, ids: pd.Series) -> pd.Series:
    """make_id over a column: nulls stay null."""
    return (namespace + ":" + ids.astype("string")).astype("string")


def content_id(*parts: object) -> str:
    """A stable id for a message whose export gives none: a hash of what identifies it."""
    h = hashlib.sha1("\x1f".join("" if p is None or p is pd.NA else str(p) for p in parts).encode("utf-8"))
    return "h:" + h.hexdigest()[:20]


# A date written with numbers only, day and month in either order: 05.10.2025, 08/25/2025, 3-4-21.
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?!\d)")


def infer_dayfirst(values: pd.Series) -> bool | None:
    """Whether dates written with numbers only put the day first: they do where a first number is over 12
    (25.08.2025), they do not where a second one is (08/25/2025); where no number tells, dates with dots
    (05.10.2025, the German and Nordic form) put the day first and those with slashes or dashes the month (the
    US form). None where the values hold no such date (ISO dates need no guess)."""
    parts = pd.Series(values).dropna().astype("string").str.extract(NUMERIC_DATE.pattern).dropna()
    if parts.empty:
        return None
    first, second = parts[0].astype(int), parts[2].astype(int)
    if (second > 12).any():
        return False
    if (first > 12).any():
        return True
    return bool((parts[1] == ".").mean() > 0.5)


# An offset written after GMT or UTC, as Google Forms and many tools write it ("10:13:20 AM GMT+1": an hour ahead
# of UTC). The date parser reads "GMT+1" the POSIX way, an hour behind; written "+01:00" it is read as meant.
GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*$")


def _iso_offset(m: re.Match) -> str:
    return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"


# Time zones written by their abbreviation at the end of a time, as US and European tools export them
# ("2024/03/01 10:00:00 PST"), which the date parser does not read: their offsets from UTC. Abbreviations that
# name two zones ("IST": India or Ireland) are left out.
ZONE_OFFSETS = {"EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
                "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00",
                "HST": "-10:00", "BST": "+01:00", "WET": "+00:00", "WEST": "+01:00", "CET": "+01:00",
                "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "JST": "+09:00", "AEST": "+10:00",
                "AEDT": "+11:00"}
ZONE_NAME = re.compile(r"(?:(?<=\d)|(?<=[AaPp][Mm]))\s*\(?\b(" + "|".join(ZONE_OFFSETS) + r")\b\)?\s*$")


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A date within words, as scraped review pages write it: "Reviewed in the United States on March 5, 2023".
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_IN_WORDS = re.compile(
    rf"\b({_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b", re.I)


# Month names in the languages European exports are written in, to the English the date parser reads ("1 mars
# 2024", "1. März 2024 um 10:15", "1 de marzo de 2024"), with weekday names and the words between date and time
# left out. Names that are also English ("april", "august", "september"...) need no translation.
_MONTHS = {
    "January": "janvier janv januar jänner jaenner enero gennaio januari janeiro",
    "February": "février fevrier févr fevr februar febrero febbraio februari fevereiro",
    "March": "mars märz maerz marzo maart março marco mrt",
    "April": "avril avr abril aprile",
    "May": "mai mayo maggio mei maio",
    "June": "juin juni junio giugno junho",
    "July": "juillet juil juli julio luglio julho",
    "August": "août aout agosto augustus",
    "September": "septembre septiembre setiembre settembre setembro",
    "October": "octobre oktober octubre ottobre outubro okt",
    "November": "novembre noviembre novembro",
    "December": "décembre decembre déc dezember diciembre dicembre dezembro dez dic",
}
FOREIGN_MONTH = {name: english for english, names in _MONTHS.items() for name in names.split()}
_FOREIGN_MONTH = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(FOREIGN_MONTH, key=len, reverse=True))
                            + r")\.?(?![^\W\d_])", re.I)
_FOREIGN_FILLER = re.compile(
    r"(?<![^\W\d_])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|"
    r"martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|de|del|à|um|a las|alle|om|às|le|el|den)"
    r"(?![^\W\d_]),?", re.I)


def english_months(text: pd.Series) -> pd.Series:
    """Dates written with a month's name in French, German, Spanish, Italian, Dutch or Portuguese, as English
    ("1 mars 2024 à 10:15" -> "1 March 2024 10:15"); other values as they are."""
    out = text.str.replace(_FOREIGN_MONTH, lambda m: FOREIGN_MONTH[m.group(1).lower()], regex=True)
    out = out.str.replace(_FOREIGN_FILLER, " ", regex=True)
    out = out.str.replace(r"\b(\d{1,2})(?:er|\.|º|°)(?=\s)", r"\1", regex=True)  # "1er mars", "1. März"
    return out.str.replace(r"\s+", " ", regex=True).str.strip()


# Excel's serial dates (days since 30 Dec 1899) from 1954 to 2119: a date column saved from a spreadsheet whose
# cells were formatted as numbers ("45352" for 1 Mar 2024).
EXCEL_SERIALS = (20_000, 80_000)


def to_utc(values: pd.Series, options: LoadOptions, *, dayfirst: bool = False) -> pd.Series:
    """Parse timestamps of any common form into UTC; naive ones are read in options.timezone (default UTC).

    Numbers are read as Unix epoch seconds (or milliseconds when they are that large), or where every one lies
    in `EXCEL_SERIALS`, as the days of Excel's serial dates (fractions are the time of day). A value no parser reads
    is read from the date written within it, where it holds one ("Reviewed in the United States on March 5,
    2023").
    """
    out = _to_utc(values, options, dayfirst=dayfirst)
    text = pd.Series(values, index=out.index).astype("string")
    missed = out.isna() & text.notna() & text.str.strip().ne("")
    if missed.any():  # month names in another language
        english = english_months(text[missed])
        changed = english.ne(text[missed].str.strip())
        if changed.any():
            out = out.copy()
            out[changed[changed].index] = _to_utc(english[changed], options, dayfirst=dayfirst)
            missed = out.isna() & text.notna() & text.str.strip().ne("")
    if missed.any():
        found = text[missed].str.extract(DATE_IN_WORDS, expand=False)
        found = found.str.replace(r"(?<=\d)(?:st|nd|rd|th)\b", "", regex=True)  # "March 5th" -> "March 5"
        if found.notna().any():
            out = out.copy()
            out[found.index] = _to_utc(found, options, dayfirst=dayfirst)
    return out


def _to_utc(values: pd.Series, options: LoadOptions, *, dayfirst: bool = False) -> pd.Series:
    s = pd.Series(values)
    if s.empty:
        return pd.Series(pd.to_datetime(s, utc=True), index=s.index)
    numeric = pd.to_numeric(s, errors="coerce")
    if numeric.notna().all() and (numeric > 1e8).all():
        unit = "ms" if numeric.median() > 1e11 else "s"
        return pd.to_datetime(numeric, unit=unit, utc=True)
    if numeric.notna().all() and numeric.between(*EXCEL_SERIALS).all():  # a date cell saved as its number
        days = pd.to_datetime(numeric, unit="D", origin="1899-12-30")
        return days.dt.tz_localize(options.timezone or "UTC", ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    text = s.astype("string").str.strip().str.replace(GMT_OFFSET, _iso_offset, regex=True)
    text = text.str.replace(ZONE_NAME, lambda m: " " + ZONE_OFFSETS[m.group(1)], regex=True)
    try:
        parsed = pd.to_datetime(text, format="mixed", dayfirst=dayfirst, errors="coerce", utc=False)
    except (ValueError, TypeError):  # different UTC offsets in one column
        if options.timezone is None:
            return pd.to_datetime(text, format="mixed", dayfirst=dayfirst, errors="coerce", utc=True)
        parsed = pd.Series(object, index=s.index, dtype=object)
    if isinstance(parsed.dtype, pd.DatetimeTZDtype):
        return parsed.dt.tz_convert("UTC")
    if parsed.dtype == object:  # a mix of aware and naive values: parse one by one
        return text.map(lambda v: _one_utc(v, options.timezone, dayfirst)).astype("datetime64[ns, UTC]")
    return parsed.dt.tz_localize(options.timezone or "UTC", ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")


def _one_utc(value: object, tz: str | None, dayfirst: bool) -> pd.Timestamp:
    ts = pd.to_datetime(value, dayfirst=dayfirst, errors="coerce")
    if ts is pd.NaT or pd.isna(ts):
        return pd.NaT
    return ts.tz_convert("UTC") if ts.tzinfo else ts.tz_localize(tz or "UTC").tz_convert("UTC")


def rejected_frame(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Rejected rows as a table: where in the file, why, and the raw content kept for inspection."""
    return pd.DataFrame(rows, columns=REJECTED_COLUMNS, dtype="string")


def result(records: list[dict], path: Path, rejected: list[tuple[str, str, str]] | None = None,
           rows_read: int | None = None, notes: list[str] | None = None) -> LoadResult:
    """Build a LoadResult from message dicts (canonical keys; `metadata` may be a dict)."""
    for r in records:
        r.setdefault(S.SOURCE, path.name)
        md = r.get(S.METADATA)
        if isinstance(md, dict):
            r[S.METADATA] = json.dumps({k: v for k, v in md.items() if v not in (None, "", [], {})},
                                       ensure_ascii=False, default=str) if md else None
    df = pd.DataFrame.from_records(records, columns=S.MESSAGE_COLUMNS) if records else S.empty_messages()
    return LoadResult(messages=S.conform(df), rejected=rejected_frame(rejected or []),
                      rows_read=len(records) + len(rejected or []) if rows_read is None else rows_read,
                      notes=notes or [])


def role_of(author: str | None, options: LoadOptions, default: str = "unknown") -> str:
    """brand if the researcher named this author as speaking for the brand, else the default."""
    if author is not None and author in options.brand_authors:
        return "brand"
    return default


# What an e-mail body carries below its author's own words: the e-mails it answers, quoted, and a signature.
QUOTE_HEADERS = [
    re.compile(r"^\s*On\b.{0,300}\bwrote:\s*$", re.S),  # Gmail/Apple: On <date>, <name> wrote:
    re.compile(r"^\s*Le\b.{0,300}\ba écrit\s*:\s*$", re.S),
    re.compile(r"^\s*Am\b.{0,300}\bschrieb\b.{0,100}:\s*$", re.S),
    re.compile(r"^\s*-{2,}\s*(Original Message|Forwarded message)\s*-{2,}", re.I),
]
# Outlook's quoted header block, known by the line after it too: its rule then "From:", its "From:" then "Sent:",
# "Date:" or "To:" (a review's "__________" before its "pros:", or "From: a happy customer", is the author's own)
QUOTE_BLOCKS = [
    re.compile(r"^\s*_{10,}\s+From:\s", re.I),
    re.compile(r"^\s*From:\s.+\s(?:Sent|Date|To|Subject):\s", re.I),
]
SIGNATURE_STARTS = [
    re.compile(r"^--\s?$"),
    re.compile(r"^\s*(Sent from my|Sent from Mail for|Get Outlook for)\b", re.I),
]


def strip_reply(text: str) -> str:
    """The new part of an e-mail body: quoted replies (> lines, 'On ... wrote:' and below) and signatures cut."""
    lines = text.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        two = line + " " + (lines[i + 1] if i + 1 < len(lines) else "")
        if out and (any(p.match(line) or (p is QUOTE_HEADERS[0] and p.match(two)) for p in QUOTE_HEADERS)
                    or any(p.match(two) for p in QUOTE_BLOCKS)):
            break
        if any(p.match(line) for p in SIGNATURE_STARTS):
            break
        if line.lstrip().startswith(">"):
            continue
        out.append(line)
    return "\n".join(out).strip()


def html_to_text(content: str | None) -> str:
    """Plain text from an HTML fragment (scripts and styles dropped, line breaks kept, entities decoded)."""
    if not content:
        return ""
    content = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", content)
    content = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>|</li\s*>", "\n", content)
    return html.unescape(re.sub(r"<[^>]+>", "", content)).strip()
