"""Sentiment and emotion per message, offline, from small heads on sentence embeddings.

The heads (workbench/models/*.npz, trained by scripts/train_models.py on the labelled corpora of
../shared/data: brand tweets, SemEval, reviews, weakly labelled customer-care tweets) are logistic regressions
on the frozen embeddings of one backend (with the static embedding and VADER's scores), averaged with a head on
hashed word n-grams. With 30 or more researcher labels the embedding head is adapted to them (`calibrate`).
How the shares of the labels are estimated, with intervals, is workbench.analysis.shares.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.analysis.shares import corrected_shares, share_correction  # noqa: F401 (their home before)
from workbench.errors import WorkbenchError

SENTIMENTS = ("negative", "neutral", "positive")
EMOTIONS = ("anger", "joy", "optimism", "sadness", "none")
MODELS = Path(__file__).resolve().parent.parent / "models"


@dataclass(frozen=True)
class Head:
    """A linear softmax classifier over features: embeddings of one or more models, and VADER's scores."""

    coef: np.ndarray  # (classes, dim)
    intercept: np.ndarray  # (classes,)
    classes: tuple[str, ...]
    model_id: str  # the main embedding model
    prior: np.ndarray  # the class prior the head's probabilities assume
    features: tuple[str, ...] = ()  # what is concatenated: model ids, and "vader"
    confusion: np.ndarray | None = None  # held-out counts [true, predicted] of the shipped model, across data sets
    share_errors: np.ndarray | None = None  # per held-out data set: true minus predicted share of each class

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def save_head(path: Path, model, classes: tuple[str, ...], model_id: str, prior: np.ndarray,
              features: tuple[str, ...], confusion: np.ndarray | None = None,
              share_errors: np.ndarray | None = None) -> None:
    """Store a fitted scikit-learn linear classifier as a Head (.npz, a few kB)."""
    balanced = getattr(model, "class_weight", None) == "balanced"
    prior = np.full(len(classes), 1 / len(classes)) if balanced else np.asarray(prior, float)
    extra = {k: np.asarray(v, float) for k, v in (("confusion", confusion), ("share_errors", share_errors))
             if v is not None}
    np.savez(path, coef=model.coef_.astype(np.float32), intercept=model.intercept_.astype(np.float32),
             classes=np.array(classes), model_id=np.array(model_id), prior=prior, features=np.array(features),
             **extra)


NGRAM_FEATURES = 2 ** 18


def _hashing():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(ngram_range=(1, 2), n_features=NGRAM_FEATURES, alternate_sign=False, norm=None)


@dataclass(frozen=True)
class NgramHead:
    """A linear softmax classifier over hashed word uni- and bigrams (sublinear tf-idf, L2-normalised): it
    knows the words of customer complaints ("delayed", "on hold", "refund") that sentence embeddings blur.
    Its probabilities are averaged with the embedding head's."""

    coef: np.ndarray  # (classes, NGRAM_FEATURES)
    intercept: np.ndarray
    idf: np.ndarray  # (NGRAM_FEATURES,)
    classes: tuple[str, ...]

    def transform(self, texts: list[str]):
        from sklearn.preprocessing import normalize

        counts = _hashing().transform(texts)
        counts.data = 1 + np.log(counts.data)
        return normalize(counts.multiply(self.idf).tocsr())

    def proba(self, texts: list[str]) -> np.ndarray:
        z = np.asarray(self.transform(texts) @ self.coef.T.astype(np.float32)) + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def save_ngram(path: Path, head: NgramHead) -> None:
    np.savez_compressed(path, coef=head.coef.astype(np.float16), intercept=head.intercept.astype(np.float32),
                        idf=head.idf.astype(np.float16), classes=np.array(head.classes))


@lru_cache(maxsize=2)
def load_ngram(kind: str = "sentiment") -> NgramHead | None:
    path = MODELS / f"{kind}-ngram.npz"
    if not path.exists():
        return None
    d = np.load(path)
    return NgramHead(d["coef"].astype(np.float32), d["intercept"], d["idf"].astype(np.float32),
                     tuple(str(c) for c in d["classes"]))


