"""Evidence a reader trusts: each topic's representative messages, distinct (near-duplicates collapsed and
counted), whole words, chosen to cover the topic rather than only its centre."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from workbench.analysis.topic_words import WORD, profane
from workbench.ingest.clean import MENTION, URL


def whole_words(text: str, limit: int = 240) -> str:
    """`text` cut at a word boundary to at most `limit` characters (with an ellipsis when cut)."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-")
    return cut + " …"


def swears(text: str) -> bool:
    """Whether a text swears (the words topic names never use): quotes are forwarded to managers, so one that
    does not swear comes first where the choice exists."""
    return any(profane(w) for w in re.findall(r"[a-z]+", text.lower()))


def _cluttered(text: str) -> bool:
    """More handles and links than words: a message a reader cannot read for what it says."""
    from workbench.ingest.clean import WORD as ANY_WORD

    noise = len(MENTION.findall(text)) + len(URL.findall(text))
    return noise > 0 and noise >= len(ANY_WORD.findall(URL.sub(" ", MENTION.sub(" ", text))))


def representatives(members: np.ndarray, embeddings: np.ndarray, centre: np.ndarray, texts: Sequence[str],
                    k: int = 4, similar: float = 0.92, shared: float = 0.5) -> list[str]:
    """Up to `k` distinct messages that cover a topic: the most typical first, then each time the member
    least like those already chosen among the more typical half (max-min diversity). Near-duplicates of a
    chosen message (the same words, or cosine >= `similar` with at least `shared` of their words in common)
    are collapsed into it and counted ("+41 similar"). Meaning alone does not make a copy: long complaints
    embedded by static vectors lie above 0.92 of one another, and a topic of 82 different CFPB complaints was
    shown as one of them "(+78 similar)"."""
    from workbench.ingest.clean import dedupe_key

    if not len(members):
        return []
    x = embeddings[members]
    typical = x @ centre
    order = np.argsort(-typical, kind="stable")
    # Messages that are mostly handles and links ("@user @user @user @Tesco @user ... so strong! https://...") or
    # that swear are quoted only where too few others are, however typical (checked among the 2,000 most
    # typical: quotes come from there, and a topic of 100,000 messages costs no more)
    top = order[:2000]
    unfit = np.array([_cluttered(str(texts[members[i]])) or swears(str(texts[members[i]])) for i in top], bool)
    fit = np.concatenate([top[~unfit], order[2000:]])
    order = np.concatenate([fit, top[unfit]])
    candidates = fit if len(fit) >= k else order
    pool = candidates[: max(k, (len(candidates) + 1) // 2)]
    keys = np.array([dedupe_key(texts[i]) for i in members], dtype=object)
    words = [frozenset(WORD.findall(str(texts[i]).lower())) for i in members]

    def copies(rows: np.ndarray, c: int, cosine: np.ndarray) -> np.ndarray:
        """Which of `rows` (at `cosine` to member `c`) are near-duplicates of it."""
        out = keys[rows] == keys[c]
        for j in np.flatnonzero(cosine >= similar):  # words compared only where the meaning is close
            a, b = words[rows[j]], words[c]
            out[j] |= len(a & b) >= shared * max(len(a | b), 1)
        return out

    chosen: list[int] = [int(order[0])]
    while len(chosen) < k:
        sims = x[pool] @ x[chosen].T
        dup = np.any([copies(pool, c, sims[:, i]) for i, c in enumerate(chosen)], axis=0)
        if dup.all():
            break
        score = np.where(dup, np.inf, sims.max(axis=1))
        chosen.append(int(pool[int(np.argmin(score))]))
    sims = x @ x[chosen].T
    near = sims.argmax(axis=1)  # every member counted with the chosen message it is closest to
    out = []
    everyone = np.arange(len(members))
    for j, c in enumerate(chosen):
        same = copies(everyone, c, sims[:, j])
        extra = int(same.sum()) - 1 if near[c] == j else 0
        text = whole_words(texts[members[c]])
        out.append(f"{text} (+{extra} similar)" if extra > 0 else text)
    return out


