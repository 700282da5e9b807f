"""Topic and theme names a researcher would write: 2-5 words from a topic's keyphrases, no two inflections of one
word, no swearing, never a keyword list (`topic_name`); a name unlike those already given (`distinct_name`), a
theme's name from what its topics share (`theme_name`) and a one-sentence description (`describe`)."""

from __future__ import annotations

import difflib
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

from workbench.analysis.topic_words import (
    ADMIRING,
    COURTESY,
    GENERIC,
    LINKS,
    NAMING_WORDS,
    PLACEHOLDER_WORDS,
    PREMODIFYING,
    WENT_WRONG,
    is_unnamed,
    profane,
)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word.lower(), lang="en")


def _same_word(a: str, b: str) -> bool:
    """Two inflections or derivations of one word (bag/bags, cancelled/cancellation, delay/delayed,
    followers/following), or a word
    and a longer one built on it (phone/iphone, mail/email, download/redownload): a label holding both says one
    thing twice."""
    a, b = a.lower(), b.lower()
    if _spelt_alike(a, b) or lemma(a) == lemma(b) or _american(a) == _american(b):
        return True  # "atm"/"atms": a plural the dictionary does not know; "customisable"/"customizable"
    if _clipped(a, b) or _clipped(b, a):
        return True
    n = min(len(a), len(b))
    if n >= 4 and a[: max(4, n - 2)] == b[: max(4, n - 2)] or len(os.path.commonprefix([a, b])) >= 8:
        return True  # "customizable"/"customization": a long stem
    short, long = sorted((lemma(a), lemma(b)), key=len)
    if len(short) >= 4 and long.endswith(short) or _stem(short) == _stem(long):
        return True
    if len(short) >= 3 and long in (short + "y", short + short[-1] + "y"):
        return True  # "bug"/"buggy", "glitch"/"glitchy": the adjective of the thing
    # One spelt wrong: a word the dictionary does not know, a letter or two from one it does ("warrenty")
    return (n >= 5 and bool(_parts_of_speech(a)) != bool(_parts_of_speech(b))
            and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)


_BRITISH = ((re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations|able|er|ers)$"), r"iz\1"),  # customise
            (re.compile(r"(?<=\w\w)ys(e|ed|es|ing|er|ers)$"), r"yz\1"),  # analyse
            (re.compile(r"(?<=\w\w)our(|s|ed|ing|ite|ites|able|ful)$"), r"or\1"),  # colour, favourite, behaviour
            (re.compile(r"(?<=\w\w)tre(|s)$"), r"ter\1"),  # centre
            (re.compile(r"(?<=\w\w\w[aeiou])ll(ed|ing|er|ers)$"), r"l\1"))  # cancelled, not filled


def _american(word: str) -> str:
    """A word in American spelling: "customisable" and "customizable", "colour" and "color", "cancelled" and
    "canceled", "centre" and "center" are one word written two ways (lower case)."""
    for pattern, letters in _BRITISH:
        word = pattern.sub(letters, word)
    return word


def _spelt_alike(a: str, b: str) -> bool:
    """The same letters, a plural's "s" or "es" aside (lower case)."""
    return a == b or b in (a + "s", a + "es") or a in (b + "s", b + "es")


def _clipped(short: str, long: str) -> bool:
    """Whether `short` is a clipping of `long` ("dev"/"developer", "pics"/"picture", "info"/"information"): three
    letters or more the dictionary does not know, singular, that begin a word it does know, at least three
    letters longer (so "app" and "apple" stay two words)."""
    stem = short[:-1] if short.endswith("s") and len(short) > 3 else short
    return (len(stem) >= 3 and len(long) - len(stem) >= 3 and long.startswith(stem)
            and not _parts_of_speech(short) and bool(_parts_of_speech(long)))


def _stem(lemma: str) -> str:
    """A lemma without the ending that makes a verb a noun or a form of it: "follower" and "following" are both
    "follow", "printer" and "printing" "print" (at least four letters left)."""
    for ending in ("ers", "er", "ings", "ing", "ed"):
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 4:
            return lemma[: -len(ending)]
    return lemma


