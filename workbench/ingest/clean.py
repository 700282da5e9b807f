"""Hygiene before anything is analysed: normalise text, drop empties, retweets and duplicates (each counted and
kept for inspection), detect language offline, and redact personal data.

Pure functions from tables to tables; the workspace decides what is already stored.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from tqdm.auto import tqdm

from workbench import schema as S
from workbench.ingest.formats.base import norm
from workbench.ingest.person_names import ACCOUNT_WORDS, author_names, brand_words, care_account, mask_names

URL = re.compile(r"https?://\S+|www\.\S+", re.I)
# "@brand", also ".@brand" (the public-reply convention) and an Instagram or TikTok handle's lower-case dotted
# parts ("@tina.t", "@acme.uk"; not the sentence's full stop after "@AcmeHelp.")
MENTION = re.compile(r"(?<![\w@])@(\w{1,30}(?:\.[a-z0-9_]{1,30})*)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
# Not inside a longer run of digits and dashes: an order number ("113-2345678-4118645") is no phone number.
PHONE = re.compile(r"(?<![\w+])(?<!\d-)(?:\+\d[\d\s().-]{6,18}\d|\(?\d{2,5}\)?[\s.-]\d{2,4}[\s.-]?\d{2,4}(?:[\s.-]"
                   r"\d{2,4})?|\d{10,11})(?![\w]|-\d)")
STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|"
          r"Square|Sq|Crescent|Highway|Hwy|Parkway|Pkwy)")
ADDRESS = re.compile(rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){{1,3}}{STREET}\b\.?", re.M)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")  # UK postcodes
# German and French street addresses ("Hauptstraße 12", "12 rue de la Paix") and a 5-digit postcode with its
# town ("10115 Berlin", "75002 Paris").
ADDRESS_EU = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm)\s+\d{1,4}[a-z]?\b"
    r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|allée|place|chemin|impasse|quai|cours)\s+"
    r"(?:(?:de|du|des|la|le|l'|d')\s*)*[A-ZÉ][\w'-]+(?:\s[A-ZÉ][\w'-]+)?"
    r"|\b\d{5}\s+[A-ZÄÖÜÉ][a-zäöüßéèêàç]{2,}(?:[\s-][A-ZÉ][a-zäöüßéèêàç]+)?\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
PHONE_RUN = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")  # where a phone number could be
PHONE_REGIONS = ("US", "GB", "FR", "DE", "ES", "IT", "NL", "BE", "CH", "AT", "IE", "CA", "AU", "IN")
WORD = re.compile(r"[^\W\d_]{2,}")

EMPTY, RETWEET, EXACT_DUP, NEAR_DUP = "empty text", "retweet", "exact duplicate", "near-duplicate"
NO_TEXT = frozenset({"nan", "none", "null", "undefined", "#n/a", "n/a", "#value!", "#ref!", "#name?"})


@dataclass(frozen=True)
class CleanOptions:
    """How hygiene runs. PII redaction is on unless the researcher turns it off."""

    redact: bool = True
    salt: str = ""  # secret of the workspace: customer pseudonyms are HMACs of their handles
    keep_handles: frozenset[str] = frozenset()  # @handles never redacted (brands), lower case
    detect_language: bool = True
    progress: bool = True  # progress bars on large tables (ingest shows one per file instead)


@dataclass
class Cleaned:
    messages: pd.DataFrame  # canonical, clean
    rejected: pd.DataFrame  # message_id, reason, detail, raw text, source (the file)
    vault: pd.DataFrame  # message_id, original author_id and text where redaction changed them


# ------------------------------------------------------------------------------------------ normalise
# Excel's escape of a character XML cannot hold ("Line one_x000D_" for a carriage return), which some workbooks'
# cells keep when read.
XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


# UTF-8 read as Windows-1252 or Latin-1 somewhere along an export's way ("youâ€™re", "cafÃ©"): a letter that
# opens a UTF-8 sequence followed by one that would continue it. Only texts that hold one go through ftfy.
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                      "\u02dc\u2013-\u203a\u20ac\u2122]")


def normalise_text(text: str) -> str:
    """Unicode NFC, UTF-8 that was read as Windows-1252 mended ("youâ€™re" -> "you’re", by `ftfy`), HTML
    entities decoded (&amp; -> &), Excel's _x000D_ escapes decoded, carriage returns as line breaks, control
    characters (a stray NUL of a damaged export) and spaces collapsed to one space, line breaks kept, ends
    stripped."""
    if MOJIBAKE.search(text):
        import ftfy

        text = ftfy.fix_encoding(text)
    t = unicodedata.normalize("NFC", html.unescape(text)) if "&" in text else unicodedata.normalize("NFC", text)
    if "_x" in t:
        t = XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), t)
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    t = re.sub(r"[ \t\u00a0\u200b\u200e\u202f\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+", " ", t)
    t = re.sub(r" ?\n ?", "\n", t)
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", t).strip()


def dedupe_key(text: str) -> str:
    """What near-duplicates share: the text lower-cased without URLs, @mentions, punctuation or spaces."""
    t = MENTION.sub(" ", URL.sub(" ", text.lower()))
    t = re.sub(r"[\W_]+", "", t)
    return hashlib.sha1(t.encode("utf-8")).hexdigest()[:16] if t else ""


# ------------------------------------------------------------------------------------------ language
@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, offline; 'und' when too short or too unsure to tell."""
    core = MENTION.sub(" ", URL.sub(" ", text))
    if len(WORD.findall(core)) < 2:
        return "und"
    lang, prob = _identifier().classify(core)
    return lang if prob >= 0.3 else "und"


