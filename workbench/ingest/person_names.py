"""People's names in free text, found offline and masked as [NAME] (part of redaction).

No model and no download: name lists (workbench/models/names.json, built by scripts/make_name_lists.py from
Faker's person providers) and the words around a name. A capitalised word is a person's name when

- it is a known first name that is not also a common word ("Ayesha was so helpful", "thanks Priya"), and not
  where a place would stand ("stuck at Preston", "Wembley Park");
- it is any known name, common word or not, after words that introduce a person ("agent Mark", "spoke to
  Will", "Mr Price") or before a surname ("Grace Hopper");
- it follows "my name is", a role, a greeting or thanks ("my name is Xanthe", "rep Oyelaran", "thanks Yana"),
  and is no common, function or customer-service word ("thanks Team");
- it is a name the export itself gives an author ("Helen Brooks" of an e-mail's From: line).

A capitalised word right after a name goes with it unless it is a common or function word ("Ayesha Khalid"
-> "[NAME]"). Brand names are never masked.
Recall on planted names and the false masks on real messages are measured in docs/quality.md
(`benchmarks/quality.py names`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

PLACEHOLDER = "[NAME]"
NAMES_FILE = Path(__file__).resolve().parent.parent / "models" / "names.json"
UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # Latin letters, accented ones too ("Jürgen", "Zoë", "José")
WORD = re.compile(rf"(?<![\w@#\[])[{UPPER}][{LOWER}]+(?:['-][{UPPER}]?[{LOWER}]+)?(?![\w\]])")
# Words that introduce a person: any known name after them is one ("spoke to Will"), and after the strong ones
# any capitalised word that is not a common word is one ("my name is Xanthe").
STRONG_CUE = re.compile(r"(?:\bmy name is|\bmy name's|\bi am called|\bagent|\brep|\brepresentative|\badvis[eo]r|"
                        r"\bassociate|\bsupervisor|\bmanager|\bcolleague|\bemployee|\btechnician|\bdriver|\bcourier|"
                        r"\bmr\.?|\bmrs\.?|\bms\.?|\bmiss|\bdr\.?|\bherr|\bfrau|\bmonsieur|\bmadame|\bmme\.?|"
                        r"\bmlle\.?|\bje m'appelle|\bich heiße|\bich heisse)\s*[,:]?\s*$", re.I)
# After a greeting, thanks or "spoke to", an unknown capitalised word is a name too ("thanks Yana") unless it is
# a common, function or customer-service word ("thanks Team", "spoke to Customer Service").
ADDRESS_CUE = re.compile(r"(?:\bspoke (?:to|with)|\btalked (?:to|with)|\bspeaking (?:to|with)|\bchatted with|"
                         r"\bask(?:ed)? for|\bthanks?(?: you)?|\bthx|\bhi|\bhello|\bhey|\bdear|\bnamed)\s*[,:]?\s*$",
                         re.I)
WEAK_CUE = re.compile(r"(?:\bregards|\bcheers|\bcalled|\bthis is|\bi am|\bi'm|\bsigned|\btold|"
                      r"\bdanke|\bgrüße|\bgrüß|\bhallo|\bgracias|\bhola|\bsaludos|\bmerci|\bbonjour|\bgrazie|"
                      r"\bciao|\bobrigad[oa]|\bolá)\s*[,:]?\s*$", re.I)
# Languages whose common words the name lists know (English, and what a detector calls short English). In another
# a first name that is an ordinary word of that language is common too ("jedes Mal", "bis Morgen", "la luz").
NAME_LISTS_READ = frozenset({"en", "pcm", "sco", "und", "zxx"})
CARE_WORDS = frozenset(re.findall(r"\w+", """customer customers service services support team care help helpdesk
desk agent agents staff manager department billing sales tech technical account accounts guys everyone all folks
again so very much a lot god goodness"""))
# Where a capitalised word is more likely a place: after "in", "at", "to", "from"... or before "station",
# "airport", "park"... ("stuck at Preston", "Wembley Park"): no name there without a cue.
PLACE_BEFORE = re.compile(r"(?:\b(?:fly|flying|flew|flights?|trains?|trips?|tickets?|travel\w*|go|going|went|moved?|"
                          r"moving|back|drive|driving|get|getting|way|route) to|\b(?:in|at|from|via|near|into|towards?|"
                          r"around|outside|inside|visit(?:ing)?|between))\s*$", re.I)
PLACE_AFTER = re.compile(r"^\s*(?:station|airport|park|street|st|road|rd|city|terminal|mall|branch|store|centre|"
                         r"center|square|bridge|hospital|university|college|county|beach|lake|valley|line|"
                         r"language|time|zone)\b", re.I)


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]
    last: frozenset[str]
    common: frozenset[str]  # lower case: names that are also ordinary words, places, days or months


# Products called by a person's name ("Alexa says you got it wrong"): masked like a name that is also an ordinary
# word, only where a cue says a person is meant ("my daughter's friend, Mrs Alexa ...").
PRODUCT_NAMES = frozenset({"alexa", "siri", "cortana", "bixby"})


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    d = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    return NameLists(frozenset(d["first"]), frozenset(d["last"]), frozenset(d["common"]) | PRODUCT_NAMES)


def author_names(authors: Iterable[object]) -> frozenset[str]:
    """The capitalised words of authors' display names ("Helen Brooks" -> Helen, Brooks): masked wherever
    they stand in a text. Handles ("travelbug_anna") and e-mail addresses give none."""
    common = name_lists().common
    words = set()
    for a in authors:
        if isinstance(a, str) and "@" not in a and "_" not in a and " " in a.strip():
            words |= {w for w in WORD.findall(a) if len(w) >= 3 and w.lower() not in common}
    return frozenset(words)


def is_person(author: object) -> bool:
    """Whether an author reads as a person's display name: a first name the name lists know, then a surname
    or an initial ("Dana Ruiz", "Sam L."), with no handle's or address's marks and no care-account word ("Delta
    Assist" is an account, "Delta Ruiz" a person)."""
    if not isinstance(author, str) or re.search(r"[@_\d/]", author):
        return False
    words = author.split()
    if not 2 <= len(words) <= 3 or words[0] not in name_lists().first:
        return False
    rest = [w.strip(".").lower() for w in words[1:]]
    return all(re.fullmatch(r"[A-Z][\w'-]*\.?", w) for w in words[1:]) \
        and not any(w in CARE_WORDS or w in ACCOUNT_SUFFIXES for w in rest)


def is_first_name(author: object) -> bool:
    """Whether an author is a first name alone, capitalised, that the name lists know ("Sam", "Kim")."""
    return isinstance(author, str) and re.fullmatch(r"[A-Z][a-z'-]+", author.strip()) is not None \
        and author.strip() in name_lists().first


# An agent's display name that says whom they answer for: "Sam from Acme", "Sam at Acme", "Sam | Acme", "Sam @ Acme",
# "Sam - Acme", "Sam (Acme)", "Sam L. from Acme".
_AFFILIATED = re.compile(r"^([A-Z][\w'-]+)(?:\s+[A-Z]\.?)?\s*(?:\s(?:from|at|of|for)\s|\s?[|@–—-]\s?|\s\()\s*"
                         r"(?P<brand>[^()|@]{2,40}?)\)?\s*$")


def agent_affiliation(author: object) -> str | None:
    """The company an agent's display name says they answer for ("Acme" of "Sam from Acme", "Sam | Acme"), where
    the name begins with a first name the name lists know; None otherwise ("AcmeSupport", "Delta")."""
    if not isinstance(author, str):
        return None
    m = _AFFILIATED.match(author.strip())
    if m is None or m.group(1) not in name_lists().first:
        return None
    said = m.group("brand").strip()
    brand = re.sub(r"^the\s+|\s+(?:team|support|care|help|customer service|customer care)$", "", said, flags=re.I)
    return brand.strip() or None


# What care accounts put around a brand's name: AskPlayStation, Uber_Support, SpotifyCares, comcastcares.
_ACCOUNT_PREFIX = re.compile(r"^(?:Ask_?|ask_|ASK_?|(?:Help|Team)(?=[A-Z_])_?|(?:help|team)_)(?=.{3})")
ACCOUNT_SUFFIXES = ("support", "cares", "care", "helps", "help", "assist", "team", "official", "hq")
_ACCOUNT_SUFFIX = re.compile(r"[_.-]?(?:" + "|".join(ACCOUNT_SUFFIXES) + r")$", re.I)


# "Ask" run on before a name, in any case ("AskTarget", "ask_wellsfargo"), but not an English word ("askew").
_ASK_ACCOUNT = re.compile(r"^ask_?(?!ed|er|ew|ing|ance|s(?:$|_))\w{3,}$", re.I)


def care_account(handle: str) -> bool:
    """Whether a handle reads as a company's care account: a name of three letters or more with "support",
    "help", "cares" and the like run on ("AirAsiaSupport", "comcastcares"), or with "Ask" before it
    ("AskTarget", "Ask_WellsFargo"). Case does not matter: handles are compared in lower case."""
    handle = handle.strip().lstrip("@")
    return (bool(_ACCOUNT_SUFFIX.search(handle)) and len(_ACCOUNT_SUFFIX.sub("", handle)) >= 3) \
        or bool(_ASK_ACCOUNT.match(handle))


def account_name(handle: str) -> str:
    """The brand's own name in a care account's handle: "AskPlayStation" -> "PlayStation", "Uber_Support" ->
    "Uber", "British_Airways" -> "British Airways", "comcastcares" -> "comcast"; a name with no such affix
    as it is. Never shorter than three letters (then the handle is returned)."""
    name = re.sub(r"[_.-]", " ", _ACCOUNT_SUFFIX.sub("", _ACCOUNT_PREFIX.sub("", handle.strip()))).strip()
    return name if len(name) >= 3 else handle.strip()


# What a brand's account adds to its name ("AlaskaAir", "British_Airways", "XboxSupport", "AskPlayStation").
ACCOUNT_WORDS = ("", "air", "airlines", "airways", "support", "cares", "care", "help", "helps", "assist", "team",
                 "official", "hq", "uk", "us", "usa", "app")


def company_accounts(brands: pd.Series, shortest: int = 3) -> dict[str, str]:
    """Accounts of one company under its name, where a brand column holds both (a social tool's "Account" of
    Acme, AcmeHelp and acme.uk): each value that is another value with "ask" or "team" before it or account
    words (`ACCOUNT_WORDS`) after it -> that other value (a name of `shortest` letters or more)."""
    counts = brands.dropna().astype(str).value_counts()
    keys: dict[str, str] = {}
    for value in counts.index:  # most frequent first: a company's name as written most often
        keys.setdefault(re.sub(r"[\W_]+", "", value).lower(), value)
    words = sorted((w for w in ACCOUNT_WORDS if w), key=len, reverse=True)

    def stems(key: str) -> set[str]:
        cut = {key[len(p):] for p in ("ask", "team") if key.startswith(p)}
        cut |= {key[:-len(w)] for w in words if key.endswith(w)}
        return cut | {c[:-len(w)] for c in cut for w in words if c.endswith(w)}  # "acmesupportuk"
    out = {}
    for value in counts.index:
        key = re.sub(r"[\W_]+", "", value).lower()
        name = next((keys[k] for k in sorted(stems(key), key=len, reverse=True)
                     if len(k) >= shortest and k in keys), None)
        if name is not None and name != value:
            out[value] = name
    return out


def brand_words(brands: Iterable[object]) -> frozenset[str]:
    """Lower-case words of brand names and accounts ("Delta Air Lines", "AmericanAir" -> delta, air, lines,
    american, americanair; "AskPlayStation" -> also playstation): never masked as a person's name."""
    words = set()
    for b in brands:
        if isinstance(b, str):
            words |= {b.lower(), account_name(b).lower()}
            words |= {p.lower() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", b) if len(p) > 2}
    return frozenset(words)


def mask_names(text: str, keep: frozenset[str] = frozenset(), known: frozenset[str] = frozenset(),
               language: str | None = None) -> str:
    """`text` with people's names replaced by [NAME]. `keep`: lower-case words never masked (brand names and
    handles); `known`: names the export gives its authors; `language`: the text's (ISO 639-1), where known: in
    a language outside `NAME_LISTS_READ` a name that is an ordinary word of that language counts as a common word
    (`common_in`: "jedes Mal" stays, "Jürgen war freundlicher" is masked)."""
    if not text or not any(c.isupper() for c in text):
        return text
    lists = name_lists()
    other_language = isinstance(language, str) and language not in NAME_LISTS_READ  # NA: not known
    words = list(WORD.finditer(text))
    masked: list[tuple[int, int]] = []
    skip_next = False
    for i, m in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        w = m.group()
        lower = w.lower()
        if lower in keep or PLACE_AFTER.match(w):  # a brand, or "Park" of "Wembley Park"
            continue
        before = text[max(0, m.start() - 24):m.start()]
        nxt = words[i + 1] if i + 1 < len(words) else None
        adjacent = nxt is not None and text[m.end():nxt.start()] == " " and nxt.group().lower() not in keep
        surname_next = adjacent and (nxt.group() in lists.last or nxt.group() in known)
        named = w in lists.first or w in lists.last
        common = lower in lists.common or (other_language and named and common_in(language, lower))
        strong = STRONG_CUE.search(before) is not None
        addressed = ADDRESS_CUE.search(before) is not None
        cued = strong or addressed or WEAK_CUE.search(before) is not None
        place_after = PLACE_AFTER.match(text[m.end():m.end() + 16]) is not None
        placed = place_after or PLACE_BEFORE.search(before) is not None
        person = not (place_after and not cued) and (
            w in known
            or (w in lists.first and not common and not placed)
            or (named and cued)
            or ((strong or addressed) and not common and lower not in CARE_WORDS
                and lower not in _function_words())
            or (w in lists.first and surname_next)
        )
        if not person:
            continue
        end = m.end()
        if adjacent and (surname_next or _could_be_surname(nxt.group(), lists)):
            end = nxt.end()  # "Ayesha Khalid", "my name is Xanthe Oyelaran": one name
            skip_next = True
        masked.append((m.start(), end))
    if not masked:
        return text
    out, pos = [], 0
    for start, end in masked:
        out += [text[pos:start], PLACEHOLDER]
        pos = end
    return "".join(out) + text[pos:]


def common_in(language: str, word: str) -> bool:
    """Whether a lower-case word is an ordinary word of a language: a word form simplemma's dictionary of it
    holds in lower case ("mal", "morgen" in German; its names, "jürgen", "anna", it holds capitalised only). A
    language it has no dictionary for: every word counts as common, so a name there needs a cue."""
    words = _dictionary(language)
    return words is None or word in words


@lru_cache(maxsize=8)
def _dictionary(language: str):
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    try:
        return DefaultDictionaryFactory().get_dictionary(language)
    except ValueError:  # a language simplemma has no dictionary for
        return None


def _could_be_surname(word: str, lists: NameLists) -> bool:
    """A capitalised word after a first name that is no common word, place or function word."""
    lower = word.lower()
    return lower not in lists.common and lower not in _function_words()


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)