@lru_cache(maxsize=2**16)
def _parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech an English dictionary (`lemminflect`) knows `word` as; empty if it does not know it."""
    import lemminflect

    return frozenset(lemminflect.getAllLemmas(word.lower()))


@lru_cache(maxsize=2**14)
def misspelt(word: str) -> bool:
    """Whether `word` reads as a known word spelt wrong ("definately", "awsome", "shiping", "recieve"): five
    letters or more in lower case, unknown to the dictionary in American and British spelling alike, and a
    word it knows with a letter put back inside it, two letters inside it swapped, or one vowel inside it for
    another (in words of six letters or more: "admin" is no "admen", "fargo" no "forgo"): the slips people
    make. Never its first or last letter ("iphone" is no "phone", "gifs" no "gift"),
    nor a consonant changed or a letter too many, which would read "gmail" as "grail", "hotspot" as "hotshot"
    and "paypal" as "papal". A product's name ("Chromecast", "souvlaki", "subreddit") is no such word."""
    w = word.lower()
    if len(w) < 5 or not w.isalpha() or word != w or _parts_of_speech(w) or _parts_of_speech(_american(w)):
        return False
    letters, vowels = "abcdefghijklmnopqrstuvwxyz", "aeiou"
    near = ({w[:i] + c + w[i:] for i in range(1, len(w)) for c in letters}  # a letter missing
            | {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 2)}  # two letters swapped
            | {w[:i] + c + w[i + 1:] for i in range(1, len(w) - 1) if w[i] in vowels and len(w) >= 6
               for c in vowels})  # a vowel for another in a word of six letters or more: not "admin"/"admen"
    return any(_parts_of_speech(n) for n in near - {w})


@lru_cache(maxsize=2**16)
def _names_something(word: str) -> bool:
    """Whether `word` can name a need or a problem on its own: a noun, an adjective or a past participle
    ("refund", "late", "delayed"), or a word an English dictionary does not know (a product name, "app").
    Adverbs and verbs in -ing, in their base form or in -s name nothing ("hopefully", "stating", "knows")."""
    import lemminflect

    pos = _parts_of_speech(word)
    if not pos:
        return not misspelt(word)
    if {"NOUN", "PROPN", "ADJ"} & pos:
        return True
    w = word.lower()
    past = {f for lem in lemminflect.getAllLemmas(w).get("VERB", ())  # "delayed", "lost", "broken"; not "knows"
            for tag, forms in lemminflect.getAllInflections(lem, upos="VERB").items() if tag in ("VBN", "VBD")
            for f in forms}
    return w in past


def _inflected_verb(word: str) -> bool:
    """Whether `word` can be a verb's inflected form ("fits", "charged"): it says what something does, where a
    name wants what it is ("skirt fits" is a clause, "toilet paper" a name)."""
    import lemminflect

    verbs = lemminflect.getAllLemmas(word.lower()).get("VERB", ())
    return bool(verbs) and word.lower() not in verbs


def _written_apart(words: Sequence[str], parts: Sequence[str], phrases: Sequence[str] = ()) -> bool:
    """Whether a phrase's words run together are a word of the name's parts, a part's words run together are
    one of the phrase's ("lap top" and "laptop"), or a word of the phrase is a piece of a phrase of the topic
    that runs together into a word of the name ("lap" of "lap top", beside "laptop")."""
    def same(squashed: str, word: str) -> bool:
        return _spelt_alike(squashed, word.lower())

    said = [w for part in parts for w in part.split()]
    pieces = [q.lower().split() for q in phrases if len(q.split()) > 1]
    return ((len(words) > 1 and any(same("".join(words).lower(), w) for w in said))
            or any(len(part.split()) > 1 and any(same("".join(part.split()).lower(), w) for w in words)
                   for part in parts)
            or any(w.lower() in q and any(same("".join(q), x) for x in said) for q in pieces for w in words))


def word_bag(phrase: str) -> tuple[str, ...]:
    """A phrase's words in any order: "access provide" and "provide access" are one bag."""
    return tuple(sorted(phrase.split()))


def repeats_a_word(phrase: str) -> bool:
    """Whether a phrase holds one word twice, in any inflection ("flight flight", "flight flights")."""
    words = phrase.lower().split()
    return any(_same_word(a, b) for i, a in enumerate(words) for b in words[i + 1:])


def is_noun(word: str) -> bool:
    """Whether `word` can be a noun by an English dictionary, or is unknown to it (a product)."""
    pos = _parts_of_speech(word)
    if word.lower() in NAMING_WORDS:  # nouns the dictionary knows only otherwise: a top (a garment), a bill
        return True
    return word.lower() not in GENERIC and (not pos and not misspelt(word) or bool({"NOUN", "PROPN"} & pos))


def export_wide_words(keyphrases: Sequence[Sequence[str]], share: float = 0.4, top: int = 10) -> frozenset[str]:
    """The lemmas that stand in the first `top` keyphrases of at least `share` of the topics (and of three or
    more): the export's own subject ("flight" in an airline's export, "order" in a shop's), which tells one
    topic from another no better than the brand's name does."""
    if len(keyphrases) < 3:
        return frozenset()
    counts = Counter(base for phrases in keyphrases
                     for base in {lemma(w) for p in phrases[:top] for w in p.split()})
    need = max(3, int(np.ceil(share * len(keyphrases))))
    return frozenset(base for base, n in counts.items() if n >= need)