# ------------------------------------------------------------------------------------------ redaction
def _luhn(digits: str) -> bool:
    total, alt = 0, False
    for d in reversed(digits):
        n = int(d) * 2 if alt else int(d)
        total += n - 9 if n > 9 else n
        alt = not alt
    return total % 10 == 0


def redact_text(text: str, keep_handles: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
                keep_words: frozenset[str] | None = None, language: str | None = None) -> str:
    """Replace e-mails, card numbers, phone numbers, street addresses, IBANs, private @handles and people's
    names with placeholders.

    URLs are left alone (their digits are ids, not phone numbers); brand handles in `keep_handles` stay, and
    so do the words of `keep_words` (lower case; default: the handles), e.g. brand names, when names are
    masked. `people`: names the export gives its authors, masked wherever they stand (person_names);
    `language`: the text's, where known (a first name alone is masked only in English: `mask_names`).
    """
    keep_words = keep_handles if keep_words is None else keep_words
    parts = URL.split(text)
    urls = URL.findall(text)
    out = []
    for i, part in enumerate(parts):
        part = EMAIL.sub("[EMAIL]", part)
        part = IBAN.sub(_iban, part)
        part = CARD.sub(lambda m: "[CARD]" if _luhn(re.sub(r"\D", "", m.group())) else m.group(), part)
        part = _national_phones(part)
        part = PHONE.sub(_phone, part)
        part = ADDRESS.sub("[ADDRESS]", part)
        part = ADDRESS_EU.sub("[ADDRESS]", part)
        part = POSTCODE.sub("[ADDRESS]", part)
        part = MENTION.sub(lambda m: m.group() if m.group(1).lower() in keep_handles else "@user", part)
        part = mask_names(part, keep_words, people, language)
        out.append(part)
        if i < len(urls):
            out.append(urls[i])
    return "".join(out)


def _iban(m: re.Match) -> str:
    from stdnum import iban

    return "[IBAN]" if iban.is_valid(m.group()) else m.group()


def _national_phones(text: str) -> str:
    """Phone numbers as each country writes them ("06 12 34 56 78", "030/12345678"), found by Google's
    libphonenumber (the `phonenumbers` package) for the countries customers most often write from; only
    texts with a run of seven digits or more (spaces, dots, dashes, slashes and brackets between them) are
    searched: the matcher is the slowest step of ingest."""
    if not any(sum(ch.isdigit() for ch in m.group()) >= 7 for m in PHONE_RUN.finditer(text)):
        return text
    import phonenumbers

    spans = set()
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            start = match.start + len(match.raw_string) - len(match.raw_string.lstrip())
            spans.add((start, match.end))
    for start, end in sorted(spans, reverse=True):
        if "[PHONE]" not in text[start:end]:
            text = text[:start] + "[PHONE]" + text[end:]
    return text


# A date, with the hour that may follow it ("2025-03-20 14" of "2025-03-20 14:27:00", "20.03.2025 14"): digits
# enough for a phone number, and none.
DATE_AND_HOUR = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:[\sT]\d{1,2})?")