def head_space(model_id: str) -> str:
    """The embeddings the shipped heads read for an analysis embedded with `model_id`: its own for MiniLM (any
    precision) and static; the static ones for a researcher's own model (its vectors serve the topics), since
    the heads were trained on those two only."""
    from workbench.analysis.embed import MINILM, StaticEmbedder, family

    static = StaticEmbedder().model_id
    return model_id if family(model_id) == MINILM or model_id == static else static


def feature_spec(model_id: str) -> tuple[str, ...]:
    """The features a head on `model_id` embeddings uses: those embeddings, the static ones, and VADER."""
    from workbench.analysis.embed import StaticEmbedder

    static = StaticEmbedder().model_id
    model_id = head_space(model_id)
    return (model_id, "vader") if model_id == static else (model_id, static, "vader")


def vader_scores(texts: list[str]) -> np.ndarray:
    """VADER's negative, neutral, positive and compound scores per text (a lexicon: offline, fast)."""
    sia = vader_analyzer()
    out = np.zeros((len(texts), 4), np.float32)
    for i, t in enumerate(texts):
        s = sia.polarity_scores(t)
        out[i] = (s["neg"], s["neu"], s["pos"], s["compound"])
    return out


class VaderScorer:
    """VADER's four scores behind the embedder interface, so the vector cache keeps them too."""

    model_id = "vader-4"

    def encode(self, texts, progress: bool = False) -> np.ndarray:
        return vader_scores(list(texts))