@lru_cache(maxsize=1)
def _praise_words() -> frozenset[str]:
    """Courtesy, praise and emphasis: VADER's words of valence above 1.5 ("pretty", "cute", "perfectly") and its
    intensifiers ("absolutely"). A phrase of only these says how a customer feels, not what about ("pretty and
    cute" named a topic of dress reviews). Words of complaint are not among them: "lost", "broken", "failed"
    name the problem."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    from workbench.analysis.sentiment import vader_analyzer

    lexicon = vader_analyzer().lexicon
    return frozenset(w for w, v in lexicon.items() if v > 1.5 and w.isalpha()) | frozenset(BOOSTER_DICT) | COURTESY


def _untoned(phrase: str) -> str:
    """A keyphrase without the praise before what it names: "beautiful skirt" -> "skirt", "love jacket" ->
    "jacket", where a noun remains ("love it" stays as it is)."""
    words = phrase.split()
    n = 0
    while n < len(words) - 1 and words[n].lower() in ADMIRING:
        n += 1
    rest = words[n:]
    return " ".join(rest) if n and any(is_noun(w) for w in rest) else phrase


def _chained(word: str, bridges: set[str], taken: set[str]) -> list[str]:
    """`word` with the words that two-word phrases of its topic join to it on either side, as long as each
    joins one way only and is new to the name: "sandwich" with "cream sandwich" and "ice cream" is "ice cream
    sandwich"."""
    chain = [word.lower()]
    for _ in range(3):
        before = [p.split()[0] for p in bridges if p.split()[1] == chain[0]]
        after = [p.split()[1] for p in bridges if p.split()[0] == chain[-1]]
        if len(before) == 1 and before[0] not in taken | set(chain):
            chain.insert(0, before[0])
        elif len(after) == 1 and after[0] not in taken | set(chain):
            chain.append(after[0])
        else:
            break
    return chain


