"""The labelled sentiment corpora of ../shared/data, read into one table: text, label, corpus.

Used by scripts/train_models.py (training) and benchmarks/quality.py (leave-one-corpus-out scores). Labels are
mapped onto negative / neutral / positive as docs/quality.md states:

- irrelevant, not_relevant and "I can't tell" rows are dropped; "No emotion toward brand or product" is neutral;
- star ratings: 1-2 negative, 3 neutral, 4-5 positive; two-class sets (UCI sentences) keep their two classes;
- corpora that share tweets count as one: SemEval-2017 task 4A (2013-2016) and TweetEval (its val and test
  splits are SemEval tweets) form the corpus `semeval`.

`care-hand` is for scoring only, never for training: 154 customer tweets that open a conversation with a brand
(TWCS sample), labelled by hand for this project by the customer-service convention (a reported problem is
negative however calmly said; data/labels/README.md). It is the closest thing here to a researcher's export
of messages written to brands.

`care` is weakly labelled, for training only: customer tweets to brands (TWCS sample, IBM customer-care) labelled
by what the brand answered. An apology ("sorry to hear", "we apologise", "not the experience") marks the message
it answers as negative, thanks for kind words ("glad you", "love to hear") as positive, and a plain offer of
information to a question as neutral; messages whose reply says none of these are left out.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

from workbench.analysis.sentiment import SENTIMENTS  # the order of every probability array here

BRAND_TWEETS = ("apple", "sxsw", "sanders")  # closest stand-in for a researcher's export: reported first
EVAL_ONLY = ("care-hand",)  # hand-labelled messages to brands: scored, never trained on
CORPORA = (*EVAL_ONLY, *BRAND_TWEETS, "semeval", "reviews", "sentences")
HAND_LABELS = Path(__file__).resolve().parent.parent / "data" / "labels" / "twcs_customer_sentiment.csv"

_WORDS = {"negative": "negative", "neutral": "neutral", "positive": "positive"}


def _frame(texts, labels, corpus: str) -> pd.DataFrame:
    df = pd.DataFrame({"text": pd.Series(texts, dtype=object).astype(str), "label": pd.Series(labels, dtype=object)})
    df = df[df["label"].isin(["negative", "neutral", "positive"]) & (df["text"].str.strip().str.len() > 0)]
    df = df.drop_duplicates("text").assign(corpus=corpus)
    return df.reset_index(drop=True)


def apple(shared: Path) -> pd.DataFrame:
    d = pd.read_csv(shared / "sentiment-extra/apple-twitter-dfe/Apple-Twitter-Sentiment-DFE.csv")
    return _frame(d["text"], d["sentiment"].astype(str).map({"1": "negative", "3": "neutral", "5": "positive"}),
                  "apple")


def sxsw(shared: Path) -> pd.DataFrame:
    d = pd.read_csv(shared / "sentiment-extra/sxsw-brand-emotions/judge-1377884607_tweet_product_company.csv",
                    encoding="mac_roman")
    label = d["is_there_an_emotion_directed_at_a_brand_or_product"].map({
        "Negative emotion": "negative", "Positive emotion": "positive",
        "No emotion toward brand or product": "neutral"})
    return _frame(d["tweet_text"].fillna("").map(_repair_cp1252), label, "sxsw")


def _repair_cp1252(text: str) -> str:
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def sanders(shared: Path) -> pd.DataFrame:
    d = pd.read_csv(shared / "sentiment-extra/sanders-twitter/full-corpus.csv")
    return _frame(d["TweetText"], d["Sentiment"].map(_WORDS), "sanders")


def semeval(shared: Path) -> pd.DataFrame:
    parts = []
    for f in sorted((shared / "sentiment-extra/semeval2017-task4a").glob("twitter-*-A.tsv")):
        d = pd.read_csv(f, sep="\t", header=None, quoting=csv.QUOTE_NONE, usecols=[0, 1, 2], dtype=str)
        text = d[2].fillna("").str.strip('"').str.replace(r"\\u002c", ",", regex=True)
        text = text.str.replace(r"\\u2019", "\u2019", regex=True)
        parts.append(pd.DataFrame({"text": text, "label": d[1].str.strip()}))
    te = shared / "tweeteval/sentiment"
    for split in ("val", "test"):
        texts = (te / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
        labels = [("negative", "neutral", "positive")[int(x)] for x in (te / f"{split}_labels.txt").read_text().split()]
        parts.append(pd.DataFrame({"text": texts, "label": labels}))
    d = pd.concat(parts, ignore_index=True)
    return _frame(d["text"], d["label"], "semeval")


def reviews(shared: Path, per_rating: int = 1500, seed: int = 0) -> pd.DataFrame:
    """Women's clothing reviews, title and text, at most `per_rating` of each star rating (seeded)."""
    d = pd.read_csv(shared / "sentiment-extra/womens-clothing-reviews/Womens Clothing E-Commerce Reviews.csv")
    d = d[d["Review Text"].notna()]
    d = pd.concat([g.sample(min(len(g), per_rating), random_state=seed) for _, g in d.groupby("Rating")])
    text = (d["Title"].fillna("") + ". " + d["Review Text"]).str.lstrip(". ")
    label = d["Rating"].map({1: "negative", 2: "negative", 3: "neutral", 4: "positive", 5: "positive"})
    return _frame(text, label, "reviews")