@lru_cache(maxsize=1)
def vader_analyzer():
    """VADER's analyser, loaded once per process (its lexicon also serves topic names: `topic_names._praise_words`).

    It scores exactly as VADER does, but its negation and idiom checks, which lower-case a message's every word
    for each word they check (time quadratic in the message's length: half of VADER's 9 s on 5,400 help-desk
    tickets), are handed only the three words either side that they read."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    class WindowedVader(SentimentIntensityAnalyzer):
        @staticmethod
        def _negation_check(valence, words_and_emoticons, start_i, i):
            lo = max(0, i - 3)  # called for i > start_i: it reads words i-1 to i-1-start_i (start_i <= 2)
            return SentimentIntensityAnalyzer._negation_check(valence, words_and_emoticons[lo:i], start_i, i - lo)

        @staticmethod
        def _special_idioms_check(valence, words_and_emoticons, i):
            # called for i >= 3: it reads words i-3 to i+2 and whether i+1 and i+2 exist
            return SentimentIntensityAnalyzer._special_idioms_check(valence, words_and_emoticons[i - 3:i + 3], 3)

    return WindowedVader()


def build_features(texts: list[str], spec: tuple[str, ...], given: dict[str, np.ndarray],
                   cache=None) -> np.ndarray:
    """Concatenate the features of `spec` for `texts`; embeddings not in `given` are computed (and cached)."""
    from workbench.analysis.embed import backend_of, embed, get_embedder

    parts = []
    for name in spec:
        if name == "vader":  # through the vector cache too: VADER is the slowest feature after the embedding
            parts.append(embed(texts, VaderScorer(), cache, progress=False))
        elif name in given:
            parts.append(given[name])
        else:
            parts.append(embed(texts, get_embedder(backend_of(name)), cache, progress=False))
    return np.hstack(parts).astype(np.float32)


@lru_cache(maxsize=8)
def load_head(kind: str, model_id: str) -> Head:
    """The shipped `kind` head (sentiment, emotion) for embeddings of `model_id` (any precision of its model)."""
    from workbench.analysis.embed import family

    model_id = head_space(model_id)
    backend = "static" if model_id.startswith("static") else "minilm"
    path = MODELS / f"{kind}-{backend}.npz"
    if not path.exists():
        raise WorkbenchError(f"{path}: the {kind} model is missing; reinstall workbench or run `make models`.")
    d = np.load(path)
    head = Head(d["coef"], d["intercept"], tuple(str(c) for c in d["classes"]), str(d["model_id"]), d["prior"],
                tuple(str(f) for f in d["features"]), d.get("confusion"), d.get("share_errors"))
    if family(head.model_id) != family(model_id):
        raise WorkbenchError(f"the {kind} model was trained on {head.model_id} embeddings, not {model_id}; use "
                             "--embedding minilm or static.")
    return head


def adapt_priors(proba: np.ndarray, train_prior: np.ndarray, max_iter: int = 200,
                 tol: float = 1e-6) -> tuple[np.ndarray, np.ndarray]:
    """EM re-estimation of class priors on unlabelled data; returns (adjusted probabilities, new prior)."""
    prior = train_prior.copy()
    adjusted = proba
    for _ in range(max_iter):
        w = prior / train_prior
        adjusted = proba * w
        adjusted /= adjusted.sum(axis=1, keepdims=True)
        new = adjusted.mean(axis=0)
        if np.abs(new - prior).max() < tol:
            prior = new
            break
        prior = new
    return adjusted, prior


READER_BELOW = 0.6  # the fine-tuned reader is consulted where the heads' best class is less likely than this


def reader_version(model_id: str) -> str | None:
    """The fine-tuned sentiment reader's model id (workbench.analysis.sentiment_reader) where an analysis
    embedded with `model_id` uses it: MiniLM at any precision; None on the other paths (static, a researcher's
    own model) or where the file is missing."""
    from workbench.analysis.embed import MINILM, family
    from workbench.analysis.sentiment_reader import SentimentReader, reader_available

    if family(model_id) != MINILM or head_space(model_id) != model_id or not reader_available():
        return None
    return SentimentReader().model_id


def sentiment_reader(model_id: str, cache=None) -> Callable[[list[str]], np.ndarray] | None:
    """The fine-tuned sentiment reader where an analysis embedded with `model_id` uses it (`reader_version`):
    texts -> P(negative, neutral, positive), cached by text; else None."""
    from workbench.analysis.embed import embed
    from workbench.analysis.sentiment_reader import SentimentReader

    if reader_version(model_id) is None:
        return None
    return lambda texts: embed(texts, SentimentReader(), cache, progress=False).reshape(len(texts), 3)


def consult_reader(p: np.ndarray, reader_rows: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Where the heads are unsure (their best class under `READER_BELOW`), their probabilities averaged with the
    reader's (`reader_rows`: row numbers -> its probabilities); elsewhere the heads' as they are. In held-out
    folds this scored within 0.003 macro-F1 of averaging everywhere (where the heads were 0.7 sure or more,
    the reader changed no label) and reads about half of the messages (docs/quality.md)."""
    unsure = np.flatnonzero(p.max(axis=1) < READER_BELOW)
    if not len(unsure):
        return p
    p = p.copy()
    p[unsure] = (p[unsure] + reader_rows(unsure)) / 2
    return p


def sentiment_proba(features: np.ndarray, model_id: str, head: Head | None = None,
                    texts: list[str] | None = None, reader=None) -> np.ndarray:
    """P(negative, neutral, positive) per message: the embedding head's, averaged with the n-gram head's
    when `texts` are given, then, with `reader` too (`sentiment_reader`), with the fine-tuned reader's where
    both heads are unsure (`consult_reader`): the shipped model (see docs/quality.md)."""
    head = head or load_head("sentiment", model_id)
    if not len(features):
        return np.zeros((0, len(head.classes)))
    p = head.proba(features)
    ngram = load_ngram("sentiment") if texts is not None else None
    if ngram is not None:
        p = (p + ngram.proba(list(texts))[:, [ngram.classes.index(c) for c in head.classes]]) / 2
        if reader is not None:
            p = consult_reader(p, lambda rows: reader([texts[i] for i in rows]))
    return p