def topic_name(phrases: Sequence[str], max_words: int = 5, nouns: bool = True,
               wide: frozenset[str] = frozenset(), written: Callable[[str], bool] | None = None,
               as_thing: Callable[[str], bool] | None = None) -> str:
    """A 2-5 word name from a topic's keyphrases, best first: the first phrase, then the next phrases that add a
    word that is no inflection of a word already in the name, joined by "and" ("lost luggage and claim" from
    "lost luggage, lost bags, luggage claim"); two single words that one of the phrases holds together are named
    by that phrase ("fast delivery", not "fast and delivery"), and a phrase that holds the first one's words and
    more names it instead ("lost luggage" after "luggage"); two phrases that a third joins end to end are one
    ("android ice cream sandwich" from "android ice", "cream sandwich" and "ice cream"); a word of the name that
    the one phrase of two holding it says more fully is named by that phrase ("toilet paper and sellers", not
    "paper and sellers"; not by a verb's form: "skirt fits"). No two inflections of one
    word; never a keyword list; no
    swearing. Phrases with a word beyond courtesy, praise (`_praise_words`) and the export-wide ones (`wide`, lemmas:
    `export_wide_words`) come first, then phrases holding a noun (or, among the first two, a word saying what
    went wrong: "hacked", `WENT_WRONG`); each phrase of the name holds a word that
    names something
    (`_names_something`): "hopefully" or "stating" alone name no need (where no phrase has one, the name is
    made without that rule). `written`: whether the topic's messages write a phrase; where given, phrases are
    joined end to end only into one they write ("bank transfer" and "money" stay apart: "bank transfer money"
    is written by nobody). `as_thing`: whether the topic's messages use a word as a thing (`used_as_thing`); where
    given, a word they use as a verb or a modifier is no part of the name after the first ("credit inquiries and
    hard" of "hard inquiries", "late payments and set" of "set up")."""
    phrases = list(dict.fromkeys(_untoned(p) for p in phrases))

    def writes(joined: Sequence[str]) -> bool:
        return written is None or written(" ".join(joined))

    words: list[str] = []
    parts: list[str] = []
    # Phrases that tell this topic from the others first ("delayed flight" before "flights" in an airline's
    # export, "free drinks" before "welcome"), then phrases with a noun (in their order): a topic is named by
    # what it is about, "dryer" before "comfy".
    tone = _praise_words()
    bridges = {p.lower() for p in phrases if len(p.split()) == 2}  # two words a phrase of the topic joins

    def says_nothing_apart(p: str) -> bool:
        return all(lemma(w) in wide or w.lower() in tone for w in p.split())

    length = 0  # words in the name, "to" of "failed to load" included
    lead = phrases[:2]

    def about_something(p: str) -> bool:  # a noun, or one of the topic's first words naming what went wrong
        return any(is_noun(w) for w in p.split()) or p in lead and any(w.lower() in WENT_WRONG for w in p.split())

    for p in sorted(phrases, key=lambda p: (says_nothing_apart(p), not about_something(p))):
        every = [w for w in p.split() if w]
        ws = [w for w in every if w.lower() not in LINKS]  # what the phrase names ("failed", "load")
        if parts and says_nothing_apart(p) and not says_nothing_apart(parts[0]):
            break  # a name has been found: feelings and the export's subject add nothing to it
        new = [w for w in ws if not any(_same_word(w, x) for x in words)]
        generic = all(w.lower() in GENERIC for w in ws) or any(re.search(r"(.)\1\1", w) for w in ws)  # "sooo"
        generic |= any(profane(w) or misspelt(w) for w in ws)  # "shiping address" is no name to print
        generic |= len(ws) > 1 and ws[-1].lower() in PREMODIFYING  # "crashes multiple": cut from "... times"
        if (len(parts) == 1 and not generic and len(every) <= 3 and 0 < len(new) == len(ws) - len(words)
                and len(set(map(lemma, ws))) == len(ws) and not any(w.lower() in tone for w in new)
                and all(any(_same_word(w, x) for x in ws) for w in words)):
            parts, words, length = [" ".join(every)], ws, len(every)  # "lost luggage" says more than "luggage"
            continue
        if not ws or generic or len(new) < len(ws) or len(set(map(lemma, ws))) < len(ws):
            continue  # names nothing, repeats a word the name has, or a word twice ("flight flights")
        if _written_apart(ws, parts, phrases):
            continue  # a word the name has, written in two ("lap top" beside "laptop")
        if nouns and not any(_names_something(w) for w in ws if w.lower() not in GENERIC):
            continue  # an adverb or a bare verb alone ("hopefully", "stating")
        if words and length + len(every) > max_words:
            continue
        if len(parts) == 1 == len(words) == len(every):  # two words a phrase of the topic joins: "fast delivery"
            pair = sorted(w.lower() for w in (*words, *ws))
            joined = next((q for q in phrases if sorted(q.lower().split()) == pair), None)
            if joined is not None:
                parts, words, length = [joined], words + ws, 2
                continue
        if len(every) == 1:  # a word the topic's phrases hold in a longer name ("sandwich": "ice cream sandwich")
            chain = _chained(every[0], bridges, {w.lower() for w in words})
            if len(chain) >= 3 and length + len(chain) <= max_words and writes(chain):
                every = ws = chain
        last = parts[-1].split() if parts else []
        if (last and length + len(every) <= max_words and f"{last[-1]} {every[0]}".lower() in bridges
                and writes(last + every)):
            parts[-1] = " ".join(last + every)  # "android ice" and "cream sandwich", "ice cream" joins them
        elif (last and length + len(every) <= max_words and f"{every[-1]} {last[0]}".lower() in bridges
              and writes(every + last)):
            parts[-1] = " ".join(every + last)
        elif parts and len(every) == 1 and as_thing is not None and not as_thing(every[0]):
            if length >= 2:
                break  # "credit inquiries" says it: "hard" of "hard inquiries", "set" of "set up" add no thing
            continue
        else:
            parts.append(" ".join(every))
        words += ws
        length += len(every)
        if len(words) >= 2 and (len(parts) == 2 or length >= max_words - 1):
            break
    if not parts and nouns:
        return topic_name(phrases, max_words, nouns=False, wide=wide, written=written, as_thing=as_thing)
    for k, part in enumerate(parts):  # a word of the name said more fully by a phrase of two ("toilet paper")
        if " " in part or length >= max_words:
            continue
        holding = [q for q in phrases if len(q.split()) == 2 and part.lower() in q.lower().split()]
        longer = holding[0] if len(holding) == 1 else None  # not where phrases extend it two ways
        if longer is not None and not says_nothing_apart(longer) and len({lemma(w) for w in longer.split()}) == 2 \
                and all(w.lower() not in GENERIC | tone and not profane(w) and _names_something(w)
                        and not _inflected_verb(w)
                        and not any(_same_word(w, x) for x in words)
                        for w in longer.split() if w.lower() != part.lower()) \
                and not _written_apart(longer.split(), parts[:k] + parts[k + 1:]):
            parts[k] = longer
            words += [w for w in longer.split() if w.lower() != part.lower()]
            length += 1
    return " and ".join(parts)


