"""Which brand each message addresses, when the export does not say.

A researcher's first comparison is between the brands customers write to. Where the export names the company
addressed (a `brand`/`company`/`airline` column, mapped at ingest), that value is kept (`brand_source` =
`export`). Otherwise the brand is inferred (`inferred`), in this order:

1. a brand's own message: the account that wrote it;
2. a customer message: the first @handle in it that belongs to a brand (an account that answers as the brand,
   one named with `--brand`/`--brand-author`, or one addressed by many distinct customers, see
   `workbench.ingest.clean.addressed_handles`), written as the handle without `@`. A brand's own account
   (it answers, was named, or reads as a care account: "@AmazonHelp") comes before a handle that is only
   addressed, and an all-digit handle (an anonymised account) comes last; of two handles of one standing, the
   one more of the export's customers write to;
3. a customer message with no such handle: the first #hashtag in it that spells one of those brands or a brand
   the export names elsewhere in its brand column, case and spaces aside ("#google" when Google's account or
   "@Google" appears, "#americanairlines" for "American Airlines"). Tweet collections gathered on a brand
   often tag it instead of addressing it; a hashtag that names no known brand ("#fail") is never a brand;
4. a message with neither: the brand of its conversation (the first brand found in it);
5. a customer message still untold, in an export gathered on hashtags (a listening tool's query for
   "#google OR #microsoft OR #twitter"): the first of the tags the export was gathered on (`gathered_tags`:
   each tags a sizeable share of the untold messages, and together they tag most of them);
6. a customer message still untold: the first of those brands it names in words ("my AMAZON parcel",
   `named_in_words`).

Then one company is one brand: a data set's anonymised all-digit account is the brand customers write to
beside it (`anonymised_accounts`), and a company's plain account its care account ("@eBay" and "@AskeBay":
AskeBay, `care_accounts_of`).

The result is an analysis table (message_id, brand_inferred, brand_source), stored apart from the ingested rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from workbench import schema as S
from workbench.ingest.clean import MENTION, OPENING, addressed_handles
from workbench.ingest.person_names import ACCOUNT_SUFFIXES, account_name, care_account, company_accounts

HASHTAG = re.compile(r"(?<![\w#])#(\w{2,60})")


def brand_accounts(messages: pd.DataFrame) -> pd.Series:
    """Per message, the account that wrote it as the brand (NA for customers' messages and for the stand-in
    author of answers by a brand the export does not name, `schema.UNNAMED_BRAND`)."""
    author = messages[S.AUTHOR_ID]
    return author.where((messages[S.AUTHOR_ROLE] == "brand") & (author != S.UNNAMED_BRAND))


def brand_handles(messages: pd.DataFrame, named: Iterable[str] = ()) -> dict[str, str]:
    """Brand handles, lower case -> the spelling to show: brand accounts, named brands, addressed handles."""
    out: dict[str, str] = {}
    authors = brand_accounts(messages).dropna()
    for name in [*authors, *named]:
        out.setdefault(str(name).lstrip("@").lower(), str(name).lstrip("@"))
    customers = messages[messages[S.AUTHOR_ROLE] != "brand"]
    addressed = addressed_handles(customers)
    if addressed:
        spelled = customers[S.TEXT].fillna("").str.findall(MENTION).explode().dropna()
        for h in spelled.value_counts().index:  # most frequent spelling first
            out.setdefault(h.lower(), h) if h.lower() in addressed else None
    return out


def _squashed(name: object) -> str:
    """A brand's name as a hashtag would write it: lower case, letters and digits only."""
    return re.sub(r"[\W_]+", "", str(name)).lower()


def gathered_tags(texts: pd.Series, least: float = 0.05, most: float = 0.6, cover: float = 0.5) -> dict[str, str]:
    """The hashtags an export of tweets was gathered on, lower case -> as most often written: chosen greedily,
    each the tag of at least `least` of the messages (`texts`) that no earlier choice tags, none the tag of more
    than `most` of them (a tag nearly every message carries is the collection's event, "#sxsw", not one of the
    brands compared), at least two, together tagging at least `cover` of the messages; else none. A
    customer-care export's tags ("#fail", "#halloween") never come near."""
    if texts.empty:
        return {}
    tags = texts.fillna("").reset_index(drop=True).str.findall(HASHTAG).explode().dropna()
    tagged = tags.str.lower().groupby(level=0).unique().explode()  # message -> each tag once
    holders = {t: set(m) for t, m in tagged.index.to_series().groupby(tagged.to_numpy())}
    n = len(texts)
    candidates = {t: m for t, m in holders.items() if least * n <= len(m) <= most * n}
    chosen, covered = [], set()
    while candidates:
        best = max(candidates, key=lambda t: len(candidates[t] - covered))
        if len(candidates[best] - covered) < least * n:
            break
        chosen.append(best)
        covered |= candidates.pop(best)
    if len(chosen) < 2 or len(covered) < cover * n:
        return {}
    spelled = tags[tags.str.lower().isin(chosen)].value_counts()
    return {t.lower(): t for t in reversed(spelled.index)}  # the most frequent spelling written last wins


