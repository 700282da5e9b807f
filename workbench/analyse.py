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
from workbench.compare import drivers, segment_comparison
from workbench.curation import curation_log, reapply
from workbench.customers import customer_table, responsiveness
from workbench.embed import EmbeddingCache, embed, get_embedder
from workbench.errors import WorkbenchError
from workbench.intent import classify_intents
from workbench.segments import behavioural_segments, customer_segment, describe_segments, segment_values
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
from workbench.trends import quotes, trends
from workbench.workspace import Workspace

ANALYSIS_COLUMNS = {
    "sentiment_label": "VARCHAR", "sentiment_score": "DOUBLE", "emotion": "VARCHAR", "intent": "VARCHAR",
    "topic_id": "INTEGER", "topic_label": "VARCHAR",
}


def analyse(workspace: Workspace | str | Path = "workspace", embedding: str = "minilm",
            seed_topics: str | Path | None = None, config: TopicConfig | None = None,
            period: str = "W", segment_by: str | None = None, competitors: tuple[str, ...] = (),
            progress: bool = True) -> dict[str, pd.DataFrame]:
    """Analyse every customer message of the workspace and who the customers are.

    Returns the tables it stores: messages, topics, topics_over_time, sentiment_shares, sentiment_calibration,
    customers, segments, segment_topics, drivers, trends, alerts, responsiveness, quotes, share_of_voice, run.
    `segment_by` names a column (brand, channel, or an export column such as airline, plan, region) whose
    values are the researcher's segments; without it, comparisons use the automatic behavioural segments.
    """
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
    messages = messages.drop(columns=[c for c in ANALYSIS_COLUMNS if c in messages.columns])  # a re-analysis
    excluded = set(ws.con.execute("SELECT message_id FROM labels WHERE task = 'relevance' AND label IN "
                                  "('spam', 'irrelevant')").df()[S.MESSAGE_ID])  # marked by the researcher
    voice = messages[(messages[S.AUTHOR_ROLE] != "brand") & (messages[S.TEXT].str.len() > 0)
                     & ~messages[S.MESSAGE_ID].isin(excluded)].copy()
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
    topics = reapply(curation_log(ws), topics, voice[S.MESSAGE_ID].tolist())  # the researcher's renames, merges
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
    analysed = messages.merge(result, on=S.MESSAGE_ID, how="left")
    who = who_they_are(ws, analysed, segment_by, competitors, period, brands)
    lap("customers")
    table = topics.topics.copy()
    run = pd.DataFrame([{
        "run_at": pd.Timestamp.now("UTC"), "workbench_version": __version__, "embedding": embedder.model_id,
        "messages_analysed": len(voice), "topics": int((table["topic_id"] >= 0).sum()),
        "outlier_share_before": topics.outlier_share_before, "outlier_share": topics.outlier_share,
        "sentiment_shares_estimated": json.dumps(shares),
        "params": json.dumps({**asdict(config), "period": period, "segment_by": segment_by,
                              "competitors": list(competitors)}, default=str),
        "timings": json.dumps(timings),
    }])
    tables = {"topics": table, "topics_over_time": over_time, "sentiment_shares": shares_table,
              "sentiment_calibration": calibration, **who}
    _store(ws, result, tables, run)
    lap("store")
    run["timings"] = json.dumps(timings)
    return {"messages": ws.messages(), **tables, "run": run}


def _aliases(ws: Workspace) -> dict[str, str]:
    """Export columns that ingest mapped onto canonical fields (e.g. airline -> brand)."""
    out = {}
    for (opts,) in ws.con.execute("SELECT options FROM ingests").fetchall():
        for field, col in (json.loads(opts).get("mapping") or {}).items():
            out.setdefault(col, field)
    return out


def who_they_are(ws: Workspace, analysed: pd.DataFrame, segment_by: str | None, competitors: tuple[str, ...],
                 period: str, brands: list[str]) -> dict[str, pd.DataFrame]:
    """Customers, segments and everything compared across them (see workbench.customers, segments, compare,
    trends)."""
    customers = customer_table(analysed, competitors)
    auto, auto_table = behavioural_segments(customers, analysed)
    customers["segment"] = customers["customer_id"].map(auto).astype("Int64")
    seg_tables = [auto_table]
    if segment_by:
        values = segment_values(analysed, segment_by, _aliases(ws))
        by_customer = customer_segment(analysed, values)
        customers[f"segment_{segment_by}"] = customers["customer_id"].map(by_customer)
        own = describe_segments(customers, analysed, by_customer)
        own["kind"], own["criterion"] = f"by {segment_by}", f"the value of '{segment_by}' most of their messages carry"
        seg_tables.insert(0, own)
        per_message = values
    else:
        per_message = analysed[S.AUTHOR_ID].map(auto).astype("string").fillna("(none)")
    keep = frozenset(b.lower() for b in brands)
    rating_drivers = drivers(analysed, per_message, outcome=S.RATING) if analysed[S.RATING].notna().sum() >= 30 \
        else pd.DataFrame()
    trend_table, alerts = trends(analysed, freq=period)
    customers["intents"] = customers["intents"].map(json.dumps)
    return {
        "customers": customers,
        "segments": pd.concat(seg_tables, ignore_index=True),
        "segment_topics": segment_comparison(analysed, per_message),
        "drivers": pd.concat([drivers(analysed, per_message), rating_drivers], ignore_index=True),
        "trends": trend_table, "alerts": alerts,
        "responsiveness": responsiveness(analysed),
        "quotes": quotes(analysed, per_message, keep_handles=keep),
        "share_of_voice": share_of_voice(analysed, brands, competitors),
    }