def distinct_name(words: Sequence[str], used: set[str], wide: frozenset[str] = frozenset(),
                  written: Callable[[str], bool] | None = None, as_thing: Callable[[str], bool] | None = None,
                  or_numbered: bool = True) -> str:
    """`topic_name` of a topic's keyphrases, unlike the names already given: where it repeats one, the phrases
    of that name are passed over in turn until the name is new (two topics both called "true size and big"
    become "true size and big" and "size fit and runs large"); the same phrases in another order repeat it too
    ("refund and subscription" after "subscription and refund"), and so do its phrases inflected otherwise
    ("twitter and tweets" after "twitter and tweet": a reader sees one name twice) and a name whose words are all
    in another's, or the other way round ("error and connection" beside "error code and connection"). A name
    that `as_thing` shortened and that repeats one is given as it was before shortening where that is new. Where
    no name is new, the first one numbered ("fit and size (2)"), or "" without `or_numbered`."""
    def lemmas(name: str) -> frozenset[str]:
        return frozenset(lemma(w) for w in name.replace(" and ", " ").split() if w not in LINKS)

    taken = [lemmas(u) for u in used]

    def repeats(name: str) -> bool:  # the words of a name given, or of one within it or around it
        own = lemmas(name)
        return any(own <= other or other <= own for other in taken)

    first = name = topic_name(words, wide=wide, written=written, as_thing=as_thing)
    if as_thing is not None and name and repeats(name):  # "company newsletter subscription" is taken: "... and
        told = topic_name(words, wide=wide, written=written)  # corporate" tells the topic apart where nothing else does
        if told and not repeats(told):
            return told
    skipped: set[str] = set()
    for _ in range(len(words)):  # each turn passes over at least one phrase
        if not name or not repeats(name):
            break
        skipped |= set(name.split(" and "))
        name = topic_name([w for w in words if w not in skipped and _untoned(w) not in skipped], wide=wide,
                          written=written, as_thing=as_thing)
    else:
        name = "" if name and repeats(name) else name
    if name or not first or not or_numbered:  # new, or no name at all
        return name
    return numbered(first, used)


def numbered(name: str, used: set[str]) -> str:
    """`name` with the first number from 2 that no name in `used` has: "fit and size (2)"."""
    return next(f"{name} ({n})" for n in range(2, len(used) + 3) if f"{name} ({n})" not in used)


def naming_phrases(topics: pd.DataFrame, topic_id: int) -> list[str]:
    """A topic's keywords as its customers write them (`phrases`: "forgot password", where the vocabulary's
    "email forgot" joined words that stood apart is left out); its keywords in a table saved before that
    column."""
    column = "phrases" if "phrases" in topics.columns and str(topics.loc[topic_id, "phrases"] or "") else "keywords"
    return [w for w in str(topics.loc[topic_id, column]).split(", ") if w]


def _says_only(phrase: str, wide: frozenset[str]) -> bool:
    """Whether a phrase is made only of the export's subject ("flight" in an airline's export) and of courtesy
    and praise ("appreciate", which two topics of thanks and complaints shared): no theme name."""
    tone = _praise_words()
    return all(lemma(w) in wide or w.lower() in tone for w in phrase.split())


def _names_alike(a: str, b: str, one_within: bool = False) -> bool:
    """Whether two names hold the same words, in any inflection or order ("card and atm", "cards and ATMs"):
    a reader sees one name twice. With `one_within`, also where the words of one are all in the other ("phone"
    beside "phone and calls")."""
    def words(name: str) -> list[str]:
        return [w for w in name.lower().replace(" and ", " ").split() if w not in LINKS]

    x, y = words(a), words(b)
    first_in_second = all(any(_same_word(v, w) for w in y) for v in x)
    second_in_first = all(any(_same_word(v, w) for w in x) for v in y)
    return bool(x and y) and (first_in_second or second_in_first if one_within
                              else first_in_second and second_in_first)


