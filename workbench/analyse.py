"""Run the analyses on a workspace: embeddings, sentiment and emotion, intent, topics, topics over time.

Results go back into the workspace in one transaction: columns on `messages` (sentiment_label,
sentiment_score, emotion, intent, topic_id, topic_label; NULL for brand messages, which are answers, not
customer voice) and the tables `topics`, `topics_over_time`, `sentiment_shares` (predicted shares and shares
corrected for label shift or, with researcher labels, for the measured confusion, with 95% intervals),
`sentiment_calibration` and `analysis_runs` (parameters, model ids, seeds, counts and timings of each run).
With at least 30 sentiment labels in the workspace (`Workspace.add_labels`), the sentiment model is first
adapted to them. `analyse` returns those tables, never BERTopic objects.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, replace
from pathlib import Path

import pandas as pd

from workbench import __version__
from workbench import schema as S
from workbench.embed import EmbeddingCache, embed, get_embedder
from workbench.errors import WorkbenchError
from workbench.intent import classify_intents
from workbench.sentiment import (
    SENTIMENTS,
    build_features,
    calibrate,
    estimated_shares,
    feature_spec,
    score_emotion,
    score_sentiment,
    share_correction,
)
from workbench.topics import TopicConfig, fit_topics, load_codebook, topic_text, topics_over_time
from workbench.workspace import Workspace

ANALYSIS_COLUMNS = {
    "sentiment_label": "VARCHAR", "sentiment_score": "DOUBLE", "emotion": "VARCHAR", "intent": "VARCHAR",
    "topic_id": "INTEGER", "topic_label": "VARCHAR",
}


def analyse(workspace: Workspace | str | Path = "workspace", embedding: str = "minilm",
            seed_topics: str | Path | None = None, config: TopicConfig | None = None,
            period: str = "W", progress: bool = True) -> dict[str, pd.DataFrame]:
    """Analyse every customer message of the workspace; returns {messages, topics, topics_over_time, run}."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    config = config or TopicConfig()
    if seed_topics:
        config = replace(config, seed_topics=load_codebook(seed_topics))
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 3)
        clock = now

    messages = ws.messages()
    voice = messages[(messages[S.AUTHOR_ROLE] != "brand") & (messages[S.TEXT].str.len() > 0)].copy()
    if voice.empty:
        raise WorkbenchError(f"{ws.path}: no customer messages to analyse; ingest some exports first.")
    texts = [topic_text(t) or t for t in voice[S.TEXT]]
    embedder = get_embedder(embedding)
    cache = EmbeddingCache(ws.path.parent / "cache" / "embeddings.duckdb")
    try:
        vectors = embed(texts, embedder, cache, progress=progress)
        lap("embed")
        features = build_features(texts, feature_spec(embedder.model_id), {embedder.model_id: vectors}, cache)
    finally:
        cache.close()
    head, calibration, shares_table = _calibrated_head(ws, voice, features, embedder.model_id)
    sentiment = score_sentiment(features, embedder.model_id, head=head)
    sentiment["emotion"] = score_emotion(features, embedder.model_id, sentiment).to_numpy()
    shares = estimated_shares(features, embedder.model_id, head=head)
    if shares_table is None:
        predicted = sentiment["sentiment_label"].value_counts(normalize=True)
        shares_table = pd.DataFrame({"label": SENTIMENTS,
                                     "predicted_share": [predicted.get(c, 0.0) for c in SENTIMENTS],
                                     "corrected_share": [shares.get(c) for c in SENTIMENTS],
                                     "ci_low": None, "ci_high": None})
        shares_table["method"] = "EM label-shift estimate (no researcher labels)"
    lap("sentiment_emotion")
    intents = classify_intents(voice[S.TEXT].reset_index(drop=True), sentiment, features, embedder.model_id)
    lap("intent")
    brands = sorted(set(messages[S.BRAND].dropna()) | set(
        messages.loc[messages[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].dropna()))
    topics = fit_topics(texts, vectors, embedder, config, brands=brands)
    topics.save(ws.path.parent / "models" / "topics")
    lap("topics")

    labels = dict(zip(topics.topics["topic_id"], topics.topics["label"], strict=True))
    result = pd.DataFrame({
        S.MESSAGE_ID: voice[S.MESSAGE_ID].to_numpy(),
        "sentiment_label": sentiment["sentiment_label"], "sentiment_score": sentiment["sentiment_score"],
        "emotion": sentiment["emotion"], "intent": intents.to_numpy(),
        "topic_id": topics.assignments.astype(int), "topic_label": [labels[t] for t in topics.assignments],
    })
    over_time = topics_over_time(voice[[S.CREATED_AT]].reset_index(drop=True).join(result[["topic_id", "topic_label"]]),
                                 freq=period)
    table = topics.topics.copy()
    run = pd.DataFrame([{
        "run_at": pd.Timestamp.now("UTC"), "workbench_version": __version__, "embedding": embedder.model_id,
        "messages_analysed": len(voice), "topics": int((table["topic_id"] >= 0).sum()),
        "outlier_share_before": topics.outlier_share_before, "outlier_share": topics.outlier_share,
        "sentiment_shares_estimated": json.dumps(shares),
        "params": json.dumps({**asdict(config), "period": period}, default=str),
        "timings": json.dumps(timings),
    }])
    _store(ws, result, {"topics": table, "topics_over_time": over_time, "sentiment_shares": shares_table,
                        "sentiment_calibration": calibration}, run)
    lap("store")
    run["timings"] = json.dumps(timings)
    return {"messages": ws.messages(), "topics": table, "topics_over_time": over_time,
            "sentiment_shares": shares_table, "sentiment_calibration": calibration, "run": run}


def _calibrated_head(ws: Workspace, voice: pd.DataFrame, features, model_id: str, minimum: int = 30):
    """The shipped sentiment head, or one adapted to the researcher's labels (at least `minimum` of them),
    with the calibration report and confusion-corrected shares (None without labels)."""
    labels = ws.labels("sentiment")
    pos = pd.Series(range(len(voice)), index=voice[S.MESSAGE_ID].to_numpy())
    labels = labels[labels[S.MESSAGE_ID].isin(pos.index)]
    empty = pd.DataFrame(columns=["labelled", "folds", "macro_f1_shipped", "macro_f1_adapted"])
    if len(labels) < minimum:
        return None, empty, None
    rows = pos[labels[S.MESSAGE_ID]].to_numpy()
    head, report, cv_pred = calibrate(features[rows], labels["label"], model_id)
    predicted = score_sentiment(features, model_id, head=head)["sentiment_label"]
    shares = share_correction(predicted, pd.DataFrame({"label": labels["label"].to_numpy(), "predicted": cv_pred}))
    shares["method"] = f"adjusted classify-and-count, confusion from {len(labels)} researcher labels"
    return head, report, shares


def _store(ws: Workspace, result: pd.DataFrame, tables: dict[str, pd.DataFrame], run: pd.DataFrame) -> None:
    con = ws.con
    con.begin()
    try:
        for col, sql in ANALYSIS_COLUMNS.items():
            con.execute(f"ALTER TABLE messages ADD COLUMN IF NOT EXISTS {col} {sql}")
        con.execute("UPDATE messages SET " + ", ".join(f"{c} = NULL" for c in ANALYSIS_COLUMNS))
        con.register("_result", result)
        con.execute("UPDATE messages SET " + ", ".join(f"{c} = r.{c}" for c in ANALYSIS_COLUMNS)
                    + " FROM _result r WHERE messages.message_id = r.message_id")
        con.unregister("_result")
        for name, df in tables.items():
            con.register("_t", df)
            con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _t")
            con.unregister("_t")
        con.register("_run", run)
        con.execute("CREATE TABLE IF NOT EXISTS analysis_runs AS SELECT * FROM _run WHERE false")
        con.execute("INSERT INTO analysis_runs SELECT * FROM _run")
        con.unregister("_run")
        con.commit()
    except BaseException:
        con.rollback()
        raise
