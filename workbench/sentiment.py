"""Sentiment and emotion per message, offline, from small heads on sentence embeddings.

The heads (workbench/models/*.npz, trained by scripts/train_models.py on TweetEval) are multinomial logistic
regressions on the frozen embeddings of one backend. Customer messages to a brand are far more often negative
than the tweets the heads learned from, so by default the class priors are re-estimated on the corpus being
analysed (Saerens, Latinne & Decaestecker 2002, EM on the predicted probabilities) and the probabilities
adjusted to them: label-shift adaptation that needs no labels.

With a few hundred messages labelled by the researcher, `share_correction` corrects aggregate shares for the
model's measured confusion (adjusted classify-and-count) with bootstrap confidence intervals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from workbench.errors import WorkbenchError

SENTIMENTS = ("negative", "neutral", "positive")
EMOTIONS = ("anger", "joy", "optimism", "sadness", "none")
MODELS = Path(__file__).resolve().parent / "models"


@dataclass(frozen=True)
class Head:
    """A linear softmax classifier over features: embeddings of one or more models, and VADER's scores."""

    coef: np.ndarray  # (classes, dim)
    intercept: np.ndarray  # (classes,)
    classes: tuple[str, ...]
    model_id: str  # the main embedding model
    prior: np.ndarray  # the class prior the head's probabilities assume
    features: tuple[str, ...] = ()  # what is concatenated: model ids, and "vader"

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def save_head(path: Path, model, classes: tuple[str, ...], model_id: str, prior: np.ndarray,
              features: tuple[str, ...]) -> None:
    """Store a fitted scikit-learn linear classifier as a Head (.npz, a few kB)."""
    balanced = getattr(model, "class_weight", None) == "balanced"
    prior = np.full(len(classes), 1 / len(classes)) if balanced else np.asarray(prior, float)
    np.savez(path, coef=model.coef_.astype(np.float32), intercept=model.intercept_.astype(np.float32),
             classes=np.array(classes), model_id=np.array(model_id), prior=prior, features=np.array(features))


def feature_spec(model_id: str) -> tuple[str, ...]:
    """The features a head on `model_id` embeddings uses: those embeddings, the static ones, and VADER."""
    from workbench.embed import StaticEmbedder

    static = StaticEmbedder().model_id
    return (model_id, "vader") if model_id == static else (model_id, static, "vader")


def vader_scores(texts: list[str]) -> np.ndarray:
    """VADER's negative, neutral, positive and compound scores per text (a lexicon: offline, fast)."""
    sia = _vader()
    out = np.zeros((len(texts), 4), np.float32)
    for i, t in enumerate(texts):
        s = sia.polarity_scores(t)
        out[i] = (s["neg"], s["neu"], s["pos"], s["compound"])
    return out


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def build_features(texts: list[str], spec: tuple[str, ...], given: dict[str, np.ndarray],
                   cache=None) -> np.ndarray:
    """Concatenate the features of `spec` for `texts`; embeddings not in `given` are computed (and cached)."""
    from workbench.embed import embed, get_embedder

    parts = []
    for name in spec:
        if name == "vader":
            parts.append(vader_scores(texts))
        elif name in given:
            parts.append(given[name])
        else:
            backend = "static" if name.startswith("static") else "minilm"
            parts.append(embed(texts, get_embedder(backend), cache, progress=False))
    return np.hstack(parts).astype(np.float32)


@lru_cache(maxsize=8)
def load_head(kind: str, model_id: str) -> Head:
    """The shipped `kind` head (sentiment, emotion) for embeddings of `model_id`."""
    backend = "static" if model_id.startswith("static") else "minilm"
    path = MODELS / f"{kind}-{backend}.npz"
    if not path.exists():
        raise WorkbenchError(f"{path}: the {kind} model is missing; reinstall workbench or run `make models`.")
    d = np.load(path)
    head = Head(d["coef"], d["intercept"], tuple(str(c) for c in d["classes"]), str(d["model_id"]), d["prior"],
                tuple(str(f) for f in d["features"]))
    if head.model_id != model_id:
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


def score_sentiment(features: np.ndarray, model_id: str, adapt: bool = False, head: Head | None = None) -> pd.DataFrame:
    """sentiment_label, sentiment_score in [-1, 1] (P(positive) - P(negative)) and the three probabilities.

    `features` come from `build_features(texts, feature_spec(model_id), ...)`. Labels are the balanced head's
    (best macro-F1, also when the corpus is mostly negative); with `adapt`, probabilities are first adjusted
    to priors re-estimated on these messages (better shares, worse minority-class recall; at least 100).
    """
    head = head or load_head("sentiment", model_id)
    p = head.proba(features) if len(features) else np.zeros((0, 3))
    if adapt and len(p) >= 100:
        p, _ = adapt_priors(p, head.prior)
    labels = np.array(head.classes)[p.argmax(axis=1)] if len(p) else np.array([], dtype=str)
    return pd.DataFrame({
        "sentiment_label": labels, "sentiment_score": (p[:, 2] - p[:, 0]).round(4),
        "p_negative": p[:, 0], "p_neutral": p[:, 1], "p_positive": p[:, 2],
    })