def _phone(m: re.Match) -> str:
    digits = re.sub(r"\D", "", m.group())
    if DATE_AND_HOUR.fullmatch(m.group()) or DATE_AND_HOUR.fullmatch(m.group().strip("()")):
        return m.group()
    return "[PHONE]" if 9 <= len(digits) <= 15 else m.group()


# Column names that say a column holds personal data. "name" only as a person's name ("name", "Customer Name",
# "first_name", "username"): "Department Name" or "Product Name" name no one.
PERSONAL_KEY = re.compile(
    r"e-?mail|phone|mobile|\btel|address|street|post_?code|zip|iban|account_?n|surname|user_?name|latitude|"
    r"longitude|^\W*(?:(?:first|last|full|given|family|middle|customer|client|user|author|contact|display|sender|"
    r"recipient|reviewer|member|screen|real|nick|agent|person|profile)[\s_.-]*){0,2}name\W*$|"
    # the link to a person's profile or picture ("user.profile_url", "author.uri", "ownerProfilePicUrl")
    r"avatar|(?:user|author|reviewer|owner|customer)\W?\w*(?:url|uri|image|photo|pic)\W*$", re.I)


# Columns whose name says they hold a time, an id, a count or a product's or an order's number: a number there is
# no phone number (Talkwalker's "indexed" of 1418142229, a Unix time; a "Tweet Id"; a "Reach"; Amazon's "asin"
# of 0000013714; an "Order No"). Not a bare "Number" or "Contact No": that may be a phone's.
NUMBER_KEY = re.compile(r"(?:^|[\W_])(?:id|date|time|timestamp|millis|epoch|indexed|published|created|updated|count|"
                        r"reach|followers|following|engagement|likes|shares|impressions|score|asin|sku|isbn|ean|upc|"
                        r"gtin|version|(?:order|invoice|ticket|case|reference|ref|tracking|booking|confirmation|item|"
                        r"product|article|model|serial|po)[\W_]*(?:number|no|nr|num|code))(?:$|[\W_])", re.I)
NUMBER = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def _number_key(key: str) -> bool:
    """Whether a metadata key says its numbers are no phone numbers (`NUMBER_KEY`, on the name's words: an
    "orderNumber" too); once per key, not once per message."""
    return NUMBER_KEY.search(norm(key)) is not None


def redact_metadata(metadata: str | None, keep_handles: frozenset[str] = frozenset(),
                    people: frozenset[str] = frozenset(), keep_words: frozenset[str] | None = None) -> str | None:
    """The export's unmapped columns (JSON) with personal data masked: columns whose name says they hold it
    (email, phone, address, name, ...) become "[REDACTED]", every other text value is redacted like a message,
    but a plain number under a name that says time, id or count (`NUMBER_KEY`) is kept as it is."""
    if not isinstance(metadata, str) or not metadata:
        return metadata
    try:
        data = json.loads(metadata)
    except ValueError:
        return redact_text(metadata, keep_handles, people, keep_words)
    if not isinstance(data, dict):
        return metadata
    out = {k: "[REDACTED]" if PERSONAL_KEY.search(str(k)) and v not in (None, "") else
           v if isinstance(v, str) and _number_key(k) and NUMBER.fullmatch(v) else
           redact_text(v, keep_handles, people, keep_words) if isinstance(v, str) else v for k, v in data.items()}
    return json.dumps(out, ensure_ascii=False)


# What public data sets put where they removed a person's handle (SemEval's "@user", SXSW's "@mention"): every
# customer "addresses" it, and it is nobody, least of all a brand.
PLACEHOLDER_HANDLES = frozenset({"user", "mention"})

# A handle credited as a retweet's or quote's author ("RT @thehill: ...", "... via @techcrunch") is quoted, not
# addressed: forty retweets of one journalist's tweet are not forty customers writing to them.
CREDITED = re.compile(r"\b(?:RT|MT|via)\s*:?\s*\.?@\w+", re.I)
OPENING = re.compile(r"^(?:\s*\.?@\w+)*")  # the handles a message opens with ("@TeamCavuto @user @Apple")