def theme_name(members: Sequence[int], topics: pd.DataFrame, used: set[str] = frozenset(),
                cover: float = 2 / 3, wide: frozenset[str] = frozenset(), spoken: Sequence[str] | None = None,
                as_thing: Callable[[str], bool] | None = None) -> str:
    """A theme's name, unlike the names in `used` (those of bigger themes): the keyphrases its topics share
    (each in at least two of them, the phrases of bigger topics first), where the topics holding them are at
    least `cover` of the theme's messages; else the name of its biggest topic not yet taken (`members` come
    biggest first). Words of one topic alone never name a theme of several ("ios and channel" for a theme of
    video channels, crashes and iOS apps). `spoken`: the theme's phrases read from its messages
    (`_theme_phrases`), which name it where its topics' shared phrases do not, before its biggest topic's
    name (a theme of seven topics about passwords, recovery e-mails and verification codes is "password and
    email", not "verification code and phone number"). Shared or spoken phrases name a theme only where they name a
    thing: "disappeared and bought" does not; `as_thing` as for `topic_name`, read on the theme's messages."""
    labels = [str(topics.loc[i, "label"]) for i in members]
    # the export's subject is no theme's name, unless only this theme's topics write it ("bag" in a theme of
    # baggage topics beside one of flight delays)
    outside = {lemma(w) for i in topics.index if i not in members and i >= 0
               for p in naming_phrases(topics, i) for w in p.split()}
    wide = frozenset(wide & outside)
    candidates = []
    if len(members) > 1:
        size = topics.loc[list(members), "size"].astype(float)
        words = {i: naming_phrases(topics, i) for i in members}
        holders: dict[str, list[int]] = {}
        # one phrase in any word order, spelt as most of the theme's topics first write it, the biggest topic's
        # spelling on a tie ("reddit app" first in four topics, "app reddit" in two; "inquiries credit" and
        # "credit inquiries" one each: credit inquiries, as the biggest writes it)
        spellings: dict[tuple[str, ...], Counter[str]] = {}
        for i in members:
            firsts = {}
            for w in words[i]:
                firsts.setdefault(word_bag(w.lower()), w)
            for bag, w in firsts.items():
                spellings.setdefault(bag, Counter())[w] += 1
        spelled = {bag: max(c, key=c.__getitem__) for bag, c in spellings.items()}
        for i in members:
            for w in dict.fromkeys(words[i]):
                w = spelled[word_bag(w.lower())]
                if i not in holders.setdefault(w, []):
                    holders[w].append(i)
        shared = sorted((w for w, hs in holders.items() if len(hs) >= 2 and not _says_only(w, wide)),
                        key=lambda w: -size[holders[w]].sum())
        name = topic_name(shared, wide=wide, as_thing=as_thing)
        while name:
            held = {i for w in name.split(" and ") for i in holders.get(w, [])}
            if size[list(held)].sum() < cover * size.sum():
                break
            candidates.append(name)
            shared = [w for w in shared if w not in name.split(" and ")]
            name = topic_name(shared, wide=wide, as_thing=as_thing) if name in used else ""
    spoken = [p for p in spoken or () if not _says_only(p, wide)]
    if spoken:
        # a theme's phrases that only repeat a name ("gta online and arcade" beside the topic "gta online") give
        # way to its biggest topic's name, not to a number: "(2)" would say there were two such themes
        candidates.append(distinct_name(spoken, used, wide, as_thing=as_thing, or_numbered=False))
    # "disappeared and bought" names no theme: what was bought?
    candidates = [c for c in candidates if any(is_noun(w) for w in c.replace(" and ", " ").split() if w not in LINKS)]
    candidates += labels
    # "": phrases that name nothing (swearing); a name given already, in other inflections too ("card and atm"
    # beside the need "cards and ATMs"), is taken
    # a name none of whose words are all in a name given, nor the other way round ("phone" beside "phone and
    # calls"); failing that, one that is at least not a name given again
    for one_within in (True, False):
        name = next((c for c in candidates if c and not any(_names_alike(c, u, one_within) for u in used)), None)
        if name is not None:
            return name
    return next(f"{labels[0]} ({n})" for n in range(2, len(used) + 3) if f"{labels[0]} ({n})" not in used)


_NOT_WORDS = re.compile(r"[@#][\w.]+|\[[a-z]+\]|https?://\S+|www\.\S+")


