"""Languages as exports name them and as readers read them: ISO 639 codes, their English names, and an export's
own language column ("en", "en-US", "English", "eng") read as codes."""

from __future__ import annotations

import re

import pandas as pd

# Languages by their English names, for readers (the detector answers ISO 639 codes).
LANGUAGE_NAMES = {
    "ar": "Arabic", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "es": "Spanish",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "ms": "Malay", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sv": "Swedish", "th": "Thai",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
    "en": "English", "pcm": "Nigerian Pidgin", "sco": "Scots", "und": "undetermined: too short or unsure to tell",
    "zxx": "no words",
}

# What an export (Twitter's `lang`, a listening tool's Language) writes where it names no language: undetermined,
# no words, media or hashtags only, unknown. Such a message's language is detected as any other's.
NO_LANGUAGE = frozenset({"und", "zxx", "qme", "qht", "qam", "qct", "qst", "art", "unknown", "none", "n/a", "na",
                         "other", "undefined", "undetermined", "-", ""})

# ISO 639-2 codes an export may use for the commonest languages ("eng", "fre"), as their ISO 639-1 codes.
_THREE_LETTERS = {"eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "ita": "it",
                  "por": "pt", "nld": "nl", "dut": "nl", "jpn": "ja", "zho": "zh", "chi": "zh", "rus": "ru",
                  "ara": "ar", "kor": "ko", "tur": "tr", "pol": "pl", "swe": "sv", "dan": "da", "fin": "fi",
                  "nor": "no", "hin": "hi", "ind": "id", "tha": "th", "vie": "vi", "ukr": "uk", "ces": "cs",
                  "cze": "cs", "ell": "el", "gre": "el", "heb": "he", "hun": "hu", "ron": "ro", "rum": "ro"}
_BY_NAME = {name.lower(): code for code, name in LANGUAGE_NAMES.items() if code not in ("und", "zxx")}
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$")  # "en", "en-US", "zh_Hant_TW", "pt-br"


def _code(value: str) -> str | None:
    """One export value as an ISO 639-1 code ("en-US" -> "en", "English" -> "en", "fre" -> "fr"); "" where it says
    no language is named (`NO_LANGUAGE`); None where it is no language at all."""
    v = value.strip().lower()
    if v in NO_LANGUAGE:
        return ""
    named = _BY_NAME.get(re.sub(r"\s*\(.*\)$", "", v))  # "Chinese (Simplified)"
    if named:
        return named
    m = _CODE.match(v)
    if not m:
        return None
    code = m.group(1)
    return _THREE_LETTERS.get(code, code) if len(code) == 3 else code


def language_codes(values: pd.Series) -> pd.Series:
    """An export's language column as ISO 639-1 codes: NA where it names none (empty, "und", "unknown") or holds
    no language (then the detector decides), and the share of its filled values that read as languages in
    `.attrs["readable"]`."""
    raw = values.astype("string").str.strip()
    codes = {v: _code(v) for v in raw.dropna().unique()}
    read = raw.map(codes, na_action="ignore")
    filled = raw.notna() & raw.ne("")
    out = read.where(read.notna() & read.ne(""), pd.NA).astype("string")
    out.attrs["readable"] = float(read[filled].notna().mean()) if filled.any() else 0.0
    return out


def language_name(code: object) -> str:
    """A language code as a reader reads it: "en (English)", "und (undetermined ...)"; the code alone where its
    name is not known."""
    return f"{code} ({LANGUAGE_NAMES[code]})" if code in LANGUAGE_NAMES else str(code)