def sentences(shared: Path) -> pd.DataFrame:
    parts = []
    for name in ("amazon_cells_labelled.txt", "yelp_labelled.txt"):
        d = pd.read_csv(shared / "sentiment-extra/uci-sentiment-sentences" / name, sep="\t", header=None,
                        quoting=csv.QUOTE_NONE, names=["text", "y"])
        parts.append(pd.DataFrame({"text": d["text"].str.strip(), "label": d["y"].map({0: "negative", 1: "positive"})}))
    d = pd.concat(parts, ignore_index=True)
    return _frame(d["text"], d["label"], "sentences")


APOLOGY = re.compile(r"\b(sorry|apologi[sz]e|apologies|unfortunate|frustrat|inconvenien|not the experience|"
                     r"not what we|disappoint|hear that|hear about|understand your|concern)", re.I)
THANKS = re.compile(r"\b(glad|love to hear|great to hear|happy to hear|kind words|thanks for the (love|shout)|"
                    r"appreciate the (love|shout|kind)|awesome|you're welcome|enjoy)", re.I)
INFO = re.compile(r"\b(you can|here's|here is|check out|find (it|more|out)|available|the link|visit)\b", re.I)


def weak_label(reply: str) -> str | None:
    """The sentiment a brand's reply implies about the message it answers, or None when it says nothing."""
    if APOLOGY.search(reply):
        return "negative"
    if THANKS.search(reply):
        return "positive"
    if INFO.search(reply):
        return "neutral"
    return None


def care(shared: Path) -> pd.DataFrame:
    """Customer messages to brands, weakly labelled by the brand's first reply (training only)."""
    pairs = []
    t = pd.read_csv(shared / "twcs-sample/twcs_monalisapatra26.csv", lineterminator="\n", dtype=str)
    t["inbound"] = t["inbound"].str.strip() == "True"
    by_id = t.set_index("tweet_id")
    for _, reply in t[~t["inbound"]].iterrows():
        asked = reply["in_response_to_tweet_id"]
        if isinstance(asked, str) and asked.split(".")[0] in by_id.index:
            msg = by_id.loc[asked.split(".")[0]]
            if msg["inbound"]:
                pairs.append((msg["text"], reply["text"]))
    for name in ("dev.json", "test.json"):
        for conv in json.loads((shared / "ibm-twitter-customer-care" / name).read_text(encoding="utf-8")):
            turns = conv["dialogContent"]
            for first, second in zip(turns, turns[1:], strict=False):
                if "client" in first and "agent" in second:
                    pairs.append((first["message"], second["message"]))
    d = pd.DataFrame(pairs, columns=["text", "reply"])
    d["label"] = d["reply"].map(weak_label)
    return _frame(d["text"], d["label"], "care")


def care_hand(shared: Path) -> pd.DataFrame:
    """The hand-labelled customer tweets of data/labels (ids and labels) with their text from the TWCS sample."""
    labels = pd.read_csv(HAND_LABELS, dtype=str)
    t = pd.read_csv(shared / "twcs-sample/twcs_monalisapatra26.csv", lineterminator="\n", dtype=str)
    d = labels.merge(t[["tweet_id", "text"]], on="tweet_id", how="inner", validate="one_to_one")
    return _frame(d["text"], d["label"], "care-hand")


