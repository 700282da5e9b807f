"""Train the sentiment and emotion heads shipped in workbench/models/ (users never train).

    python scripts/train_models.py [--shared ../shared/data]      (or: make models)

Sentiment: every labelled corpus of ../shared/data (scripts/sentiment_corpora.py: SemEval-2017 task 4A with
TweetEval, brand tweets to Apple, SXSW brand tweets, Sanders, clothing reviews, UCI review sentences) plus
customer-care tweets weakly labelled by the brand's reply; no corpus counts for more than 30,000 messages.
Two heads whose probabilities are averaged: a balanced logistic regression on the backend's embedding (with the
static embedding and VADER's four scores) and one on hashed word n-grams (shared by both backends). The
held-out confusion stored with the head (for share intervals) averages the leave-one-corpus-out confusions of
the brand-tweet and review sets (sentiment_corpora.domain_confusion).
Intent: Bitext and the BANKING77 train split, mapped onto the workbench's intents (intent_labels.py).
Emotion: TweetEval emotion train and val, evaluated on its test split. Embeddings are cached, so a second run
takes seconds. Seeds are fixed: the same data gives the same heads.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from workbench import intent_labels
from workbench.analysis.embed import EmbeddingCache, cache_home, embed, get_embedder
from workbench.analysis.sentiment import EMOTIONS, SENTIMENTS, build_features, feature_spec, save_head, save_ngram

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentiment_corpora as sc  # noqa: E402

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
    emo_dir = args.shared / "tweeteval" / "emotion"
    data = sc.load_all(args.shared)
    data = data[~data["corpus"].isin(sc.EVAL_ONLY)].reset_index(drop=True)  # scored by quality.py, never trained on
    texts = sc.texts_for_model(data["text"])
    e_train_t, e_train_y = [], []
    for split in ("train", "val"):
        t, y = read_split(emo_dir, split)
        e_train_t += t
        e_train_y.append(y)
    e_train_y = np.concatenate(e_train_y)
    e_test_t, e_test_y = read_split(emo_dir, "test")

    report = {"sentiment_training": data.groupby(["corpus", "label"]).size().unstack(fill_value=0).to_dict("index")}
    for backend in args.backends:
        emb = get_embedder(backend)
        spec = feature_spec(emb.model_id)
        def vec(texts, emb=emb, spec=spec):
            return build_features(texts, spec, {emb.model_id: embed(texts, emb, cache)}, cache)

        x = vec(texts)
        three = [c for c in sc.CORPORA if data.loc[data["corpus"] == c, "label"].nunique() == 3]
        # `care` (customer tweets to brands, weakly labelled) is held out too, for how far the shares land on
        # messages written to brands: the product's own kind of text
        pred = sc.leave_one_corpus_out(x, texts, data, held_out=[*three, "care"])
        confusion = sc.domain_confusion(data, pred)
        errors = sc.share_errors(data, pred, corpora=(*sc.BRAND_TWEETS, "reviews", "care"))
        head, ngram = sc.fit_sentiment(x, texts, data)
        save_head(MODELS / f"sentiment-{backend}.npz", head, SENTIMENTS, emb.model_id,
                  np.full(3, 1 / 3), spec, confusion=confusion, share_errors=errors)
        save_ngram(MODELS / "sentiment-ngram.npz", ngram)  # the same for every backend
        ex, et = vec(e_train_t), vec(e_test_t)
        ehead = fit(ex, e_train_y, 1.0)
        save_head(MODELS / f"emotion-{backend}.npz", ehead, EMOTIONS[:4], emb.model_id,
                  np.bincount(e_train_y, minlength=4) / len(e_train_y), spec)
        ix, iy = intent_training(args.shared)
        ihead = fit(vec(ix), iy, 1.0)
        save_head(MODELS / f"intent-{backend}.npz", ihead, tuple(ihead.classes_), emb.model_id,
                  np.bincount(np.searchsorted(ihead.classes_, iy)) / len(iy), spec)
        report[backend] = {
            "features": [*spec, "n-gram head"],
            "sentiment_leave_one_corpus_out": sc.lodo_table(data, pred).round(4).to_dict("records"),
            "sentiment_heldout_confusion": confusion.round(1).tolist(),
            "sentiment_share_errors_true_minus_predicted": errors.round(4).tolist(),
            "emotion_macro_f1_tweeteval_test": round(float(f1_score(e_test_y, ehead.predict(et), average="macro")), 4),
        }
        print(backend, report[backend], flush=True)
    (MODELS / "training_report.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
