"""Build the person-name lists redaction uses (workbench/models/names.json; part of `make models`).

    python scripts/make_name_lists.py [--shared ../shared/data]

First and last names: every Latin-script name of the person providers of Faker (MIT licence, 86 locales).
Common words: the names that customers write as ordinary lower-case words more often than capitalised inside
a sentence ("will", "mark", "delta"), counted in the customer and review texts of ../shared/data. A name that
is also a common word is masked only where the context says it is a person ("Mark Stevens", "agent Mark").
Day and month names, and names that are also places (the topic stage's place list, Faker's country names:
"Austin", "Jordan"), count as common words too.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "workbench" / "models" / "names.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentiment_corpora as sc  # noqa: E402

CALENDAR = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "christmas", "easter")
# Latin letters, accented ones too: 'Anne-Marie', "O'Neil", 'Jürgen' (as workbench.ingest.person_names.WORD)
NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['-][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?$")


def faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first, last = set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            if not attr.startswith(("first_names", "last_names")):
                continue
            values = getattr(provider, attr)
            values = values.keys() if isinstance(values, dict) else values if isinstance(values, (list, tuple)) else ()
            names = {v for v in values if isinstance(v, str) and len(v) >= 3 and NAME.match(v)}
            (first if attr.startswith("first") else last).update(names)
    return first, last


def countries() -> set[str]:
    from faker.providers.address.en_US import Provider

    return {w for c in Provider.countries for w in c.split() if NAME.match(w)}


def word_cases(shared: Path) -> tuple[Counter, Counter]:
    """How often each word is written in lower case, and capitalised inside a sentence, in the customer and
    review texts of ../shared/data."""
    texts = []
    for corpus in (sc.semeval, sc.reviews, sc.sentences, sc.apple, sc.sanders, sc.care):
        texts += corpus(shared)["text"].tolist()
    lower: Counter = Counter()
    capital: Counter = Counter()
    for t in texts:
        lower.update(re.findall(r"(?<![@#\w])[a-z]{3,}(?!\w)", t))
        capital.update(w.lower() for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]{2,}(?!\w)", t))
    return lower, capital


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--min-count", type=int, default=3, help="lower-case uses that make a name a common word")
    args = ap.parse_args()
    first, last = faker_names()
    lower, capital = word_cases(args.shared)
    from workbench.analysis.topic_words import PLACES

    places = {w for w in PLACES if len(w) > 3} | {c.lower() for c in countries()}
    common = sorted({w for w in map(str.lower, first | last) if lower[w] >= args.min_count and lower[w] >= capital[w]}
                    | set(CALENDAR) | (places & set(map(str.lower, first | last))))
    OUT.write_text(json.dumps({
        "source": "first and last names: Faker (MIT licence, joke2k/faker), person providers of all locales; "
                  "common words: names written in lower case at least "
                  f"{args.min_count} times, and more often than capitalised inside a sentence, in the customer and "
                  "review texts of ../shared/data",
        "first": sorted(first), "last": sorted(last), "common": common}, indent=0, ensure_ascii=False) + "\n",
        encoding="utf-8")
    print(f"{OUT}: {len(first):,} first names, {len(last):,} last names, {len(common):,} also common words")


if __name__ == "__main__":
    main()
