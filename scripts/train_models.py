"""Train the sentiment and emotion heads shipped in workbench/models/ (users never train).

    python scripts/train_models.py [--shared ../shared/data]      (or: make models)

Intent: Bitext and the BANKING77 train split, mapped onto the workbench's intents (intent_labels.py);
benchmarks/quality.py measures it across data sets. Sentiment: TweetEval sentiment (the val split and 70% of
the test split; the train split's text is not public here), with the other 30% of the test split held out for
evaluation. Emotion: TweetEval emotion train and val, evaluated on its test split. Each head is a multinomial
logistic regression (balanced class weights, C chosen by 3-fold cross-validation on the training part) on the
frozen sentence embeddings of its backend, concatenated with the static
embeddings and VADER's four lexicon scores. Embeddings are cached, so a second run takes seconds. Seeds are
fixed: the same data gives the same heads.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import cross_val_score, train_test_split

from workbench import intent_labels
from workbench.embed import EmbeddingCache, cache_home, embed, get_embedder
from workbench.sentiment import EMOTIONS, SENTIMENTS, build_features, feature_spec, save_head

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "workbench" / "models"


def read_split(folder: Path, split: str) -> tuple[list[str], np.ndarray]:
    texts = (folder / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
    labels = np.array([int(x) for x in (folder / f"{split}_labels.txt").read_text().split()])
    assert len(texts) == len(labels), split
    return texts, labels


def intent_training(shared: Path) -> tuple[list[str], np.ndarray]:
    """Bitext (27 intents) and BANKING77 train (77 intents) mapped onto complaint, request, question,
    churn_threat and other (praise comes from sentiment; see workbench/intent.py)."""
    import pandas as pd

    bx = pd.read_csv(shared / "bitext-customer-support" / "Bitext_Sample_Customer_Support_Training_Dataset.csv")
    b77 = pd.read_csv(shared / "banking77" / "train.csv")
    texts = bx["instruction"].tolist() + b77["text"].tolist()
    labels = bx["intent"].map(intent_labels.BITEXT).tolist() + b77["category"].map(intent_labels.banking77).tolist()
    return texts, np.array(labels)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=0).fit(x, y)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--backends", nargs="+", default=["minilm", "static"])
    args = ap.parse_args()
    cache = EmbeddingCache(cache_home() / "training-embeddings.duckdb")
    sent_dir, emo_dir = args.shared / "tweeteval" / "sentiment", args.shared / "tweeteval" / "emotion"
    val_t, val_y = read_split(sent_dir, "val")
    test_t, test_y = read_split(sent_dir, "test")
    tr_t, ho_t, tr_y, ho_y = train_test_split(test_t, test_y, test_size=0.3, stratify=test_y, random_state=0)
    s_train_t, s_train_y = val_t + tr_t, np.concatenate([val_y, tr_y])
    e_train_t, e_train_y = [], []
    for split in ("train", "val"):
        t, y = read_split(emo_dir, split)
        e_train_t += t
        e_train_y.append(y)
    e_train_y = np.concatenate(e_train_y)
    e_test_t, e_test_y = read_split(emo_dir, "test")

    report = {}
    for backend in args.backends:
        emb = get_embedder(backend)
        spec = feature_spec(emb.model_id)
        def vec(texts, emb=emb, spec=spec):
            return build_features(texts, spec, {emb.model_id: embed(texts, emb, cache)}, cache)

        xs, xh = vec(s_train_t), vec(ho_t)
        cv = {c: cross_val_score(LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=0),
                                 xs, s_train_y, cv=3, scoring="f1_macro").mean() for c in (0.3, 1, 3)}
        best_c = max(cv, key=cv.get)  # chosen on the training part only; the hold-out stays unseen
        head = fit(xs, s_train_y, best_c)
        prior = np.bincount(s_train_y, minlength=3) / len(s_train_y)
        save_head(MODELS / f"sentiment-{backend}.npz", head, SENTIMENTS, emb.model_id, prior, spec)
        ex, et = vec(e_train_t), vec(e_test_t)
        ehead = fit(ex, e_train_y, 1.0)
        save_head(MODELS / f"emotion-{backend}.npz", ehead, EMOTIONS[:4], emb.model_id,
                  np.bincount(e_train_y, minlength=4) / len(e_train_y), spec)
        ix, iy = intent_training(args.shared)
        ihead = fit(vec(ix), iy, 1.0)
        save_head(MODELS / f"intent-{backend}.npz", ihead, tuple(ihead.classes_), emb.model_id,
                  np.bincount(np.searchsorted(ihead.classes_, iy)) / len(iy), spec)
        report[backend] = {
            "features": list(spec),
            "sentiment_C": best_c,
            "sentiment_macro_f1_tweeteval_holdout": round(float(f1_score(ho_y, head.predict(xh), average="macro")), 4),
            "emotion_macro_f1_tweeteval_test": round(float(f1_score(e_test_y, ehead.predict(et), average="macro")), 4),
        }
        print(backend, report[backend], flush=True)
    (MODELS / "training_report.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