def score_sentiment(features: np.ndarray, model_id: str, adapt: bool = False, head: Head | None = None,
                    texts: list[str] | None = None, reader=None) -> pd.DataFrame:
    """sentiment_label, sentiment_score in [-1, 1] (P(positive) - P(negative)) and the three probabilities.

    `features` come from `build_features(texts, feature_spec(model_id), ...)`; with `texts`, the n-gram head
    joins in, and with them the fine-tuned reader `reader` (`sentiment_proba`). Labels are the
    balanced model's (best macro-F1 across data sets, also when a corpus is mostly negative); with `adapt`,
    probabilities are first adjusted to priors re-estimated on these messages (at least 100).
    """
    head = head or load_head("sentiment", model_id)
    p = sentiment_proba(features, model_id, head, texts, reader)
    if adapt and len(p) >= 100:
        p, _ = adapt_priors(p, head.prior)
    labels = np.array(head.classes)[p.argmax(axis=1)] if len(p) else np.array([], dtype=str)
    return pd.DataFrame({
        "sentiment_label": labels, "sentiment_score": (p[:, 2] - p[:, 0]).round(4),
        "p_negative": p[:, 0], "p_neutral": p[:, 1], "p_positive": p[:, 2],
    })


def shipped_share_errors(model_id: str) -> np.ndarray | None:
    """How far the shipped model's shares landed from the truth on held-out data sets (rows: data sets)."""
    return load_head("sentiment", model_id).share_errors


def shipped_confusion(model_id: str) -> np.ndarray:
    """Held-out confusion counts of the shipped sentiment model (true x predicted), measured across data sets
    by scripts/train_models.py; an uninformative identity when a custom head carries none."""
    head = load_head("sentiment", model_id)
    return head.confusion if head.confusion is not None else np.eye(len(head.classes))


def score_emotion(features: np.ndarray, model_id: str, sentiment: pd.DataFrame,
                  threshold: float = 0.45) -> pd.Series:
    """anger, joy, optimism, sadness, or none (for neutral messages and unsure calls)."""
    head = load_head("emotion", model_id)
    if not len(features):
        return pd.Series([], dtype="string")
    p = head.proba(features)
    labels = np.array(head.classes)[p.argmax(axis=1)].astype(object)
    unsure = p.max(axis=1) < threshold
    neutral = (sentiment["sentiment_label"] == "neutral").to_numpy()
    labels[unsure | neutral] = "none"
    return pd.Series(labels, dtype="string")


def adapt_head(head: Head, x: np.ndarray, labels: np.ndarray, strength: float = 1.0, steps: int = 300,
               lr: float = 0.5) -> Head:
    """The head adapted to a researcher's labelled messages: softmax regression on their features, pulled
    towards the shipped weights (L2 penalty `strength` on the difference), so a few hundred labels shift the
    model to the domain without forgetting what it knew. `labels` are class names."""
    idx = {c: i for i, c in enumerate(head.classes)}
    y = np.eye(len(head.classes))[[idx[c] for c in labels]]
    w, b = head.coef.astype(np.float64).copy(), head.intercept.astype(np.float64).copy()
    w0, b0 = w.copy(), b.copy()
    n = len(x)
    for _ in range(steps):
        z = x @ w.T + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        w -= lr * (g.T @ x + strength * (w - w0) / n)
        b -= lr * (g.sum(axis=0) + strength * (b - b0) / n)
    return Head(w.astype(np.float32), b.astype(np.float32), head.classes, head.model_id, head.prior, head.features)


def save_adapted(head: Head, path: Path) -> None:
    np.savez(path, coef=head.coef, intercept=head.intercept, classes=np.array(head.classes),
             model_id=np.array(head.model_id), prior=head.prior, features=np.array(head.features))


def load_adapted(path: Path) -> Head:
    d = np.load(path)
    return Head(d["coef"], d["intercept"], tuple(str(c) for c in d["classes"]), str(d["model_id"]), d["prior"],
                tuple(str(f) for f in d["features"]))