READERS = {"apple": apple, "sxsw": sxsw, "sanders": sanders, "semeval": semeval, "reviews": reviews,
           "sentences": sentences, "care": care}


def load_all(shared: Path) -> pd.DataFrame:
    """Every corpus, one row per distinct text (a text in two corpora stays in the first listed), then the
    scoring-only corpora (their texts may also stand, weakly labelled, in `care`: `training_mask` leaves
    those out whenever a scoring-only corpus is scored)."""
    d = pd.concat([READERS[name](shared) for name in READERS], ignore_index=True).drop_duplicates("text")
    return pd.concat([d, care_hand(shared)], ignore_index=True)


def training_mask(data: pd.DataFrame, test: np.ndarray) -> np.ndarray:
    """The rows a model scored on the rows `test` may learn from: not those rows, no scoring-only corpus, and
    no other copy of a text being scored."""
    return (~test & ~data["corpus"].isin(EVAL_ONLY).to_numpy()
            & ~data["text"].isin(set(data.loc[test, "text"])).to_numpy())


def corpus_weights(corpus: pd.Series, cap: int = 30000) -> np.ndarray:
    """Sample weights so that no corpus counts for more than `cap` messages (SemEval would drown the rest)."""
    n = corpus.map(corpus.value_counts())
    return np.minimum(1.0, cap / n.to_numpy())


def texts_for_model(texts) -> list[str]:
    """The text the product scores (workbench.pipeline.run): no URLs, @handles or agent signatures."""
    from workbench.analysis.topics import topic_text

    return [topic_text(t) or t for t in texts]


def fit_head(x: np.ndarray, y: np.ndarray, weights: np.ndarray, c: float = 1.0):
    """Balanced multinomial logistic regression on standardised features, returned on the raw features
    (the scaling folded into the weights) as a fitted LogisticRegression."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    # Dimensions the encoder leaves at zero but for rounding (two of int8 MiniLM's hold values near 1e-33):
    # standardised, their rounding noise would get weights of 1e31, which another CPU's rounding could blow up.
    flat = scaler.scale_ < 1e-6
    xs = scaler.transform(x)
    xs[:, flat] = 0
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=0)
    model.fit(xs, y, sample_weight=weights)
    model.coef_ = np.where(flat, 0, model.coef_ / scaler.scale_)
    model.intercept_ = model.intercept_ - model.coef_ @ scaler.mean_
    return model


def fit_ngram(texts: list[str], y: np.ndarray, weights: np.ndarray, c: float = 3.0):
    """The n-gram head (workbench.analysis.sentiment.NgramHead): idf and a balanced logistic regression on hashed
    word uni- and bigrams."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    from workbench.analysis.sentiment import NgramHead, _hashing

    tfidf = TfidfTransformer(sublinear_tf=True).fit(_hashing().transform(texts))
    head = NgramHead(np.zeros((0, 0)), np.zeros(0), tfidf.idf_.astype(np.float32), ())
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=0)
    model.fit(head.transform(texts), y, sample_weight=weights)
    return NgramHead(model.coef_.astype(np.float32), model.intercept_.astype(np.float32), head.idf,
                     tuple(model.classes_))


def fit_sentiment(x: np.ndarray, texts: list[str], data: pd.DataFrame):
    """The embedding head and the n-gram head, trained on `data` (label, corpus) with corpus weights."""
    y, w = data["label"].to_numpy(), corpus_weights(data["corpus"])
    return fit_head(x, y, w), fit_ngram(texts, y, w)


def models_proba(models, x: np.ndarray, texts: list[str]) -> np.ndarray:
    """P(negative, neutral, positive): the average of both heads' probabilities (as
    workbench.analysis.sentiment.sentiment_proba)."""
    head, ngram = models
    order = [list(head.classes_).index(c) for c in SENTIMENTS]
    return (head.predict_proba(x)[:, order] + ngram.proba(texts)[:, order]) / 2


def class_labels(p: np.ndarray, two_class: bool = False) -> np.ndarray:
    """Argmax labels of P(negative, neutral, positive); two-class sets are scored on their two classes."""
    if two_class:
        p = p * np.isin(SENTIMENTS, ["negative", "positive"])
    return np.array(SENTIMENTS)[p.argmax(axis=1)]