def care_accounts_of(brands: pd.Series) -> dict[str, str]:
    """A company's plain account -> its care account, where customers write to both ("@eBay" and "@AskeBay",
    "@Spotify" and "@SpotifyCares"): one company is one brand, under the account that answers customers (as an
    export with the brand's replies names it; "@HP" and "@HPSupport": a care account confirms a name of two
    letters). Of two care accounts of one name, the more frequent."""
    out: dict[str, str] = {}
    for care, plain in company_accounts(brands, shortest=2).items():  # most frequent first
        key = _squashed(care)
        if (key.startswith(("ask", "team")) or key.endswith(ACCOUNT_SUFFIXES)) and not care_account(plain):
            out.setdefault(plain, care)
    return out


def anonymised_accounts(mentions: pd.Series, handles: dict[str, str], least: int = 2, most: float = 2 / 3
                        ) -> dict[str, str]:
    """A data set's anonymised brand account (an all-digit handle, as TWCS writes Amazon's, Apple's and Uber's
    main accounts) -> the brand it is: the one readable brand handle (`handles`) customers write to beside it, in
    at least `least` messages and `most` of those that name it with any ("@115858 @AppleSupport my phone ...").
    Shown by its digits, "115873 stands out" told a reader nothing; counted apart, it split a brand in two.
    `mentions`: each handle the customers' messages write, indexed by its message."""
    found = mentions.str.lower()
    found = found[found.isin(list(handles))].rename_axis("message")
    found = found[found.index.isin(found.index[found.str.isdigit()])]  # only messages that name such an account
    digits = found.str.isdigit()
    pairs = (found[digits].rename("digits").reset_index()
             .merge(found[~digits].rename("brand").reset_index(), on="message").drop_duplicates())
    if pairs.empty:
        return {}
    counts = pairs[["digits", "brand"]].value_counts().rename("n").reset_index()
    total = counts.groupby("digits")["n"].transform("sum")
    best = counts[(counts["n"] >= least) & (counts["n"] >= most * total)]
    return {handles[r.digits]: handles[r.brand] for r in best.itertuples()}


def named_in_words(texts: pd.Series, handles: dict[str, str], shortest: int = 4) -> pd.Series:
    """Per text, the first brand (`handles`: lower case -> as shown) it names in plain words, None where none:
    the name in a brand's handle ("AmazonHelp": Amazon; "Ask_WellsFargo": Wells Fargo, WellsFargo) of
    `shortest` letters or more. A name the dictionary does not know ("amazon", "xbox", "paypal") counts in any
    case; one it knows ("target", "delta", "chase", "apple") only written as a name, with its capital ("Target"),
    or shouted ("TARGET"). An anonymised all-digit account has no name to write."""
    from workbench.analysis.topic_names import _parts_of_speech  # the dictionary the topic names read

    plain, worded = {}, {}
    for handle, shown in handles.items():
        if handle.isdigit():
            continue
        own = account_name(shown)
        for name in {own, own.replace(" ", ""), re.sub(r"(?<=[a-z])(?=[A-Z])", " ", own), shown.replace("_", " ")}:
            if len(name.replace(" ", "")) >= shortest and not name.isdigit():
                (worded if _parts_of_speech(name.lower()) else plain).setdefault(name.lower(), shown)
    found = pd.Series(None, index=texts.index, dtype=object)
    if not plain and not worded:
        return found
    # the words of each text, not a handle's or a hashtag's, each with the word after it (two-word names)
    words = texts.fillna("").str.findall(r"(?<![\w@#])[A-Za-z][\w']*").explode().dropna()
    after = words.groupby(level=0).shift(-1).fillna("")
    lower, pair = words.str.lower(), (words + " " + after).str.lower()
    as_name = words.str[0].str.isupper()  # "Target", "TARGET": a name; "target": a word
    brand = pd.Series(None, index=words.index, dtype=object)
    for said in (pair.map(plain), lower.map(plain), lower.map(worded).where(as_name), pair.map(worded).where(as_name)):
        brand = brand.where(brand.notna(), said.astype(object))  # two words before one, a non-word before a word
    first = brand.dropna().groupby(level=0).first()
    found.loc[first.index] = first
    return found


