"""Insight quality on labelled public data (../shared/data): sentiment, emotion, intent and topics.

    python benchmarks/quality.py sentiment|active|intent|topics|labels|themes|brands|addressed|segments|names
        [--embedding minilm|static]
        [--shared DIR]

Prints markdown tables for docs/quality.md. Embeddings are cached under ~/.cache/workbench.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score, normalized_mutual_info_score, recall_score
from sklearn.model_selection import train_test_split

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import sentiment_corpora as sc  # noqa: E402
from train_models import read_split  # noqa: E402

from workbench.analysis.embed import EmbeddingCache, cache_home, embed, get_embedder  # noqa: E402
from workbench.analysis.intent import classify_intents  # noqa: E402
from workbench.analysis.sentiment import (  # noqa: E402
    MODELS,
    build_features,
    consult_reader,
    feature_spec,
    load_head,
    score_emotion,
    score_sentiment,
    sentiment_reader,
)
from workbench.analysis.shares import corrected_shares  # noqa: E402

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
    """Leave one data set out: each labelled corpus predicted by models trained without it (see
    scripts/sentiment_corpora.py), with VADER beside it and the negative share as the product reports it: not
    corrected, its 95% interval widened by how far the shares landed from the truth on the other held-out
    corpora (workbench.analysis.shares.corrected_shares with correct=False)."""
    data = sc.load_all(args.shared)
    texts = sc.texts_for_model(data["text"])
    x, model_id = vectors(texts, args.embedding)
    pred = sc.leave_one_corpus_out(x, texts, data)
    table = sc.lodo_table(data, pred)
    v = pd.Series(vader(data["text"]), index=data.index)
    vader_f1, corrected = [], []
    for name in table["held-out data set"]:
        g = data[data["corpus"] == name]
        vader_f1.append(f1_score(g["label"], v[g.index], average="macro", labels=sorted(set(g["label"]))))
        others = [c for c in (*sc.BRAND_TWEETS, "reviews") if c != name]
        conf, errors = sc.domain_confusion(data, pred, others), sc.share_errors(data, pred, others)
        est = corrected_shares(pred[g.index], conf, share_errors=errors, correct=False).set_index("label")
        est = est.loc["negative"]
        corrected.append(f"{est['corrected_share']:.3f} [{est['ci_low']:.3f}, {est['ci_high']:.3f}]")
    table.insert(3, "VADER macro-F1", vader_f1)
    table["reported negative share [95% interval]"] = corrected
    print(f"Sentiment, leave one data set out ({args.embedding}):")
    print(table.round(3).to_markdown(index=False))
    if sentiment_reader(model_id) is not None:
        with_reader(data, texts, x, model_id)

    e_t, e_y = read_split(args.shared / "tweeteval" / "emotion", "test")
    xe, _ = vectors(e_t, args.embedding)
    head = load_head("emotion", model_id)
    pred = np.array(head.classes)[head.proba(xe).argmax(axis=1)]
    gold_e = np.array(head.classes)[e_y]
    print(f"\nEmotion (TweetEval emotion test, {len(e_t)} tweets, 4 classes): macro-F1 "
          f"{f1_score(gold_e, pred, average='macro'):.3f}, accuracy {(pred == gold_e).mean():.3f}")
    with_none = score_emotion(xe, model_id, score_sentiment(xe, model_id))
    print(f"Share given 'none' by the full rule (neutral or unsure) on that set: {(with_none == 'none').mean():.3f}")




def with_reader(data: pd.DataFrame, texts: list[str], x: np.ndarray, model_id: str) -> None:
    """The MiniLM path's shipped model, the fine-tuned reader consulted where the heads are unsure: its folds as
    scripts/finetune_sentiment.py measured them (each group of corpora left out of both), and the hand-labelled
    `care-hand` tweets read by the shipped reader (never trained on them) with heads fitted without them."""
    report = json.loads((MODELS / "training_report.json").read_text())["minilm"]
    folds = report.get("sentiment_with_reader_held_out_folds")
    if folds:
        print("\nHeld-out folds (left out together: " + "; ".join(", ".join(g) for g in folds["folds"]) + "):")
        titles = {"heads": "heads alone", "reader": "fine-tuned reader alone",
                  "shipped": "shipped: the reader consulted where the heads are unsure"}
        for name, title in titles.items():
            print(f"\n{title}\n" + pd.DataFrame(folds[name]).round(3).to_markdown(index=False))
    test = (data["corpus"] == "care-hand").to_numpy()
    rows = [texts[i] for i in np.flatnonzero(test)]
    heads = sc.heads_proba(x, texts, data, sc.training_mask(data, test), test)
    gold = data.loc[test, "label"]
    table = []
    reader = sentiment_reader(model_id)(rows)
    for name, p in (("heads alone", heads), ("reader alone", reader),
                    ("shipped", consult_reader(heads, lambda i: reader[i]))):
        pred = sc.labels_of(p, gold)
        table.append({"care-hand (154)": name, "macro-F1": f1_score(gold, pred, average="macro"),
                      "negative recall": recall_score(gold, pred, labels=["negative"], average="macro"),
                      "true negative share": (gold == "negative").mean(),
                      "predicted negative share": (pred == "negative").mean()})
    print("\n" + pd.DataFrame(table).round(3).to_markdown(index=False))


def active(args, budget: int = 200) -> None:
    """What `workbench label --suggest` buys: on each brand-tweet set, held out as in `sentiment`, the
    researcher labels the `budget` messages the product suggests (uncertain and diverse, as `suggest` chooses
    them without topics; their true labels stand in for the researcher's), the head adapts as `workbench
    analyse` adapts it, and macro-F1 is measured on the messages that were not labelled, against no labels and
    against as many of the least certain or randomly chosen labels."""
    from workbench.analysis.sentiment import Head, adapt_head
    from workbench.analysis.suggest import uncertain_and_diverse

    data = sc.load_all(args.shared)
    texts = np.asarray(sc.texts_for_model(data["text"]), dtype=object)
    x, model_id = vectors(list(texts), args.embedding)
    main = embeddings(list(texts), args.embedding)  # what `label --suggest` spreads the labels over
    rows = []
    for name in sc.BRAND_TWEETS:
        test = (data["corpus"] == name).to_numpy()
        train = sc.training_mask(data, test)
        head, ngram = sc.fit_sentiment(x[train], list(texts[train]), data[train])
        shipped = Head(head.coef_.astype(np.float32), head.intercept_.astype(np.float32), tuple(head.classes_),
                       model_id, np.full(3, 1 / 3))
        xt, gold = x[test], data.loc[test, "label"].to_numpy()
        ngram_p = ngram.proba(list(texts[test]))
        proba = (shipped.proba(xt) + ngram_p) / 2
        confidence = proba.max(axis=1)
        picks = {"suggested": uncertain_and_diverse(confidence, main[test], budget),
                 "least certain": np.argsort(confidence, kind="stable")[:budget],
                 "random": np.random.default_rng(0).choice(len(gold), budget, replace=False)}
        for how, chosen in picks.items():
            rest = np.setdiff1d(np.arange(len(gold)), chosen)
            before = np.array(shipped.classes)[proba[rest].argmax(axis=1)]
            adapted = adapt_head(shipped, xt[chosen], gold[chosen])  # then averaged with the n-gram head, as shipped
            after = np.array(adapted.classes)[((adapted.proba(xt[rest]) + ngram_p[rest]) / 2).argmax(axis=1)]
            rows.append({"held-out data set": name, "labels": f"{budget} {how}", "scored on": len(rest),
                         "macro-F1, no labels": f1_score(gold[rest], before, average="macro"),
                         "macro-F1, adapted": f1_score(gold[rest], after, average="macro")})
    df = pd.DataFrame(rows)
    df["lift"] = df["macro-F1, adapted"] - df["macro-F1, no labels"]
    print(f"Active learning, {budget} labels ({args.embedding}):")
    print(df.round(3).to_markdown(index=False))


def intent(args) -> None:
    """Cross-data-set: heads trained on one labelled set, tested on the other; plus the rules alone."""
    from sklearn.linear_model import LogisticRegression

    from workbench.analysis.intent_labels import BITEXT, banking77

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
    # Macro-F1 over the intents the set has (BANKING77 maps onto four: no praise, no other); sklearn's default
    # also averages in every intent only predicted, each at F1 0, which says more about the label set than the
    # model (that figure is printed too, as earlier notes quoted it).
    own = sorted(b["gold"].unique())
    print(f"\nShipped head + rules (trained on Bitext and BANKING77 train) on BANKING77 test: macro-F1 "
          f"{f1_score(b['gold'], pb, average='macro', labels=own):.3f} over its {len(own)} intents "
          f"({f1_score(b['gold'], pb, average='macro'):.3f} averaging in the intents only predicted), "
          f"accuracy {(pb == b['gold']).mean():.3f}")
    tweets = {"SXSW": pd.read_csv(args.shared / "sentiment-extra" / "sxsw-brand-emotions" /
                                  "judge-1377884607_tweet_product_company.csv", encoding="latin-1")["tweet_text"],
              "Sanders": pd.read_csv(args.shared / "sentiment-extra" / "sanders-twitter" / "full-corpus.csv")[
                  "TweetText"]}
    for name, texts in tweets.items():  # no intent labels: the share called question, against those that ask
        texts = texts.dropna().sample(1500, random_state=0).reset_index(drop=True)
        tx, _ = vectors(texts, args.embedding)
        called = classify_intents(texts, score_sentiment(tx, model_id), tx, model_id)
        print(f"{name} tweets (1,500): called question {(called == 'question').mean():.2f}; with a question mark "
              f"{texts.str.contains('?', regex=False).mean():.2f}; all: " + ", ".join(
                  f"{k} {v:.2f}" for k, v in called.value_counts(normalize=True).items()))
    churn_gold = b["category"] == "terminate_account"
    churn_pred = pb == "churn_threat"
    tp = int((churn_gold & churn_pred).sum())
    print(f"\nBANKING77 test ({len(b)} queries): churn threat vs 'terminate_account' precision "
          f"{tp / max(churn_pred.sum(), 1):.3f}, recall {tp / max(churn_gold.sum(), 1):.3f}")
    print("Intent shares on BANKING77: " + ", ".join(f"{k} {v:.2f}" for k, v in
                                                     pb.value_counts(normalize=True).items()))


def purity(labels: pd.Series, clusters: np.ndarray) -> float:
    """Share of messages in their cluster's majority category (outliers count as one cluster)."""
    counts = pd.crosstab(np.asarray(clusters), np.asarray(labels))
    return float(counts.max(axis=1).sum() / counts.values.sum())


def topics(args) -> None:
    """Workbench topics against plain BERTopic defaults on the same embeddings, on every human-labelled set:
    NMI and adjusted Rand (outliers -1 as one cluster of their own for both; the workbench's no-subject
    group -2 likewise), outlier share, topic count, purity."""
    import topic_corpora as tc
    from bertopic import BERTopic
    from sklearn.metrics import adjusted_rand_score
    from umap import UMAP

    from workbench.analysis.topics import NO_SUBJECT, TopicConfig, fit_topics

    emb = get_embedder(args.embedding)
    rows = []
    for name, read in tc.SETS.items():
        df = read(args.shared).reset_index(drop=True)
        x = embeddings(df["text"], args.embedding)
        plain = BERTopic(umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine",
                                         random_state=42))
        p, _ = plain.fit_transform(df["text"].tolist(), embeddings=x)
        w = fit_topics(df["text"].tolist(), x, emb, TopicConfig()).assignments
        for system, a in (("plain BERTopic", np.asarray(p)), ("workbench", w)):
            rows.append({"data": name, "messages": len(df), "categories": df["label"].nunique(), "system": system,
                         "topics": len(set(a.tolist()) - {-1, NO_SUBJECT}), "outliers": float((a == -1).mean()),
                         "no subject": float((a == NO_SUBJECT).mean()),
                         "NMI": normalized_mutual_info_score(df["label"], a),
                         "ARI": adjusted_rand_score(df["label"], a), "purity": purity(df["label"], a)})
        print(pd.DataFrame(rows).round(3).to_markdown(index=False), flush=True)


def labels(args) -> None:
    """Are the topic labels written as customers write? Per labelled set (workbench topics, defaults): the
    share of the labels' phrases of two or more words that stand word for word in at least one of their
    topic's messages (lower-cased, spaces collapsed); a phrase no customer wrote ("password forgot") is the
    topic vocabulary's, not a customer's. Beside it, the first eight labels of each set; every label, with its
    topic's size, goes to benchmarks/out/labels-EMBEDDING.json (to compare two versions' names)."""
    import topic_corpora as tc

    from workbench.analysis.topics import TopicConfig, fit_topics, topic_text

    emb = get_embedder(args.embedding)
    rows, every = [], {}
    out = ROOT / "benchmarks" / "out" / f"labels-{args.embedding}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    for name, read in tc.SETS.items():
        df = read(args.shared).reset_index(drop=True)
        result = fit_topics(df["text"].tolist(), embeddings(df["text"], args.embedding), emb, TopicConfig())
        real = result.topics[result.topics["topic_id"] >= 0]
        every[name] = [[label, int(size)] for label, size in zip(real["label"], real["size"], strict=True)]
        out.write_text(json.dumps(every, indent=1))
        docs = np.array([re.sub(r"\s+", " ", topic_text(t).lower()) for t in df["text"]], dtype=object)
        phrases = written = 0
        for t, label in zip(result.topics["topic_id"], result.topics["label"], strict=True):
            if t < 0:
                continue
            members = docs[result.assignments == t]
            for phrase in (p for p in re.sub(r" [(]\d+[)]$", "", label).split(" and ") if len(p.split()) > 1):
                phrases += 1
                written += any(phrase.lower() in d for d in members)  # labels keep "FHA", "iPhone"
        rows.append({"data": name, "topics": int((result.topics["topic_id"] >= 0).sum()),
                     "phrases of 2+ words": phrases, "written by a customer": written / max(phrases, 1),
                     "labels": "; ".join(result.topics.loc[result.topics["topic_id"] >= 0, "label"].head(8))})
        print(pd.DataFrame(rows).round(3).to_markdown(index=False), flush=True)


def theme_names(args) -> None:
    """How themes are named, per labelled set (workbench topics and themes, defaults): how many of its themes a
    need names (`analysis/needs.py`), and each theme's label beside the people's category most of its messages
    carry (with its share), to read whether the name says what the theme holds. Then, for all sets, how the
    themes group the messages: NMI and adjusted Rand of the themes against the people's categories (outliers
    and the no-subject group each one cluster, as for topics), the biggest theme's share of the messages, and
    the themes that hold a single topic of under 2% of them (a topic, not a theme)."""
    import topic_corpora as tc
    from sklearn.metrics import adjusted_rand_score

    from workbench.analysis.needs import NEEDS
    from workbench.analysis.topics import TopicConfig, fit_topics, themes, topic_text

    emb = get_embedder(args.embedding)
    grouping = []
    for name, read in tc.SETS.items():
        df = read(args.shared).reset_index(drop=True)
        x = embeddings(df["text"], args.embedding)
        result = fit_topics(df["text"].tolist(), x, emb, TopicConfig())
        table, of_topic = themes(result, x, docs=[topic_text(t) for t in df["text"]])
        theme = np.array([of_topic.get(int(a), -99) for a in result.assignments])
        real = table[table["theme_id"] >= 0]
        print(f"\n{name}: {int(real['label'].isin(NEEDS).sum())} of {len(real)} themes named by a need\n")
        shares = real["size"] / len(df)
        grouping.append({"data": name, "topics": int((result.topics["topic_id"] >= 0).sum()), "themes": len(real),
                         "NMI": normalized_mutual_info_score(df["label"], theme),
                         "ARI": adjusted_rand_score(df["label"], theme), "biggest theme": float(shares.max()),
                         "themes of one topic under 2%": int(((real["topic_ids"].map(len) == 1)
                                                              & (shares < 0.02)).sum())})
        rows = []
        for _, t in real.iterrows():
            top = df["label"][theme == t["theme_id"]].value_counts(normalize=True)
            rows.append({"theme": t["label"], "messages": int(t["size"]), "by a need": t["label"] in NEEDS,
                         "people's category (most of its messages)": f"{str(top.index[0])[:60]} ({top.iloc[0]:.0%})"})
        print(pd.DataFrame(rows).to_markdown(index=False), flush=True)
    print("\nThemes against the people's categories\n")
    print(pd.DataFrame(grouping).round(3).to_markdown(index=False), flush=True)


def segments(args) -> None:
    """Do per-segment figures track the truth? Pseudo-brands built from labelled data with known mixes."""
    from scipy.stats import pearsonr

    from workbench.analysis.sentiment import adapt_priors
    from workbench.analysis.topics import TopicConfig, fit_topics

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

    held_out_brands(args)

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


def held_out_brands(args) -> None:
    """Per-brand negative share on data the heads never saw: Sanders' tweets about four real brands (Apple,
    Google, Microsoft, Twitter), scored by the heads trained without Sanders (leave one data set out), then 8
    pseudo-brands of 250 tweets with negative shares from 30% to 80% drawn from the three brand-tweet sets, each
    tweet scored by the heads trained without its own set."""
    from scipy.stats import pearsonr

    data = sc.load_all(args.shared)
    texts = sc.texts_for_model(data["text"])
    x, _ = vectors(texts, args.embedding)
    predicted = pd.Series(index=data.index, dtype=object)
    for name in sc.BRAND_TWEETS:
        test = (data["corpus"] == name).to_numpy()
        p = sc.heads_proba(x, texts, data, sc.training_mask(data, test), test)
        predicted[test] = sc.labels_of(p, data.loc[test, "label"])
    raw = pd.read_csv(args.shared / "sentiment-extra/sanders-twitter/full-corpus.csv")
    brand_of = raw.groupby("TweetText")["Topic"].agg(lambda s: s.iloc[0] if s.nunique() == 1 else None)
    sanders = data[data["corpus"] == "sanders"].assign(brand=lambda d: d["text"].map(brand_of))
    sanders = sanders[sanders["brand"].notna()]
    rows = [{"brand": b, "tweets": len(g), "true negative share": (g["label"] == "negative").mean(),
             "predicted negative share": (predicted[g.index] == "negative").mean()}
            for b, g in sanders.groupby("brand")]
    brands = pd.DataFrame(rows)
    r = pearsonr(brands["true negative share"], brands["predicted negative share"])[0]
    mae = (brands["predicted negative share"] - brands["true negative share"]).abs().mean()
    print(f"\nSanders' four brands, heads trained without Sanders (`{args.embedding}`):\n"
          + brands.round(3).to_markdown(index=False) + f"\n\nPearson r = {r:.3f}, mean absolute error = {mae:.3f}")
    rng = np.random.default_rng(0)
    pool = data[data["corpus"].isin(sc.BRAND_TWEETS)]
    pools = {c: list(rng.permutation(pool.index[pool["label"] == c])) for c in ("negative", "neutral", "positive")}
    rows = []
    for i, neg in enumerate(np.linspace(0.3, 0.8, 8)):
        n_neg = int(round(250 * neg))
        n_neu = int(round((250 - n_neg) * 0.6))
        idx = ([pools["negative"].pop() for _ in range(n_neg)] + [pools["neutral"].pop() for _ in range(n_neu)]
               + [pools["positive"].pop() for _ in range(250 - n_neg - n_neu)])
        rows.append({"segment": f"brand {i + 1}", "true negative share": n_neg / 250,
                     "predicted negative share": float((predicted[idx] == "negative").mean())})
    df = pd.DataFrame(rows)
    r = pearsonr(df["true negative share"], df["predicted negative share"])[0]
    mae = (df["predicted negative share"] - df["true negative share"]).abs().mean()
    print("\n8 pseudo-brands from the brand-tweet sets, each tweet scored by heads trained without its set:\n"
          + df.round(3).to_markdown(index=False)
          + f"\n\nPearson r = {r:.3f}, mean absolute error = {mae:.3f}")


BUREAUS = {"TRANSUNION INTERMEDIATE HOLDINGS, INC.": "TransUnion", "Experian Information Solutions Inc.": "Experian",
           "EQUIFAX, INC.": "Equifax"}


def one_company_topics(topics: np.ndarray, company: np.ndarray, min_size: int = 10, level: float = 0.6):
    """Topics (with at least `min_size` of these messages) whose messages are `level` or more one company:
    how many, out of how many, and the share of the messages they hold."""
    t = pd.DataFrame({"topic": topics, "company": company})
    counts = t[t["topic"] >= 0].groupby("topic")["company"].value_counts().unstack(fill_value=0)
    counts = counts[counts.sum(axis=1) >= min_size]
    one = counts.max(axis=1) / counts.sum(axis=1) >= level
    return int(one.sum()), len(counts), float(counts[one].to_numpy().sum() / counts.to_numpy().sum())


def brands(args, shuffles: int = 200) -> None:
    """Do topics split one need by company? CFPB complaints to the three credit bureaus (same products, same
    issues): topics fitted on the whole sample as `workbench analyse` fits them (company names masked out of
    the text every model reads) and as plain BERTopic does on the raw text. A topic is "one company's" when 60%
    or more of its bureau complaints go to one bureau; against what brand-blind topics would show (the
    bureaus shuffled among complaints of the same issue, `shuffles` times)."""
    from bertopic import BERTopic
    from umap import UMAP

    from workbench.analysis.topics import TopicConfig, fit_topics, name_masker

    d = pd.read_csv(args.shared / "topic-labelled/cfpb-complaints-sample/complaints_sample.csv")
    d = d[d["Consumer complaint narrative"].notna()].drop_duplicates("Consumer complaint narrative")
    d = d.reset_index(drop=True)
    names = [*BUREAUS, *BUREAUS.values(), "Trans Union"]
    mask = name_masker(names)
    raw = d["Consumer complaint narrative"].tolist()
    masked = [mask(t) for t in raw]
    emb = get_embedder(args.embedding)
    x_raw, x_masked = embeddings(pd.Series(raw), args.embedding), embeddings(pd.Series(masked), args.embedding)
    plain = BERTopic(umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=42))
    systems = {
        "plain BERTopic, raw text": np.asarray(plain.fit_transform(raw, embeddings=x_raw)[0]),
        "workbench, names not masked": fit_topics(raw, x_raw, emb, TopicConfig(), brands=names).assignments,
        "workbench (names masked, as analyse does)": fit_topics(masked, x_masked, emb, TopicConfig(),
                                                                brands=names).assignments,
    }
    bureau = d["Company"].isin(BUREAUS).to_numpy()
    company, issue = d.loc[bureau, "Company"].to_numpy(), d.loc[bureau, "Issue"].to_numpy()
    same_issue = [np.flatnonzero(issue == i) for i in np.unique(issue)]
    rng = np.random.default_rng(0)
    rows = []
    for name, a in systems.items():
        one, of, held = one_company_topics(a[bureau], company)
        blind = []
        for _ in range(shuffles):
            c = company.copy()
            for at in same_issue:
                c[at] = rng.permutation(c[at])
            blind.append(one_company_topics(a[bureau], c)[0])
        rows.append({"system": name, "topics with >= 10 bureau complaints": of, "one-bureau topics": one,
                     "their share of the complaints": round(held, 3),
                     "brand-blind expectation [95%]": f"{np.mean(blind):.1f} [{np.quantile(blind, 0.025):.0f}, "
                                                      f"{np.quantile(blind, 0.975):.0f}]"})
    print(f"{int(bureau.sum())} CFPB complaints to the three credit bureaus, {len(d)} complaints in the fit "
          f"(`{args.embedding}`):\n")
    print(pd.DataFrame(rows).to_markdown(index=False))


NAME_TEMPLATES = [  # (template, says who it is): {first} a first name, {full} first and last name
    ("{first} at the counter was so rude to me", False),
    ("I spoke to {first} for an hour and nothing changed", True),
    ("thanks {first} for sorting it out!", True),
    ("my name is {full} and my order never came", True),
    ("{full} here, still waiting on my refund", False),
    ("agent {first} hung up on me", True),
    ("the driver, {first}, left it at the wrong door", False),
]


def names(args, n_hosts: int = 2000, seed: int = 0) -> None:
    """People's names planted in real customer tweets: the share the redaction masks, for names in its lists
    and for names it has never seen (a seeded fifth of the lists held out of the detector), and the masks it
    makes on the same tweets with nothing planted (for a hand check of the false ones)."""
    import dataclasses
    import random

    from workbench.ingest import person_names as pn
    from workbench.ingest.clean import detect_language, redact_text

    twcs = pd.read_csv(args.shared / "twcs-sample/twcs_monalisapatra26.csv", lineterminator="\n", dtype=str)
    hosts = twcs.loc[twcs["inbound"].str.strip() == "True", "text"].dropna().drop_duplicates()
    hosts = hosts.sample(min(n_hosts, len(hosts)), random_state=seed).tolist()
    brands = set(twcs.loc[twcs["inbound"].str.strip() == "False", "author_id"].dropna())
    keep = frozenset(b.lower() for b in brands)  # as ingest keeps them: the brands' accounts and their words
    words = keep | pn.brand_words(brands)
    full = pn.name_lists()
    rng = random.Random(seed)
    firsts = sorted(n for n in full.first if n.lower() not in full.common and "-" not in n and "'" not in n)
    lasts = sorted(n for n in full.last if n.lower() not in full.common and n not in full.first)
    held_first = set(rng.sample(firsts, len(firsts) // 5))
    held_last = set(rng.sample(lasts, len(lasts) // 5))
    seen = dataclasses.replace(full, first=full.first - held_first, last=full.last - held_last)
    rows = []
    shipped = pn.name_lists
    try:
        pn.name_lists = lambda: seen  # the detector without the held-out fifth
        for kind, pool_first, pool_last in (("in the lists", sorted(set(firsts) - held_first),
                                             sorted(set(lasts) - held_last)),
                                            ("never seen", sorted(held_first), sorted(held_last))):
            for template, cued in NAME_TEMPLATES:
                hits = total = 0
                for host in hosts[:300]:
                    first, last = rng.choice(pool_first), rng.choice(pool_last)
                    text = f"{host} {template.format(first=first, full=f'{first} {last}')}"
                    out = redact_text(text, keep, keep_words=words, language=detect_language(text))  # as ingest
                    planted = [first, last] if "{full}" in template else [first]
                    total += len(planted)
                    hits += sum(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out) is None for w in planted)
                rows.append({"names": kind, "template": template, "says who it is": "yes" if cued else "no",
                             "recall": round(hits / total, 3)})
    finally:
        pn.name_lists = shipped
    table = pd.DataFrame(rows)
    print(table.to_markdown(index=False))
    print()
    print(table.groupby("names")["recall"].mean().round(3).to_markdown())
    plain = [(h, redact_text(h, keep, keep_words=words, language=detect_language(h))) for h in hosts]
    masked = [(h, o) for h, o in plain if "[NAME]" in o]
    print(f"\n{len(masked)} of {len(hosts)} real customer tweets with nothing planted get a [NAME]; "
          "the first 25, for a hand check:")
    for original, out in masked[:25]:
        print(f"- {original!r} -> {out!r}")


def addressed(args) -> None:
    """Brand inference on exports that do not say which brand a message addresses (no brand column, no brand
    replies): customer tweets from TWCS (truth: the brand account that answered the tweet; the answers are
    dropped before inference), from IBM's customer-care conversations (truth: the company of the conversation,
    named by its care account) and Sanders' tweets (no authors; truth: the brand the tweet was collected for)."""
    from workbench import schema as S
    from workbench.analysis.brands import infer_brands
    from workbench.ingest.clean import CleanOptions, clean

    def frame(ids, authors, texts) -> pd.DataFrame:
        """As ingest leaves it: people's handles redacted (a brand's survive), so inference sees what it would."""
        raw = pd.DataFrame({S.MESSAGE_ID: ids, S.SOURCE_ID: ids, S.CONVERSATION_ID: ids, S.AUTHOR_ID: authors,
                            S.AUTHOR_ROLE: "customer", S.TEXT: texts,
                            S.CREATED_AT: pd.Timestamp("2024-01-01", tz="UTC")})
        return clean(S.conform(raw.reset_index(drop=True)), CleanOptions(salt="s", detect_language=False)).messages

    twcs = pd.read_csv(args.shared / "twcs-sample" / "twcs_monalisapatra26.csv", dtype=str)
    author = twcs.drop_duplicates("tweet_id").set_index("tweet_id")["author_id"]
    answered_by = twcs["response_tweet_id"].fillna("").str.split(",").str[0].map(author)
    asked = twcs[(twcs["inbound"] == "True") & answered_by.notna() & ~answered_by.fillna("0").str.isdigit()]
    sanders = pd.read_csv(args.shared / "sentiment-extra" / "sanders-twitter" / "full-corpus.csv", dtype=str)
    ibm = pd.DataFrame([(turn["tweet_ID"], turn["client"], turn["message"], dialog["dialogHeader"]["company"])
                        for part in ("dev.json", "test.json")
                        for dialog in json.loads((args.shared / "ibm-twitter-customer-care" / part).read_text())
                        for turn in dialog["dialogContent"] if "client" in turn],
                       columns=["id", "author", "text", "company"]).drop_duplicates("id")
    sets = {"TWCS customer tweets, brand replies dropped": (
                frame(asked["tweet_id"], asked["author_id"], asked["text"]),
                pd.Series(answered_by[asked.index].to_numpy(), index=asked["tweet_id"])),
            "IBM customer-care tweets, brand replies dropped": (
                frame(ibm["id"], ibm["author"], ibm["text"]), pd.Series(ibm["company"].to_numpy(), index=ibm["id"])),
            "Sanders tweets (no authors)": (
                frame(sanders["TweetId"], None, sanders["TweetText"]),
                pd.Series(sanders["Topic"].to_numpy(), index=sanders["TweetId"]))}
    rows = []
    for name, (messages, truth) in sets.items():  # rows ingest set aside (duplicates) are not counted
        told = infer_brands(messages)["brand_inferred"].str.lower()
        truth = messages[S.SOURCE_ID].map(truth.groupby(level=0).first()).str.lower()
        rows.append({"export": name, "messages": len(messages), "brand told": told.notna().mean(),
                     "right where told": (told[told.notna()] == truth[told.notna()]).mean(),
                     "right of all": (told == truth).mean()})
    print(pd.DataFrame(rows).to_markdown(index=False, floatfmt=".3f"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("what", choices=["sentiment", "active", "intent", "topics", "labels", "brands", "addressed",
                                       "segments", "names", "themes"])
    ap.add_argument("--embedding", default="minilm")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    {"sentiment": sentiment, "active": active, "intent": intent, "topics": topics, "labels": labels,
     "brands": brands, "addressed": addressed, "segments": segments, "names": names,
     "themes": theme_names}[args.what](args)


if __name__ == "__main__":
    main()