def calibrate(features: np.ndarray, labels: pd.Series, model_id: str, folds: int = 5, seed: int = 0,
              texts: list[str] | None = None, reader=None) -> tuple[Head, pd.DataFrame, np.ndarray, bool]:
    """Adapt the sentiment head to researcher labels; report macro-F1 before and after by cross-validation.

    The shipped model is the embedding head averaged with the n-gram head (with `texts`), then with the
    fine-tuned reader (with `reader`). Adapted, two models are scored by the same cross-validation: the adapted
    head averaged with the others, and the adapted head alone (it can follow labels the n-gram head disagrees
    with); the better one is used. Returns the head adapted on all labels, a one-row table (n, folds, macro-F1
    shipped, macro-F1 adapted, the model chosen), the cross-validated predictions of the chosen model (for
    measuring its confusion honestly) and whether the n-gram head (and the reader) takes part.
    """
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    head = load_head("sentiment", model_id)
    y = labels.to_numpy().astype(str)
    unknown = set(y) - set(head.classes)
    if unknown:
        raise WorkbenchError(f"sentiment labels must be {', '.join(head.classes)}; found {sorted(unknown)}.")
    classes = np.array(head.classes)
    before, mixed, alone = (np.empty(len(y), dtype=object) for _ in range(3))
    k = min(folds, int(pd.Series(y).value_counts().min())) if len(set(y)) > 1 else 0
    if k >= 2:
        for train, test in StratifiedKFold(k, shuffle=True, random_state=seed).split(features, y):
            adapted = adapt_head(head, features[train], y[train])
            part = None if texts is None else [texts[i] for i in test]
            before[test] = classes[sentiment_proba(features[test], model_id, head, part, reader).argmax(axis=1)]
            mixed[test] = classes[sentiment_proba(features[test], model_id, adapted, part, reader).argmax(axis=1)]
            alone[test] = classes[adapted.proba(features[test]).argmax(axis=1)]
    f1 = {name: f1_score(y, pred, average="macro") if k >= 2 else np.nan
          for name, pred in (("shipped", before), ("mixed", mixed), ("alone", alone))}
    use_ngram = texts is not None and not f1["alone"] > f1["mixed"]
    report = pd.DataFrame([{
        "labelled": len(y), "folds": k, "macro_f1_shipped": f1["shipped"],
        "macro_f1_adapted": f1["mixed"] if use_ngram else f1["alone"],
        "model": ("adapted head with the n-gram head" + (" and the fine-tuned reader" if reader is not None else "")
                  if use_ngram else "adapted head alone"),
    }])
    return adapt_head(head, features, y), report, (mixed if use_ngram else alone), use_ngram


STAR_LABELS = {1: "negative", 2: "negative", 3: "neutral", 4: "positive", 5: "positive"}


def from_stars(rating: pd.Series, rating_type: pd.Series) -> pd.Series:
    """The sentiment a 1-5 star rating states about its own message (1-2 negative, 3 neutral, 4-5 positive: the
    convention of the review sets in docs/quality.md), NA where the message has no star rating. Half stars
    round to the nearer whole star, halves up."""
    stars = pd.to_numeric(rating, errors="coerce").where(rating_type.astype("string").eq("stars").fillna(False))
    stars = np.floor(stars.where(stars.between(1, 5)) + 0.5)
    return stars.map(STAR_LABELS).astype(object).where(stars.notna(), None)


# The column in which an export carries its own reading of each message: a listening tool's "Sentiment", a data
# set's "airline_sentiment", a social inbox's "Tonality". Its values, in the languages of the column names the
# loaders know ("Negative", "very positive", "Neutre", "negativ").
EXPORT_SENTIMENT_NAME = re.compile(r"(?:^|[\W_])(?:sentiment|tonality|tone|polarity|stimmung|sentimiento)"
                                   r"(?:[\W_]*label)?$"
                                   r"|^is_there_an_emotion|emotion[\W_]+(?:directed|toward)", re.I)  # SXSW's column
_SENTIMENT_WORDS = {
    "negative": {"neg", "negative", "negativ", "négatif", "négative", "negatif", "negativo", "negativa", "negatief"},
    "neutral": {"neu", "neutral", "neutre", "neutro", "neutra", "neutraal"},
    "positive": {"pos", "positive", "positiv", "positif", "positivo", "positiva", "positief"},
}
_SENTIMENT_OF_WORD = {w: label for label, words in _SENTIMENT_WORDS.items() for w in words}
_DEGREE = re.compile(r"^(?:very|somewhat|slightly|mostly|strongly|extremely|sehr|très|muy|molto)\s+")
_KIND = re.compile(r"\s+(?:emotion|sentiment|feeling|tone)$")  # "Positive emotion"
# "No emotion toward brand or product": a reading of none, which is neutral
_NO_FEELING = re.compile(r"^no (?:emotion|sentiment|feeling)\b")
# What a tool writes where it gave no reading (Meltwater's "Not Rated"): no value, not a value it failed to read.
UNRATED = {"not rated", "unrated", "not scored", "unknown", "undefined", "none", "n/a", "na", "-", "mixed",
           "not applicable", "nicht bewertet", "non évalué", "sin valorar", "i can't tell", "can't tell",
           "not_relevant", "not relevant", "irrelevant"}