def predict_sentiment(models, x: np.ndarray, texts: list[str], two_class: bool = False) -> np.ndarray:
    """Labels from the average of both heads' probabilities."""
    return class_labels(models_proba(models, x, texts), two_class)


def heads_proba(x: np.ndarray, texts: list[str], data: pd.DataFrame, train: np.ndarray, test: np.ndarray):
    """P(negative, neutral, positive) of both heads (averaged, as the product does), trained on `train` rows,
    for the `test` rows."""
    models = fit_sentiment(x[train], [texts[i] for i in np.flatnonzero(train)], data[train])
    rows = np.flatnonzero(test)
    return models_proba(models, x[rows], [texts[i] for i in rows])


def labels_of(p: np.ndarray, gold: pd.Series) -> np.ndarray:
    """`class_labels`, scored on two classes where the gold labels hold only those two."""
    return class_labels(p, set(gold) == {"negative", "positive"})


def leave_one_corpus_out(x: np.ndarray, texts: list[str], data: pd.DataFrame, held_out=CORPORA) -> pd.Series:
    """Each held-out corpus predicted by models trained on all the other corpora (weak `care` included; the
    scoring-only ones never)."""
    pred = pd.Series(index=data.index, dtype=object)
    texts = np.asarray(texts, dtype=object)
    for name in held_out:
        test = (data["corpus"] == name).to_numpy()
        train = training_mask(data, test)
        models = fit_sentiment(x[train], list(texts[train]), data[train])
        two = set(data.loc[test, "label"]) == {"negative", "positive"}
        pred[test] = predict_sentiment(models, x[test], list(texts[test]), two)
        print(f"  held out {name}: {test.sum()} messages", flush=True)
    return pred


def lodo_table(data: pd.DataFrame, pred: pd.Series) -> pd.DataFrame:
    """Macro-F1, negative recall and negative shares per held-out corpus (brand-tweet sets first)."""
    from sklearn.metrics import f1_score, recall_score

    rows = []
    for name in CORPORA:
        g = data[(data["corpus"] == name) & pred.notna()]
        if g.empty:
            continue
        p = pred[g.index]
        rows.append({"held-out data set": name, "messages": len(g),
                     "macro-F1": f1_score(g["label"], p, average="macro", labels=sorted(set(g["label"]))),
                     "negative recall": recall_score(g["label"], p, labels=["negative"], average="macro"),
                     "true negative share": (g["label"] == "negative").mean(),
                     "predicted negative share": (p == "negative").mean()})
    return pd.DataFrame(rows)


def domain_confusion(data: pd.DataFrame, pred: pd.Series, corpora=(*BRAND_TWEETS, "reviews"),
                     per_row: int = 200) -> np.ndarray:
    """The held-out confusion a new export should expect: the row-normalised confusions of the held-out
    `corpora` averaged with equal weight (no corpus dominates by size), as counts of `per_row` messages per
    true class, so share intervals carry the spread between data sets rather than one set's sample size.
    SemEval is left out: without it the models lose most of their tweets, which no shipped model does."""
    rates = []
    for name in corpora:
        g = data[(data["corpus"] == name) & pred.notna()]
        c = confusion(g["label"], pred[g.index])
        rates.append(c / np.maximum(c.sum(axis=1, keepdims=True), 1))
    return np.mean(rates, axis=0) * per_row


def share_errors(data: pd.DataFrame, pred: pd.Series, corpora=(*BRAND_TWEETS, "reviews"),
                 classes=("negative", "neutral", "positive")) -> np.ndarray:
    """Per held-out corpus, true share minus predicted share of each class (rows: corpora): how far the
    model's shares land from the truth on data sets it did not learn from."""
    rows = []
    for name in corpora:
        g = data[(data["corpus"] == name) & pred.notna()]
        p = pred[g.index]
        rows.append([(g["label"] == c).mean() - (p == c).mean() for c in classes])
    return np.array(rows)


def confusion(gold, pred, classes=("negative", "neutral", "positive")) -> np.ndarray:
    """counts[i, j]: messages of true class i predicted j."""
    idx = {c: i for i, c in enumerate(classes)}
    out = np.zeros((len(classes), len(classes)))
    for g, p in zip(gold, pred, strict=True):
        out[idx[g], idx[p]] += 1
    return out