def estimated_shares(features: np.ndarray, model_id: str, head: Head | None = None) -> dict[str, float]:
    """Sentiment shares of a corpus, with priors re-estimated by EM (label-shift corrected)."""
    head = head or load_head("sentiment", model_id)
    if not len(features):
        return {}
    _, prior = adapt_priors(head.proba(features), head.prior)
    return {c: round(float(v), 4) for c, v in zip(head.classes, prior, strict=True)}


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


def share_correction(predicted: pd.Series, labelled: pd.DataFrame, classes: tuple[str, ...] = SENTIMENTS,
                     n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Class shares corrected for the model's confusion, measured on a researcher-labelled sample.

    `labelled` has columns `label` (the researcher's) and `predicted` (the model's) for the same messages.
    Adjusted classify-and-count: true shares q solve C^T q = observed shares, with C[i, j] = P(pred j | true i);
    the 95% interval comes from resampling both the labelled sample and the predictions.
    """
    rng = np.random.default_rng(seed)
    k = len(classes)
    idx = {c: i for i, c in enumerate(classes)}

    def estimate(pred: np.ndarray, lab_true: np.ndarray, lab_pred: np.ndarray) -> np.ndarray:
        conf = np.full((k, k), 1e-9)
        for t, q in zip(lab_true, lab_pred, strict=True):
            conf[t, q] += 1
        conf /= conf.sum(axis=1, keepdims=True)
        observed = np.bincount(pred, minlength=k) / max(len(pred), 1)
        q, *_ = np.linalg.lstsq(conf.T, observed, rcond=None)
        q = np.clip(q, 0, None)
        return q / q.sum() if q.sum() > 0 else observed

    pred = predicted.map(idx).to_numpy()
    lt, lp = labelled["label"].map(idx).to_numpy(), labelled["predicted"].map(idx).to_numpy()
    point = estimate(pred, lt, lp)
    boots = []
    for _ in range(n_boot):
        i = rng.integers(0, len(lt), len(lt))
        j = rng.integers(0, len(pred), len(pred))
        boots.append(estimate(pred[j], lt[i], lp[i]))
    lo, hi = np.percentile(np.array(boots), [2.5, 97.5], axis=0)
    raw = np.bincount(pred, minlength=k) / max(len(pred), 1)
    return pd.DataFrame({"label": classes, "predicted_share": raw, "corrected_share": point, "ci_low": lo,
                         "ci_high": hi})


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


def calibrate(features: np.ndarray, labels: pd.Series, model_id: str, folds: int = 5,
              seed: int = 0) -> tuple[Head, pd.DataFrame, np.ndarray]:
    """Adapt the sentiment head to researcher labels; report macro-F1 before and after by cross-validation.

    Returns the head adapted on all labels, a one-row table (n, macro-F1 shipped, macro-F1 adapted) and the
    cross-validated predictions of the adapted head (for measuring its confusion honestly).
    """
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    head = load_head("sentiment", model_id)
    y = labels.to_numpy().astype(str)
    unknown = set(y) - set(head.classes)
    if unknown:
        raise WorkbenchError(f"sentiment labels must be {', '.join(head.classes)}; found {sorted(unknown)}.")
    before, after = np.empty(len(y), dtype=object), np.empty(len(y), dtype=object)
    k = min(folds, int(pd.Series(y).value_counts().min())) if len(set(y)) > 1 else 0
    if k >= 2:
        for train, test in StratifiedKFold(k, shuffle=True, random_state=seed).split(features, y):
            adapted = adapt_head(head, features[train], y[train])
            before[test] = np.array(head.classes)[head.proba(features[test]).argmax(axis=1)]
            after[test] = np.array(adapted.classes)[adapted.proba(features[test]).argmax(axis=1)]
    report = pd.DataFrame([{
        "labelled": len(y), "folds": k,
        "macro_f1_shipped": f1_score(y, before, average="macro") if k >= 2 else np.nan,
        "macro_f1_adapted": f1_score(y, after, average="macro") if k >= 2 else np.nan,
    }])
    return adapt_head(head, features, y), report, after