def sentiment_word(value: object) -> str | None:
    """negative / neutral / positive for a value an export's sentiment column holds ("Negative", "very positive",
    "neutre"), None for anything else ("Mixed", "Not rated", a score)."""
    if not isinstance(value, str):
        return None
    word = value.strip().lower()
    if _NO_FEELING.match(word):
        return "neutral"
    return _SENTIMENT_OF_WORD.get(_KIND.sub("", _DEGREE.sub("", word)))


def export_sentiment(metadata: pd.Series, sample: int = 2000, least: int = 20) -> tuple[str, pd.Series] | None:
    """The export's own sentiment of each message, where one of its columns (kept in `metadata`, JSON) carries
    it: the column's name (`EXPORT_SENTIMENT_NAME`) and its values as negative / neutral / positive (None where a
    message has none, "Mixed" or "Not Rated"). A column qualifies where at least `least` of the first `sample`
    messages hold a value and 80% of the values (`UNRATED` ones left out) read as one of the three ("Negative",
    "Positive emotion", "No emotion toward brand or product"), or all are whole numbers from -5 to 5 of both signs
    (Talkwalker's scale: the sign is the reading), or from 1 to 5 with both ends (read as stars); None where no
    column does."""
    filled = metadata.dropna()
    if filled.empty:
        return None
    head = pd.json_normalize(filled.head(sample).map(json.loads).tolist())
    for key in head.columns:
        if not EXPORT_SENTIMENT_NAME.search(str(key)):
            continue
        values = head[key].dropna().astype(str).str.strip()
        values = values[(values != "") & ~values.str.lower().isin(UNRATED)]
        read = sentiment_word if values.map(sentiment_word).notna().mean() >= 0.8 else \
            sentiment_sign if _signed_scale(values) else sentiment_of_five if _five_point(values) else None
        if len(values) >= least and read is not None:
            values = S.metadata_values(metadata, key)
            labels = pd.Series([read(v) for v in values], index=metadata.index, dtype=object)
            return str(key), labels
    return None


def _signed_scale(values: pd.Series) -> bool:
    """Whether a column's values are whole numbers from -5 to 5 with both signs among them (Talkwalker's
    sentiment): a score whose sign is its reading, unlike a 1-5 rating or a probability."""
    numbers = pd.to_numeric(values, errors="coerce")
    return bool(numbers.notna().all() and numbers.between(-5, 5).all() and (numbers % 1 == 0).all()
                and (numbers < 0).any() and (numbers > 0).any())


def _five_point(values: pd.Series) -> bool:
    """Whether a sentiment column's values are whole numbers from 1 to 5 with both ends among them (CrowdFlower's
    tweets to Apple: 1 negative, 3 neutral, 5 positive), read as stars are."""
    numbers = pd.to_numeric(values, errors="coerce")
    return bool(numbers.notna().all() and numbers.between(1, 5).all() and (numbers % 1 == 0).all()
                and (numbers <= 2).any() and (numbers >= 4).any())


def sentiment_of_five(value: object) -> str | None:
    """negative / neutral / positive for a whole number from 1 to 5 (1-2, 3, 4-5); None for anything else."""
    number = pd.to_numeric(value, errors="coerce")
    return STAR_LABELS.get(int(number)) if pd.notna(number) and number % 1 == 0 else None


def sentiment_sign(value: object) -> str | None:
    """negative / neutral / positive for a score on a signed scale (-5 to 5): its sign; None where no number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else "negative" if number < 0 else "positive" if number > 0 else "neutral"
