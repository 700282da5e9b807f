"""Insight quality on labelled public data (../shared/data): sentiment, emotion, intent and topics.

    python benchmarks/quality.py sentiment|intent|topics [--embedding minilm|static] [--shared DIR]

Prints markdown tables for docs/quality.md. Embeddings are cached under ~/.cache/workbench.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score, normalized_mutual_info_score
from sklearn.model_selection import train_test_split

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from train_models import read_split  # noqa: E402

from workbench.embed import EmbeddingCache, cache_home, embed, get_embedder  # noqa: E402
from workbench.intent import classify_intents  # noqa: E402
from workbench.sentiment import (  # noqa: E402
    SENTIMENTS,
    build_features,
    feature_spec,
    load_head,
    score_emotion,
    score_sentiment,
)

AIRLINE_PRIOR = {"negative": 0.63, "neutral": 0.21, "positive": 0.16}  # Twitter US Airline Sentiment's shares


def vectors(texts, backend):
    """The sentiment features of `texts` for the backend's heads, and the backend's model id."""
    emb = get_embedder(backend)
    cache = EmbeddingCache(cache_home() / "training-embeddings.duckdb")
    try:
        texts = list(texts)
        main = embed(texts, emb, cache)
        return build_features(texts, feature_spec(emb.model_id), {emb.model_id: main}, cache), emb.model_id
    finally:
        cache.close()


def embeddings(texts, backend):
    emb = get_embedder(backend)
    cache = EmbeddingCache(cache_home() / "training-embeddings.duckdb")
    try:
        return embed(list(texts), emb, cache)
    finally:
        cache.close()


def vader(texts) -> np.ndarray:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    c = np.array([sia.polarity_scores(t)["compound"] for t in texts])
    return np.where(c >= 0.05, "positive", np.where(c <= -0.05, "negative", "neutral"))


def sentiment(args) -> None:
    test_t, test_y = read_split(args.shared / "tweeteval" / "sentiment", "test")
    _, ho_t, _, ho_y = train_test_split(test_t, test_y, test_size=0.3, stratify=test_y, random_state=0)
    gold = np.array(SENTIMENTS)[ho_y]
    x, model_id = vectors(ho_t, args.embedding)
    v = vader(ho_t)
    rows = []

    def evaluate(name, idx):
        plain = score_sentiment(x[idx], model_id, adapt=False)["sentiment_label"].to_numpy()
        adapted = score_sentiment(x[idx], model_id, adapt=True)["sentiment_label"].to_numpy()
        rows.append({"test set": name, "n": len(idx),
                     "VADER": f1_score(gold[idx], v[idx], average="macro"),
                     "workbench (default)": f1_score(gold[idx], plain, average="macro"),
                     "workbench, priors adapted by EM": f1_score(gold[idx], adapted, average="macro")})

    evaluate("TweetEval hold-out (30% of test, unseen)", np.arange(len(ho_t)))
    rng = np.random.default_rng(0)
    counts = {c: int((gold == c).sum()) for c in SENTIMENTS}
    n = int(min(counts[c] / p for c, p in AIRLINE_PRIOR.items()))
    shifted = []
    for seed in range(5):
        rng = np.random.default_rng(seed)
        idx = np.concatenate([rng.choice(np.flatnonzero(gold == c), int(n * p), replace=False)
                              for c, p in AIRLINE_PRIOR.items()])
        shifted.append(idx)
        evaluate(f"hold-out resampled to airline shares 63/21/16 (seed {seed})", idx)
    df = pd.DataFrame(rows)
    mean = df.iloc[1:].mean(numeric_only=True)
    df.loc[len(df)] = {"test set": "mean of the 5 resamples", "n": int(mean["n"]), **mean.drop("n").to_dict()}
    print(df.round(3).to_markdown(index=False))

    e_t, e_y = read_split(args.shared / "tweeteval" / "emotion", "test")
    xe, _ = vectors(e_t, args.embedding)
    head = load_head("emotion", model_id)
    pred = np.array(head.classes)[head.proba(xe).argmax(axis=1)]
    gold_e = np.array(head.classes)[e_y]
    print(f"\nEmotion (TweetEval emotion test, {len(e_t)} tweets, 4 classes): macro-F1 "
          f"{f1_score(gold_e, pred, average='macro'):.3f}, accuracy {(pred == gold_e).mean():.3f}")
    with_none = score_emotion(xe, model_id, score_sentiment(xe, model_id))
    print(f"Share given 'none' by the full rule (neutral or unsure) on that set: {(with_none == 'none').mean():.3f}")




def intent(args) -> None:
    """Cross-data-set: heads trained on one labelled set, tested on the other; plus the rules alone."""
    from sklearn.linear_model import LogisticRegression

    from workbench.intent_labels import BITEXT, banking77

    bx = pd.read_csv(args.shared / "bitext-customer-support" / "Bitext_Sample_Customer_Support_Training_Dataset.csv")
    bx = bx.rename(columns={"instruction": "text"}).assign(gold=lambda d: d["intent"].map(BITEXT))
    b = pd.read_csv(args.shared / "banking77" / "test.csv").assign(gold=lambda d: d["category"].map(banking77))
    b_train = pd.read_csv(args.shared / "banking77" / "train.csv").assign(
        gold=lambda d: d["category"].map(banking77))
    feats = {name: vectors(df["text"], args.embedding) for name, df in
             (("bitext", bx), ("b77", b), ("b77train", b_train))}
    model_id = feats["bitext"][1]
    rows = []
    for test_name, test_df, train_name, train_df in (("Bitext (all 4,514)", bx, "b77train", b_train),
                                                      ("BANKING77 test (3,080)", b, "bitext", bx)):
        key = "bitext" if test_df is bx else "b77"
        x = feats[key][0]
        sent = score_sentiment(x, model_id)
        rules = classify_intents(test_df["text"], sent)
        head = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced", random_state=0).fit(
            feats[train_name][0], train_df["gold"])
        pred = head.predict(x)
        rows.append({"test set": test_name, "trained on": "BANKING77 train" if train_name == "b77train" else "Bitext",
                     "rules only: macro-F1": f1_score(test_df["gold"], rules, average="macro"),
                     "head trained on the other set: macro-F1": f1_score(test_df["gold"], pred, average="macro"),
                     "accuracy": (pred == test_df["gold"]).mean()})
    print(pd.DataFrame(rows).round(3).to_markdown(index=False))
    x = feats["b77"][0]
    pb = classify_intents(b["text"], score_sentiment(x, model_id), x, model_id)
    print(f"\nShipped head + rules (trained on Bitext and BANKING77 train) on BANKING77 test: macro-F1 "
          f"{f1_score(b['gold'], pb, average='macro'):.3f}, accuracy {(pb == b['gold']).mean():.3f}")
    churn_gold = b["category"] == "terminate_account"
    churn_pred = pb == "churn_threat"
    tp = int((churn_gold & churn_pred).sum())
    print(f"\nBANKING77 test ({len(b)} queries): churn threat vs 'terminate_account' precision "
          f"{tp / max(churn_pred.sum(), 1):.3f}, recall {tp / max(churn_gold.sum(), 1):.3f}")
    print("Intent shares on BANKING77: " + ", ".join(f"{k} {v:.2f}" for k, v in
                                                     pb.value_counts(normalize=True).items()))


def topics(args) -> None:
    from workbench.topics import TopicConfig, fit_topics

    emb = get_embedder(args.embedding)
    sets = {
        "Bitext (27 intents)": pd.read_csv(args.shared / "bitext-customer-support" /
                                           "Bitext_Sample_Customer_Support_Training_Dataset.csv")
                                 .rename(columns={"instruction": "text", "intent": "label"}),
        "BANKING77 test (77 intents)": pd.read_csv(args.shared / "banking77" / "test.csv")
                                         .rename(columns={"category": "label"}),
    }
    rows = []
    for name, df in sets.items():
        x = embeddings(df["text"], args.embedding)
        for cfg_name, cfg in (("workbench defaults", TopicConfig()),):
            r = fit_topics(df["text"].tolist(), x, emb, cfg)
            rows.append({"data": name, "config": cfg_name, "documents": len(df),
                         "topics": int((r.topics["topic_id"] >= 0).sum()),
                         "outliers before re-assignment": r.outlier_share_before, "outliers": r.outlier_share,
                         "NMI": normalized_mutual_info_score(df["label"], r.assignments)})
        print(pd.DataFrame(rows).round(3).to_markdown(index=False), flush=True)


def segments(args) -> None:
    """Do per-segment figures track the truth? Pseudo-brands built from labelled data with known mixes."""
    from scipy.stats import pearsonr

    from workbench.sentiment import adapt_priors
    from workbench.topics import TopicConfig, fit_topics

    # 1. Negative share per segment: 8 pseudo-airlines drawn from the unseen TweetEval hold-out, each 250
    #    tweets each, with a negative share from 30% to 80% (the rest neutral and positive 3:2).
    test_t, test_y = read_split(args.shared / "tweeteval" / "sentiment", "test")
    _, ho_t, _, ho_y = train_test_split(test_t, test_y, test_size=0.3, stratify=test_y, random_state=0)
    x, model_id = vectors(ho_t, args.embedding)
    head = load_head("sentiment", model_id)
    rng = np.random.default_rng(0)
    pools = {c: list(rng.permutation(np.flatnonzero(ho_y == c))) for c in range(3)}
    rows = []
    for i, neg in enumerate(np.linspace(0.3, 0.8, 8)):
        n_neg = int(round(250 * neg))
        n_neu = int(round((250 - n_neg) * 0.6))
        idx = np.array([pools[0].pop() for _ in range(n_neg)] + [pools[1].pop() for _ in range(n_neu)]
                       + [pools[2].pop() for _ in range(250 - n_neg - n_neu)])
        p = head.proba(x[idx])
        _, prior = adapt_priors(p, head.prior)
        rows.append({"segment": f"airline {i + 1}", "true negative share": n_neg / 250,
                     "predicted (labels)": float((p.argmax(axis=1) == 0).mean()),
                     "predicted (EM-corrected share)": float(prior[0])})
    df = pd.DataFrame(rows)
    print(df.round(3).to_markdown(index=False))
    for col in ("predicted (labels)", "predicted (EM-corrected share)"):
        r = pearsonr(df["true negative share"], df[col])[0]
        mae = (df[col] - df["true negative share"]).abs().mean()
        print(f"\n{col}: Pearson r = {r:.3f}, mean absolute error = {mae:.3f}")

    # 2. Complaint profiles: 6 pseudo-brands of 400 Bitext requests each, with category mixes drawn from a
    #    Dirichlet(1) (seeded); topics are fitted on all of them, each topic is named by the category most of its
    #    messages carry, and each brand's topic-derived category profile is compared with its true profile.
    bx = pd.read_csv(args.shared / "bitext-customer-support" / "Bitext_Sample_Customer_Support_Training_Dataset.csv")
    cats = sorted(bx["category"].unique())
    pools = {c: list(rng.permutation(np.flatnonzero(bx["category"] == c))) for c in cats}
    picks, brand = [], []
    for b in range(6):
        mix = rng.dirichlet(np.ones(len(cats)))
        counts = np.floor(mix * 400).astype(int)
        for c, k in zip(cats, counts, strict=True):
            k = min(k, len(pools[c]))
            picks += [pools[c].pop() for _ in range(k)]
            brand += [b] * k
    sub = bx.iloc[picks].reset_index(drop=True).assign(brand=brand)
    emb = get_embedder(args.embedding)
    r = fit_topics(sub["instruction"].tolist(), embeddings(sub["instruction"], args.embedding), emb, TopicConfig())
    sub["topic"] = r.assignments
    topic_cat = sub[sub["topic"] >= 0].groupby("topic")["category"].agg(lambda s: s.value_counts().index[0])
    sub["predicted_category"] = sub["topic"].map(topic_cat)
    true = pd.crosstab(sub["brand"], sub["category"], normalize="index").reindex(columns=cats, fill_value=0)
    pred = pd.crosstab(sub["brand"], sub["predicted_category"], normalize="index").reindex(columns=cats, fill_value=0)
    corr = [pearsonr(true.loc[b], pred.loc[b])[0] for b in true.index]
    print(f"\nComplaint profiles: {len(sub)} Bitext requests in 6 pseudo-brands, {len(cats)} categories, "
          f"{int((r.topics['topic_id'] >= 0).sum())} topics. Per-brand correlation of true and topic-derived "
          f"category shares: mean {np.mean(corr):.3f} (min {np.min(corr):.3f}); mean absolute share error "
          f"{(true - pred).abs().to_numpy().mean():.3f}.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("what", choices=["sentiment", "intent", "topics", "segments"])
    ap.add_argument("--embedding", default="minilm")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    {"sentiment": sentiment, "intent": intent, "topics": topics, "segments": segments}[args.what](args)


if __name__ == "__main__":
    main()