def addressed_handles(df: pd.DataFrame, min_customers: int = 10, min_share: float = 0.01,
                      min_care: int = 3, min_opening: int = 7) -> frozenset[str]:
    """@handles that many customers write to (at least `min_customers` distinct authors and `min_share` of
    them; twice as many for an all-digit handle, a data set's anonymised account): a company's public account,
    not a person, so it is kept when handles are redacted. A handle that opens the messages of at least
    `min_opening` distinct customers and half `min_share` of them ("@VirginTrains is the 10:05 running?", the way
    a customer writes to a brand) is one too; named further on ("ask @bob"), a handle needs the first count. A
    handle that reads as a care account (`care_account`: "AirAsiaSupport") needs only `min_care` writers, so a
    small export's brands are kept too. A handle credited as a retweet's author ("RT @thehill:") is not
    addressed. A message with no author (exports that name none, as many tweet collections) counts as its own
    writer."""
    private = df[df[S.AUTHOR_ROLE] != "brand"]
    if private.empty:
        return frozenset()
    writer = private[S.AUTHOR_ID].astype(object).where(private[S.AUTHOR_ID].notna(),
                                                       pd.Series("\0" + private.index.astype(str), private.index))
    texts = private[S.TEXT].fillna("").str.replace(CREDITED, " ", regex=True)

    def writers(found: pd.Series) -> pd.Series:
        """Per handle (lower case), how many distinct writers wrote it."""
        handles = found.explode().dropna().str.lower()
        pairs = pd.DataFrame({"handle": handles.to_numpy(), "author": writer.loc[handles.index].to_numpy()})
        return pairs.drop_duplicates()["handle"].value_counts().drop(list(PLACEHOLDER_HANDLES), errors="ignore")

    counts = writers(texts.str.findall(MENTION))
    opening = writers(texts.str.extract(f"({OPENING.pattern})", expand=False).fillna("").str.findall(MENTION))
    authors = writer.nunique()
    needed = max(min_customers, min_share * authors)
    care = counts.index.map(care_account).to_numpy(bool)
    # an all-digit handle (an anonymised account) names no one a reader knows: twice the writers
    digits = counts.index.to_series().str.isdigit().to_numpy(bool)
    many = (counts >= needed).to_numpy() & (~digits | (counts >= 2 * min_customers).to_numpy())
    opened = opening[(opening >= max(min_opening, min_share / 2 * authors)) & ~opening.index.str.isdigit()]
    return frozenset(counts[many | (care & (counts >= min_care))].index) | frozenset(opened.index)


def brand_account_handles(df: pd.DataFrame) -> frozenset[str]:
    """@handles that spell a brand the export's brand column names: its name, with "ask" before it or an account
    word after it ("Alaska" -> @AlaskaAir, @AskAlaska; "British Airways" -> @British_Airways), however few
    customers write to it: a brand's account, not a person's."""
    brands = df[S.BRAND].dropna() if S.BRAND in df else pd.Series(dtype=str)
    names = {n for n in (re.sub(r"[\W_]+", "", str(b)).lower() for b in brands.unique()) if len(n) >= 3}
    if not names:
        return frozenset()
    handles = df.loc[brands.index, S.TEXT].fillna("").str.findall(MENTION).explode().dropna().str.lower().unique()
    accounts = {n + w for n in names for w in ACCOUNT_WORDS} | {"ask" + n for n in names}
    return frozenset(h for h in handles if h.replace("_", "") in accounts)