def infer_brands(messages: pd.DataFrame, named: Iterable[str] = (),
                 loader_inferred: pd.Series | None = None) -> pd.DataFrame:
    """message_id, brand_inferred (None where the export had a brand or none can be told), brand_source
    (`export`, `inferred`, or None). `loader_inferred` marks messages whose brand a loader worked out from
    the threads or accounts (TWCS, X archive, e-mail): their brand is kept and counted as inferred. Where the
    export names no brand and one account alone answers as the brand, every message is taken as addressed to
    it (one brand's inbox or review page) unless it names another brand's handle."""
    handles = brand_handles(messages, named)
    has_brand = messages[S.BRAND].notna() & (messages[S.BRAND].astype("string").str.strip() != "")
    by_loader = has_brand & (loader_inferred if loader_inferred is not None else False)
    exported = has_brand & ~by_loader
    own = brand_accounts(messages)

    tags = {**{_squashed(b): str(b) for b in messages.loc[has_brand, S.BRAND].unique()}, **handles}

    accounts = {str(a).lstrip("@").lower() for a in [*own.dropna(), *named]}
    # how many customers write to each handle across the export: of two handles of one standing that open a
    # message together ("@TeamCavuto @Apple ...", a reply to a TV show's tweet about the brand), the export's
    # own brand is the one most of its customers write to; a handle later in the text ("switching to @Delta")
    # is named, not addressed, and never outranks the first
    customers = messages[S.AUTHOR_ROLE] != "brand"
    voice = messages[customers]
    pairs = pd.DataFrame({"h": voice[S.TEXT].fillna("").str.findall(MENTION), "a": voice[S.AUTHOR_ID].fillna(
        voice[S.MESSAGE_ID])}).explode("h").dropna()
    writers = pairs.assign(h=pairs["h"].str.lower()).drop_duplicates().groupby("h")["a"].size().to_dict()

    def standing(handle: str) -> int:
        """0 for a brand's own account (it answers as the brand, was named, or reads as a care account), 1 for
        another handle customers address, 2 for an all-digit handle (an anonymised account, no readable name)."""
        return 0 if handle in accounts or care_account(handle) else 2 if handle.isdigit() else 1

    def first_brand(text) -> str | None:
        addressed = [h.lower() for h in MENTION.findall(text or "") if h.lower() in handles]
        if addressed:
            best = min(map(standing, addressed))
            opening = {h.lower() for h in re.findall(r"@(\w+)", OPENING.match(text or "").group())}
            tied = [h for h in addressed if standing(h) == best and h in opening]
            if len(tied) > 1:  # handles opening the message together: the one most customers write to
                return handles[max(tied, key=lambda h: writers.get(h, 0))]
            return handles[min(addressed, key=standing)]  # the first of the best standing
        for h in HASHTAG.findall(text or ""):
            if h.lower() in tags:
                return tags[h.lower()]
        return None

    mentioned = messages[S.TEXT].fillna("").map(first_brand)
    found = own.astype(object).where(own.notna(), mentioned)
    known = pd.Series(found.to_numpy(), index=messages.index).where(~exported)
    by_conversation = (pd.DataFrame({"c": messages[S.CONVERSATION_ID], "b": known}).dropna()
                       .drop_duplicates("c").set_index("c")["b"])
    inferred = known.where(known.notna(), messages[S.CONVERSATION_ID].map(by_conversation)).where(~exported)
    inferred = inferred.where(~by_loader, messages[S.BRAND])
    if not has_brand.any() and own.nunique() == 1:  # one brand answers and the export names none: its inbox
        inferred = inferred.fillna(own.dropna().iloc[0])
    untold = inferred.isna() & ~exported & customers
    gathered = gathered_tags(messages.loc[untold, S.TEXT])
    if gathered:  # an export gathered on hashtags: the first of its tags in each untold message
        first = messages.loc[untold, S.TEXT].fillna("").map(
            lambda text: next((gathered[t.lower()] for t in HASHTAG.findall(text) if t.lower() in gathered), None))
        inferred = inferred.where(~untold, first.reindex(messages.index))
    untold = inferred.isna() & ~exported & customers
    if untold.any():  # still untold: the first known brand the message names in words ("my Amazon parcel")
        inferred = inferred.where(~untold, named_in_words(messages.loc[untold, S.TEXT], handles)
                                  .reindex(messages.index))
    told = inferred.notna() & ~exported & ~by_loader
    inferred = inferred.where(~told, inferred[told].replace(anonymised_accounts(pairs["h"], handles)))
    inferred = inferred.where(~told, inferred[told].replace(care_accounts_of(inferred[told])))
    source = pd.Series(None, index=messages.index, dtype=object)
    source[exported] = "export"
    source[inferred.notna()] = "inferred"
    return pd.DataFrame({S.MESSAGE_ID: messages[S.MESSAGE_ID].to_numpy(),
                         "brand_inferred": inferred.astype("string").to_numpy(),
                         "brand_source": source.astype("string").to_numpy()})
