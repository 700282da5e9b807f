"""Who answers whom in a flat export table: the brand's own account or mailbox, replies linked by the @handle
they address or by an e-mail's subject where the export has no thread ids, a company's answer written on a
review's row, and a survey's further open answers, each as messages of their own."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.ingest.formats.base import LoadOptions, to_utc
from workbench.ingest.formats.columns import (
    ANSWER,
    NO_ANSWER,
    RECIPIENT_NAMES,
    norm,
    reply_columns,
    words_per_value,
)

REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|wg|tr|sv|antw)\s*:\s*)+", re.I)  # "RE: FW: AW: Refund"


def without_reply_prefix(subject: pd.Series) -> pd.Series:
    """E-mail subjects without the prefixes replies and forwards add, in the languages mail clients write."""
    return subject.astype("string").str.replace(REPLY_PREFIX, "", regex=True).str.strip()


def thread_roots(ids: pd.Series, parents: pd.Series) -> pd.Series:
    """For each message, the topmost ancestor its reply chain reaches (itself if it answers nothing).

    A parent missing from the export still serves as the root, so siblings stay in one conversation.
    """
    parent_of = dict(zip(ids, parents, strict=True))
    roots: dict[str, str] = {}

    def root(i: str) -> str:
        chain = []
        node = i
        while node not in roots:
            chain.append(node)
            p = parent_of.get(node)
            if p is None or p is pd.NA or p in chain:
                break
            node = p
        top = roots.get(node, node)
        for n in chain:
            roots[n] = top
        return top

    return pd.Series([root(i) for i in ids], index=ids.index, dtype="string")


def parents_by_key(df: pd.DataFrame, chosen: dict[str, str], source_id: pd.Series, parent: pd.Series
                   ) -> tuple[pd.Series, str | None]:
    """The parent ids as the rows' own ids, where the parent column names its messages by another key: a Reddit
    dump's `parent_id` ("t1_ieqh524") holds the parent's `name`, its `id` is "ieqh524". Looked for where fewer
    than half the parent ids are the rows' own; the key is a column no field took, filled on every row, whose
    values never repeat and include parent ids (others may name what the export lacks: the post); a parent
    outside this chunk of rows loses the prefix its key adds to the id, where that prefix is one and the same
    on every row ("t1_"). Returns the parent ids and the key's column (None where the parent ids are the rows'
    own, or no key is found)."""
    found = parent.dropna()
    if found.empty or found.isin(source_id.dropna()).mean() >= 0.5:
        return parent, None
    taken = set(chosen.values())
    for c in df.columns:
        key = df[c].astype("string")
        if c in taken or key.isna().any() or key.duplicated().any() or not found.isin(key).any():
            continue
        own = dict(zip(key, source_id, strict=True))
        prefixes = {k[: len(k) - len(i)] for k, i in own.items()
                    if isinstance(i, str) and len(k) > len(i) and k.endswith(i)}
        mapped = parent.map(own, na_action="ignore").astype("string")
        if len(prefixes) == 1:
            prefix = prefixes.pop()
            stripped = parent.where(~parent.str.startswith(prefix).fillna(False), parent.str[len(prefix):])
            mapped = mapped.fillna(stripped)
        return mapped.fillna(parent), c
    return parent, None


def answered_by_mention(message_id: pd.Series, author: pd.Series, roles: pd.Series, text: pd.Series,
                        created: pd.Series, within: str = "7D", recipient: pd.Series | None = None) -> pd.Series:
    """For each of the brand's messages, the customer message it answers where the export gives no thread:
    the latest message before it (within `within`) by the customer whose @handle it opens with addressing
    ("@jane_d Sorry to hear that"), or else to whom the `recipient` column says it was sent (a text-message
    log's "To"); NA elsewhere."""
    out = pd.Series(pd.NA, index=message_id.index, dtype="string")
    mentioned = handle_key(text.astype("string").str.extract(r"^\W{0,3}@(\w{1,30})", expand=False))
    if recipient is not None:
        mentioned = mentioned.fillna(handle_key(recipient.astype("string").str.split(r"[;,]").str[0].str.strip()))
    replies = pd.DataFrame({"row": message_id.index, "key": mentioned, "at": created})[
        (roles == "brand").to_numpy() & mentioned.notna().to_numpy() & created.notna().to_numpy()]
    asked = pd.DataFrame({"asked": message_id, "key": handle_key(author), "at": created})[
        (roles == "customer").to_numpy() & author.notna().to_numpy() & created.notna().to_numpy()]
    if replies.empty or asked.empty:
        return out
    found = pd.merge_asof(replies.sort_values("at"), asked.sort_values("at"), on="at", by="key",
                          tolerance=pd.Timedelta(within), direction="backward")
    found = found.dropna(subset=["asked"])
    out.loc[found["row"].to_numpy()] = found["asked"].to_numpy()
    return out


def threads_by_subject(message_id: pd.Series, subject: pd.Series, author: pd.Series, recipient: pd.Series,
                       roles: pd.Series, created: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(parent, conversation) of e-mails exported with no thread ids: one thread per subject (reply and forward
    prefixes dropped, case ignored) and customer (the sender of a customer's e-mail, the recipient of the
    brand's); each e-mail answers the one before it in the thread (by date, else in the file's order), and the
    thread is known by its first e-mail's id."""
    topic = without_reply_prefix(subject).str.lower()
    customer = handle_key(author.where((roles == "customer").to_numpy(), recipient.astype("string")))
    frame = pd.DataFrame({"id": message_id.to_numpy(), "topic": topic.to_numpy(), "who": customer.to_numpy(),
                          "at": created.to_numpy(), "row": np.arange(len(message_id))})
    frame = frame.sort_values(["at", "row"], kind="stable", na_position="last")
    known = frame["topic"].notna() & frame["who"].notna() & frame["topic"].ne("")
    grouped = frame[known].groupby(["topic", "who"], sort=False)["id"]
    frame.loc[known, "parent"] = grouped.shift(1)
    frame.loc[known, "thread"] = grouped.transform("first")
    frame = frame.sort_values("row")
    parent = pd.Series(frame.get("parent", pd.Series(pd.NA, index=frame.index)).to_numpy(), index=message_id.index,
                       dtype="string")
    thread = pd.Series(frame.get("thread", pd.Series(pd.NA, index=frame.index)).to_numpy(), index=message_id.index,
                       dtype="string")
    return parent, thread


def recipients(df: pd.DataFrame) -> pd.Series | None:
    """An e-mail export's recipient column ("To: (Address)"), None where it has none."""
    return next((df[c] for c in df.columns if norm(c) in RECIPIENT_NAMES), None)


def support_mailbox(recipient: pd.Series | None, author: pd.Series) -> str | None:
    """In an e-mail export with a recipient column, the address most messages were sent to (at least 30% of
    them), where it also sends some (its replies): the support mailbox, whose messages are the brand's."""
    if recipient is None or not author.notna().any():
        return None
    to = recipient.astype("string").str.split(r"[;,]").str[0].str.strip().str.lower()
    top = to.value_counts()
    if top.empty or top.iloc[0] < 0.3 * len(to) or not handle_key(author).eq(handle_key(top.index[:1])[0]).any():
        return None
    return str(top.index[0])


def handle_key(values: pd.Series) -> pd.Series:
    """An account's name as written anywhere: lower case, without @ or spaces ("@AcmeSupport" -> acmesupport)."""
    return values.astype("string").str.lower().str.replace(r"[@\s]", "", regex=True)


def own_account(author: pd.Series, brand: pd.Series) -> pd.Series:
    """Rows written by the brand's own account: the author is the brand the row addresses (a social inbox's
    export lists the brand's replies beside the messages it received, "From" the same as "Profile")."""
    return (handle_key(author) == handle_key(brand)).fillna(False).astype(bool)


def answer_messages(df: pd.DataFrame, rows: pd.DataFrame, chosen: dict[str, str]) -> pd.DataFrame:
    """Each further open question's answers as messages of their own: by the same respondent, at the same time,
    in the same conversation as the row's first answer, with the row's metadata and the question in it. An
    answer that says nothing ("No", "N/A", "-": `NO_ANSWER`) is no message."""
    parts = []
    for key in sorted(k for k in chosen if k.startswith(ANSWER)):
        col = chosen[key]
        text = df[col].astype("string").str.strip().reset_index(drop=True)
        has = ~text.fillna("").str.fullmatch(NO_ANSWER).to_numpy(bool)
        if not has.any():
            continue
        base = rows[has]
        parts.append(base.assign(**{
            S.MESSAGE_ID: base[S.MESSAGE_ID] + f":{key[len(ANSWER):]}", S.SOURCE_ID: base[S.SOURCE_ID] +
            f":{key[len(ANSWER):]}", S.TEXT: text[has].to_numpy(), S.RATING: float("nan"), S.RATING_TYPE: pd.NA,
            S.METADATA: S.metadata_with(base[S.METADATA], "question", [str(col)] * len(base))}))
    return pd.concat(parts, ignore_index=True) if parts else rows.iloc[0:0]


_ADDRESSED = re.compile(r"\b(?:you|your|yours|we|our|us|thanks?|sorry|apologi[sz]e|hi|hello|dear)\b", re.I)


def set_phrases(answers: pd.Series, most: int = 20, repeats: int = 5) -> bool:
    """Whether a column of the brand's "answers" is a status picked from a list rather than answers written to
    the customer: at most `most` different texts, each used `repeats` times on average, none of them addressed
    to anyone ("you", "we", "thanks", "sorry"). The CFPB's "Company public response" ("Company believes it acted
    appropriately as authorized by contract or law") is such a list; a shop's canned "Thank you for your review!"
    is an answer, however often it repeats."""
    texts = answers.astype("string").str.strip().dropna()
    distinct = texts.unique()
    return (0 < len(distinct) <= most and len(texts) >= repeats * len(distinct)
            and not any(_ADDRESSED.search(str(t)) for t in distinct))


def reply_messages(df: pd.DataFrame, reviews: pd.DataFrame, chosen: dict[str, str], options: LoadOptions,
                   notes: list[str]) -> pd.DataFrame:
    """The brand's answers written on the rows of the messages they answer, as messages of their own: by the
    brand, in the same conversation, answering that row's message, dated by the reply-date column."""
    text_col, when_col = reply_columns(df.columns, chosen)
    if text_col is None:
        return reviews.iloc[0:0]
    text = df[text_col].reset_index(drop=True)
    has = text.notna() & text.str.strip().fillna("").ne("")
    if not has.any() or words_per_value(df[[text_col]], set()).get(text_col, 0) < 3:
        return reviews.iloc[0:0]  # no answers, or not written ones (a "Response" of yes and no)
    if set_phrases(text[has]):
        phrases = text[has].str.strip().value_counts()
        notes.append(f"column '{text_col}' holds {len(phrases)} set phrases addressed to no one (e.g. "
                     f"'{phrases.index[0]}'), not answers written to the customer: kept with each message, not read "
                     "as the brand's replies.")
        return reviews.iloc[0:0]
    # An answer on a row with no message (no text, no rating) answers nothing the workspace keeps: the row is set
    # aside as empty, its answer with it.
    said = (reviews[S.TEXT].astype("string").str.strip().fillna("").ne("") | reviews[S.RATING].notna()).to_numpy()
    unanswered = int((has.to_numpy() & ~said).sum())
    has &= said
    if not has.any():
        notes.append(f"the answers of the brand in column '{text_col}' are all on rows with no message: none read.")
        return reviews.iloc[0:0]
    rows = reviews[has.to_numpy()]
    when = (to_utc(df[when_col].reset_index(drop=True)[has], options, dayfirst=bool(options.dayfirst))
            if when_col is not None else pd.Series(pd.NaT, index=rows.index, dtype="datetime64[ns, UTC]"))
    out = rows.assign(**{
        S.MESSAGE_ID: rows[S.MESSAGE_ID] + ":reply", S.SOURCE_ID: rows[S.SOURCE_ID] + ":reply",
        S.PARENT_ID: rows[S.MESSAGE_ID], S.CREATED_AT: when.to_numpy(), S.AUTHOR_ROLE: "brand",
        S.AUTHOR_ID: rows[S.BRAND].fillna(options.brand or S.UNNAMED_BRAND), S.TEXT: text[has].to_numpy(),
        S.RATING: float("nan"), S.RATING_TYPE: pd.NA, S.METADATA: pd.NA,
    })
    n = int(has.sum())
    notes.append(f"{n:,} answer{'s' if n > 1 else ''} of the brand in column '{text_col}' read as its replies to the "
                 "messages on their rows" + (f", dated by '{when_col}'" if when_col else " (undated)")
                 + (f"; {unanswered:,} more on rows with no message, set aside with them." if unanswered else "."))
    return out