def kept_handles(df: pd.DataFrame, named: Iterable[str] = ()) -> frozenset[str]:
    """The @handles redaction keeps (lower case): those named, the brand's own accounts that answer, those many
    customers write to (`addressed_handles`) and those that spell a brand of the brand column."""
    own = df.loc[df[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].dropna().astype(str).str.lower()
    return (frozenset(h.lower() for h in named) | frozenset(own) | addressed_handles(df)
            | brand_account_handles(df))


def pseudonym(author: str, salt: str) -> str:
    """A stable pseudonym for a private person: same author, same workspace -> same id; not reversible."""
    return "person-" + hmac.new(salt.encode(), author.encode("utf-8"), hashlib.sha256).hexdigest()[:12]


# ------------------------------------------------------------------------------------------ pipeline
def _bool(mask: pd.Series) -> pd.Series:
    """A plain numpy-backed boolean mask (missing = False)."""
    return pd.Series(mask.to_numpy(dtype=bool, na_value=False), index=mask.index)


def _epoch_us(created: pd.Series) -> pd.Series:
    """UTC timestamps as whole microseconds since 1970, -1 where missing (how the store compares them)."""
    us = (created - pd.Timestamp("1970-01-01", tz="UTC")) // pd.Timedelta(microseconds=1)
    return us.fillna(-1).astype("int64")


def _among(existing):
    """`existing` (a collection, or a function that answers for given keys) as: which of these keys it holds."""
    if callable(existing):
        return existing
    pool = existing if isinstance(existing, (set, frozenset, dict)) else set(existing)
    if isinstance(pool, dict):
        return lambda keys: {k: pool[k] for k in keys if k in pool}
    return lambda keys: {k for k in keys if k in pool}


def clean(messages: pd.DataFrame, options: CleanOptions, *, existing_ids: Iterable[str] | Callable = (),
          existing_keys: Iterable[tuple[str, str]] | Callable = (),
          existing_sources: Mapping[tuple[str, int, str, str], tuple[str, str]] | Callable | None = None
          ) -> Cleaned:
    """Run the hygiene steps on canonical messages.

    `existing_ids`, `existing_keys` ((author_id, dedupe_key) pairs) and `existing_sources` ((export id, epoch
    microseconds, dedupe_key, author) -> (message_id, conversation_id)) are what the workspace already holds, so
    re-ingesting a file, or a later export that overlaps an earlier one (whatever the files are called), adds
    nothing twice; replies to a message stored before point at the stored one. Each may also be a function
    that answers for the keys of this table (`Store.known_ids`...), so nothing grows with the workspace.
    """
    df = messages.copy()
    rejected: list[pd.DataFrame] = []

    def reject(mask: pd.Series, reason: str, detail: pd.Series | str = "") -> None:
        if mask.any():
            rejected.append(pd.DataFrame({"message_id": df.loc[mask, S.MESSAGE_ID], "reason": reason,
                                          "detail": detail[mask] if isinstance(detail, pd.Series) else detail,
                                          "raw": df.loc[mask, S.TEXT], "source": df.loc[mask, S.SOURCE]}))

    df[S.TEXT] = df[S.TEXT].fillna("").map(normalise_text).astype("string")
    # Customers are known by a pseudonym from here on (also when comparing with what is stored).
    private_author = (df[S.AUTHOR_ROLE] != "brand") & df[S.AUTHOR_ID].notna()
    df["_author"] = df[S.AUTHOR_ID].astype("string")
    if options.redact:
        df.loc[private_author, "_author"] = [pseudonym(a, options.salt) for a in df.loc[private_author, S.AUTHOR_ID]]

    # what a spreadsheet or a dataframe wrote where a cell was empty ("nan" in 26,000 of Kaggle's Google Play
    # reviews, "#N/A", "null") is no text
    df[S.TEXT] = df[S.TEXT].mask(df[S.TEXT].str.strip().str.lower().isin(NO_TEXT), "")
    mask = _bool((df[S.TEXT].str.len() == 0) & df[S.RATING].isna())
    reject(mask, EMPTY, "no text and no rating")
    df = df[~mask]

    is_rt = _bool(df[S.TEXT].str.match(r"^RT @\w+:") | df[S.METADATA].fillna("").str.contains('"is_retweet": true'))
    reject(is_rt, RETWEET, "a retweet repeats someone else's message")
    df = df[~is_rt]

    seen = _among(existing_ids)(df[S.MESSAGE_ID].dropna().unique().tolist())
    dup = _bool(df[S.MESSAGE_ID].duplicated() | df[S.MESSAGE_ID].isin(seen))
    reject(dup, EXACT_DUP, df[S.MESSAGE_ID].isin(seen).map({True: "already in the workspace",
                                                             False: "repeated in the export"}))
    df = df[~dup]

    # The same export id, time, text and author as a stored message is that message, under another file's id.
    df["_key"] = df[S.TEXT].map(dedupe_key)
    identity = list(zip(df[S.SOURCE_ID], _epoch_us(df[S.CREATED_AT]), df["_key"], df["_author"].fillna(""),
                        strict=True))
    known = _among(existing_sources or {})([k for k in identity if isinstance(k[0], str)])
    stored = pd.Series([known.get(k) if isinstance(k[0], str) else None for k in identity], index=df.index,
                       dtype=object)
    again = _bool(stored.notna())
    reject(again, EXACT_DUP, "already in the workspace (same export id, time, text and author)")
    moved = dict(zip(df.loc[again, S.MESSAGE_ID], stored[again].str[0], strict=True))
    threads = dict(zip(df.loc[again, S.CONVERSATION_ID], stored[again].str[1], strict=True))
    df = df[~again]
    if moved:  # replies and threads of a message stored before join the stored one
        df[S.PARENT_ID] = df[S.PARENT_ID].map(lambda p: moved.get(p, p), na_action="ignore").astype("string")
        df[S.CONVERSATION_ID] = df[S.CONVERSATION_ID].map(lambda c: threads.get(c, c)).astype("string")

    # Near-duplicates: the same customer saying the same thing again (brand templates are real answers).
    df = df.sort_values([S.CREATED_AT, S.MESSAGE_ID], na_position="last", kind="stable")
    private = _bool((df[S.AUTHOR_ROLE] != "brand") & (df["_key"] != "") & df["_author"].notna())
    first = df[private].drop_duplicates(["_author", "_key"]).set_index(["_author", "_key"])[S.MESSAGE_ID]
    pairs = pd.MultiIndex.from_frame(df[["_author", "_key"]].fillna(""))
    kept_id = pd.Series(first.reindex(pairs).to_numpy(dtype=object), index=df.index, dtype=object)
    old = _among(existing_keys)(list({(a, k) for a, k, p in zip(df["_author"], df["_key"], private, strict=True)
                                      if p}))
    in_ws = pd.Series([(a, k) in old for a, k in zip(df["_author"], df["_key"], strict=True)], index=df.index)
    differs = pd.Series([isinstance(k, str) and k != m for k, m in zip(kept_id, df[S.MESSAGE_ID], strict=True)],
                        index=df.index)
    near = private & (differs | in_ws)
    detail = ("same author and text as " + kept_id.astype("string")).where(
        ~in_ws, "same author and text as a message already in the workspace")
    reject(near, NEAR_DUP, detail)
    repoint = dict(zip(df.loc[near & ~in_ws, S.MESSAGE_ID], kept_id[near & ~in_ws], strict=True))
    df = df[~near]
    if repoint:  # replies to a dropped duplicate now answer the message that was kept
        df[S.PARENT_ID] = df[S.PARENT_ID].map(lambda p: repoint.get(p, p), na_action="ignore").astype("string")
    df = df.drop(columns=S.TEXT_HASH).rename(columns={"_key": S.TEXT_HASH})

    if options.detect_language:
        todo = df[S.LANGUAGE].isna()
        texts = df.loc[todo, S.TEXT]
        quiet = not options.progress or len(texts) < 20000
        df.loc[todo, S.LANGUAGE] = [detect_language(t) for t in tqdm(texts, desc="language", unit="msg", disable=quiet)]

    vault = pd.DataFrame(columns=["message_id", "author_id", "text"])
    if options.redact:
        keep = kept_handles(df, options.keep_handles)
        # People's names: those the export gives its customers, and those the name detector finds; never a
        # brand's name (the brand column, brand accounts and the handles kept above).
        people = author_names(df.loc[df[S.AUTHOR_ROLE] != "brand", S.AUTHOR_ID].dropna().unique())
        words = keep | brand_words(set(df[S.BRAND].dropna()) | set(
            df.loc[df[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].dropna()) | set(options.keep_handles))
        people -= {w.title() for w in words}
        redacted = pd.Series([redact_text(t, keep, people, words, lang)
                              for t, lang in tqdm(zip(df[S.TEXT], df[S.LANGUAGE], strict=True), total=len(df),
                                                  desc="redact", unit="msg",
                                                  disable=not options.progress or len(df) < 20000)],
                             index=df.index, dtype="string")
        changed = (redacted != df[S.TEXT]) | (df["_author"] != df[S.AUTHOR_ID]).fillna(False)
        vault = df.loc[changed, [S.MESSAGE_ID, S.AUTHOR_ID, S.TEXT]].reset_index(drop=True)
        df[S.TEXT] = redacted
        df[S.AUTHOR_ID] = df["_author"]
        df[S.METADATA] = df[S.METADATA].map(lambda j: redact_metadata(j, keep, people, words)).astype("string")
        for r in rejected:  # what was set aside is stored too: redacted the same way
            r["raw"] = r["raw"].map(lambda t: redact_text(t, keep, people, words) if isinstance(t, str) else t)

    rej = (pd.concat(rejected, ignore_index=True) if rejected
           else pd.DataFrame(columns=["message_id", "reason", "detail", "raw", "source"]))
    df = df.drop(columns="_author").sort_index().reset_index(drop=True)
    return Cleaned(messages=S.conform(df), rejected=rej.astype("string"), vault=vault)