def writes_phrase(texts: Sequence[str], least: int = 2, sample: int = 2000) -> Callable[[str], bool]:
    """Whether at least `least` of these messages (read on at most `sample`) write a phrase, its words in a row,
    any case ("reddit app crashes": "the Reddit app crashes on start"). The messages are read at the first ask."""
    texts = list(texts)[:: max(1, len(texts) // sample)]
    said: list[str] = []

    def written(phrase: str) -> bool:
        if not said:
            said.extend(" ".join(re.findall(r"[^\W_]+(?:'[^\W_]+)?", str(t).lower())) for t in texts)
        pattern = re.compile(rf"(?<!\S){re.escape(phrase.lower())}(?!\S)")
        return sum(pattern.search(t) is not None for t in said) >= least

    return written


# What a word's neighbours say of it: after a subject, "to", a modal or a negation it is a verb ("it takes", "to
# check", "can't change"); after a form of "be" or a degree adverb, an adjective ("was edible", "too hard"); before
# an object or a particle, a verb ("set up", "freeze my card").
_VERB_NEXT = """i it he she they we you who which there to can could will would should might must may do does did
don't doesn't didn't won't can't cannot couldn't wouldn't i'll we'll you'll"""
_ADJECTIVE_NEXT = """is was are were be been being am isn't wasn't aren't weren't very so too really quite pretty
extremely not"""
_VERB_BEFORE = "a an the my your our their his her me him us them it this these those up out off"
_BEFORE_VERB, _BEFORE_ADJECTIVE, _AFTER_VERB = (frozenset(words.split())
                                                for words in (_VERB_NEXT, _ADJECTIVE_NEXT, _VERB_BEFORE))


def used_as_thing(texts: Sequence[str], sample: int = 2000) -> Callable[[str], bool]:
    """Whether these messages (read on at most `sample`) use a word as a thing, a noun: not where at least half
    its uses stand where a verb or an adjective stands (`_BEFORE_VERB`, `_BEFORE_ADJECTIVE`, `_AFTER_VERB`:
    "set up", "it takes", "was edible"), nor where an adjective of the dictionary stands before another word in
    four of five of its uses ("hard inquiries", "public records", "daily use"). A word they never write is a
    thing. The messages are read at the first ask."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    texts = list(texts)[:: max(1, len(texts) // sample)]
    said: list[list[str]] = []

    def thing(word: str) -> bool:
        if not said:
            said.extend(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?|[^\w\s]", _NOT_WORDS.sub(" . ", str(t).lower()))
                        for t in texts)
        word = word.lower()
        uses = verbal = modifying = 0
        for words in said:
            for i in (i for i, w in enumerate(words) if w == word):
                before = words[i - 1] if i else ""
                after = words[i + 1] if i + 1 < len(words) else ""
                uses += 1
                verbal += before in _BEFORE_VERB or before in _BEFORE_ADJECTIVE or after in _AFTER_VERB
                modifying += after.isalpha() and after not in ENGLISH_STOP_WORDS
        adjective = "ADJ" in _parts_of_speech(word)
        return not uses or (2 * verbal < uses and not (adjective and 5 * modifying >= 4 * uses))

    return thing


def widened(name: str, texts: Sequence[str], least: float = 0.25) -> str:
    """A name of one word with the word its topic's messages most often write beside it, a preposition between
    them allowed ("easy to use" for a topic named "easy", whose reviews say "Easy to use"), where at least
    `least` of the messages write that phrase; else the name as it is. A name names a need in two words or
    more: "easy" alone names none."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    if len(name.split()) != 1 or not texts:
        return name
    word = name.lower()
    plain = ENGLISH_STOP_WORDS | GENERIC | LINKS | PLACEHOLDER_WORDS
    counts: Counter[str] = Counter()
    for text in texts:
        said = _NOT_WORDS.sub(" ", str(text).lower())  # "@user", "[PHONE]", links: no word of a name
        words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", said)
        found = set()
        for i in (i for i, w in enumerate(words) if w == word):
            if i > 0 and words[i - 1] not in plain and not _same_word(words[i - 1], word):
                found.add(f"{words[i - 1]} {word}")
            if i + 1 < len(words) and words[i + 1] not in plain and not _same_word(words[i + 1], word):
                found.add(f"{word} {words[i + 1]}")
            if (i + 2 < len(words) and words[i + 1] in LINKS and words[i + 2] not in plain
                    and not _same_word(words[i + 2], word)):
                found.add(f"{word} {words[i + 1]} {words[i + 2]}")
        counts.update(found)
    best = [(n, p) for p, n in counts.items() if not any(profane(w) for w in p.split())]
    if not best:
        return name
    n, phrase = max(best, key=lambda b: (b[0], -len(b[1]), b[1]))
    return phrase if n >= max(2, least * len(texts)) else name


def completed(name: str, texts: Sequence[str], least: float = 0.9, sample: int = 2000, max_words: int = 5) -> str:
    """A name whose phrases of two words or more are each given the word its topic's messages write before (or
    after) it in at least `least` of its uses, five or more, while the name stays within `max_words`: a phrase
    cut from a longer one is said whole ("credit reporting act" for "reporting act", "chase credit card" for
    "chase credit"). Only a word that names something (`_names_something`, no verb's inflected form) is added;
    never a stop word, courtesy, a link or a word the name has already. Read on at most `sample` messages."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    parts = name.split(" and ")
    if not texts or all(len(p.split()) < 2 for p in parts):
        return name
    said = [re.findall(r"[^\W_]+(?:'[^\W_]+)?", _NOT_WORDS.sub(" , ", str(t).lower()))
            for t in list(texts)[:: max(1, len(texts) // sample)]]
    plain = ENGLISH_STOP_WORDS | LINKS | GENERIC | COURTESY | PLACEHOLDER_WORDS

    def beside(words: list[str]) -> list[str]:  # the word written before it, then after it, where one leads
        k, before, after = len(words), Counter(), Counter()
        for toks in said:
            for i in range(len(toks) - k + 1):
                if toks[i:i + k] == words:
                    before[toks[i - 1] if i else ""] += 1
                    after[toks[i + k] if i + k < len(toks) else ""] += 1
        n = before.total()
        return [next((w for w, c in side.most_common(1) if n >= 5 and c >= least * n), "") for side in (before, after)]

    length = sum(len(p.split()) for p in parts)
    for k, part in enumerate(parts):
        words = part.split()
        while len(words) >= 2 and length < max_words:
            taken = {w.lower() for p in parts for w in p.split()}
            add = next(((w, side) for side, w in enumerate(beside([w.lower() for w in words]))
                        if w.isalpha() and w not in plain and w not in taken and not profane(w)
                        and _names_something(w) and not _inflected_verb(w)), None)
            if add is None:
                break
            words = [add[0], *words] if add[1] == 0 else [*words, add[0]]
            parts[k] = " ".join(words)
            length += 1
    return " and ".join(parts)


def written_case(name: str, texts: Sequence[str], least: float = 0.6, sample: int = 500) -> str:
    """A name with each word the dictionary does not know in the case its messages write it inside a sentence,
    where at least `least` of those writings (three or more) agree on one that is not lower case: "FHA and
    phone", "Experian and freeze", "iPhone"; a word written lower case, capitalised only where a sentence
    starts, or known to the dictionary ("Fair Credit Reporting Act", "I HAVE REVIEWED MY CONDUCT") stays as it is,
    unless it stands beside a word the name capitalises and the two are written so together ("Wells Fargo").
    Read on at most `sample` of the messages."""
    texts = list(texts)[:: max(1, len(texts) // sample)]
    out = []
    for word in name.split():
        if word in LINKS or word in ("and", "or") or not word.isalpha() or _parts_of_speech(word):
            out.append(word)  # a word of the dictionary capitalised is a title ("Fair Credit Reporting Act") or a shout
            continue
        # inside a sentence: after a word and a space, not after a full stop, a question or an exclamation
        pattern = re.compile(rf"(?<=(?:[^\W\d_]|[,;])\s)({re.escape(word)})(?![\w'])", re.I)
        forms = Counter(m.group(1) for t in texts for m in pattern.finditer(str(t)))
        form, n = forms.most_common(1)[0] if forms else (word, 0)
        out.append(form if n >= 3 and n >= least * forms.total() and form != form.lower() else word)
    for k in range(len(out) - 1):  # a word of the dictionary in a name with one the name capitalises: "Wells Fargo"
        pair = out[k:k + 2]
        if (sum(w != w.lower() for w in pair) != 1 or not all(w.isalpha() for w in pair)
                or {w.lower() for w in pair} & {"and", "or"}):
            continue
        pattern = re.compile(rf"(?<=(?:[^\W\d_]|[,;])\s)({re.escape(pair[0])}\s+{re.escape(pair[1])})(?![\w'])", re.I)
        forms = Counter(m.group(1) for t in texts for m in pattern.finditer(str(t)))
        form, n = forms.most_common(1)[0] if forms else ("", 0)
        if n >= 3 and n >= least * forms.total() and form.istitle():
            out[k:k + 2] = form.split()
    return " ".join(out)


def describe(label: str, words: Sequence[str], quotes: Sequence[str]) -> str:
    """One sentence: what the topic is about (up to three of its phrases that add a word to its label and to
    each other: not "password email" beside "email password"; each naming something, not "instead", "gives" or
    "totally"), or how customers describe it where its label
    is all adjectives, and its most typical message, whole."""
    seen = {lemma(w) for w in label.split()}
    about = []
    for p in words[:6]:
        lemmas = {lemma(w) for w in p.split()}
        names = is_unnamed(label) or (any(_names_something(w) and w.lower() not in GENERIC for w in p.split())
                                      and p.split()[-1].lower() not in PREMODIFYING)  # not "instead", "gives"
        if not lemmas <= seen and len(about) < 3 and names and not any(profane(w) for w in p.split()):
            about.append(p)
            seen |= lemmas
    said = [w for w in label.lower().split() if w not in {"and", "or"}]
    # A word the topic's phrases end on after another ("perfect top", "love top") is a thing they name, though
    # a dictionary knows it as an adjective too: "top and front" is what they write of
    heads = {lemma(p.split()[-1]) for p in words if len(p.split()) >= 2}
    how = said and all("ADJ" in _parts_of_speech(w) and w not in NAMING_WORDS and lemma(w) not in heads for w in said)
    opening = "Customers describe it as" if how else "Customers write about"  # "simple and intuitive" is how it is
    sentence = f"{opening} {label}" + (f" ({', '.join(about)})" if about else "") + "."
    if is_unnamed(label):  # its phrases name no subject: say what its messages share instead
        sentence = "Messages alike in tone that name no one subject" + (
            " (words such as " + ", ".join(f'"{a}"' for a in about) + ")" if about else "") + "."
    if quotes:
        sentence += f' Typical: "{re.sub(r" [(][+][0-9]+ similar[)]$", "", quotes[0])}"'
    return sentence