def share_of_voice(analysed: pd.DataFrame, brands: list[str], competitors: tuple[str, ...]) -> pd.DataFrame:
    """Customer messages naming each brand and competitor (by name or @handle), and its share of all mentions."""
    import re

    names = [n for n in dict.fromkeys([*brands, *competitors]) if n and len(n) > 1]
    voice = analysed.loc[analysed[S.AUTHOR_ROLE] == "customer", S.TEXT].fillna("")
    rows = []
    for name in names:
        n = int(voice.str.contains(rf"(?<![\w]){re.escape(name)}(?![\w])", case=False, regex=True).sum())
        rows.append({"name": name, "kind": "competitor" if name in competitors else "brand", "mentions": n})
    out = pd.DataFrame(rows, columns=["name", "kind", "mentions"])
    total = out["mentions"].sum()
    out["share_of_voice"] = out["mentions"] / total if total else 0.0
    return out.sort_values("mentions", ascending=False).reset_index(drop=True)


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


def store_downstream(ws: Workspace, message_ids, assignments, topics_table: pd.DataFrame) -> None:
    """New topic assignments (after a curation) and every table computed from them, with the last run's
    parameters, in one transaction."""
    run = ws.table("analysis_runs").iloc[-1]
    params = json.loads(run["params"])
    labels = dict(zip(topics_table["topic_id"].astype(int), topics_table["label"], strict=True))
    result = pd.DataFrame({S.MESSAGE_ID: message_ids, "topic_id": assignments,
                           "topic_label": [labels.get(int(t)) for t in assignments]})
    counts = result["topic_id"].value_counts()
    table = topics_table[topics_table["topic_id"].isin(counts.index)].copy()
    table["size"] = table["topic_id"].map(counts).astype(int)
    table["share"] = table["size"] / len(result)
    table = table.sort_values(["size", "topic_id"], ascending=[False, True]).reset_index(drop=True)
    messages = ws.messages()
    analysed = messages.drop(columns=["topic_id", "topic_label"]).merge(result, on=S.MESSAGE_ID, how="left")
    voice = analysed[analysed["topic_id"].notna()].reset_index(drop=True)
    over_time = topics_over_time(voice[[S.CREATED_AT, "topic_id", "topic_label"]], freq=params.get("period", "W"))
    brands = sorted(set(messages[S.BRAND].dropna()) | set(
        messages.loc[messages[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].dropna()))
    who = who_they_are(ws, analysed, params.get("segment_by"), tuple(params.get("competitors") or ()),
                       params.get("period", "W"), brands)
    _store(ws, result, {"topics": table, "topics_over_time": over_time, **who}, None)


def _store(ws: Workspace, result: pd.DataFrame, tables: dict[str, pd.DataFrame], run: pd.DataFrame | None) -> None:
    """Analysis columns from `result` (only those it has), tables replaced, a run appended; one transaction."""
    con = ws.con
    cols = [c for c in ANALYSIS_COLUMNS if c in result.columns]
    con.begin()
    try:
        for col, sql in ANALYSIS_COLUMNS.items():
            con.execute(f"ALTER TABLE messages ADD COLUMN IF NOT EXISTS {col} {sql}")
        con.execute("UPDATE messages SET " + ", ".join(f"{c} = NULL" for c in cols))
        con.register("_result", result)
        con.execute("UPDATE messages SET " + ", ".join(f"{c} = r.{c}" for c in cols)
                    + " FROM _result r WHERE messages.message_id = r.message_id")
        con.unregister("_result")
        for name, df in tables.items():
            con.register("_t", df)
            con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _t")
            con.unregister("_t")
        if run is not None:
            con.register("_run", run)
            con.execute("CREATE TABLE IF NOT EXISTS analysis_runs AS SELECT * FROM _run WHERE false")
            con.execute("INSERT INTO analysis_runs SELECT * FROM _run")
            con.unregister("_run")
        con.commit()
    except BaseException:
        con.rollback()
        raise
