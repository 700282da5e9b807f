"""The analysis pipeline: the stages of workbench.analysis (embeddings, brands, sentiment and emotion, intent,
topics) and then workbench.customers (profiles, segments, comparisons, trends) over one workspace.

Results go to the store in one transaction: one row per customer message and run in `message_analysis`
(sentiment_label, sentiment_score, emotion, intent, topic, theme, brand; brand messages are answers, not
customer voice) and the tables `topics`, `topics_over_time`, `sentiment_shares` (predicted shares and shares
corrected for label shift or, with researcher labels, for the measured confusion, with 95% intervals),
`sentiment_calibration` and `analysis_runs` (parameters, model ids, seeds, counts and timings of each run).
With at least 30 sentiment labels in the workspace (`Store.add_labels`), the sentiment model is first
adapted to them. `analyse` returns those tables, never BERTopic objects.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import asdict, replace
from functools import lru_cache, partial
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from workbench import __version__
from workbench import schema as S
from workbench.analysis.brands import brand_accounts, infer_brands
from workbench.analysis.codebook import load_codebook
from workbench.analysis.embed import EmbeddingCache, embed, get_embedder, text_key
from workbench.analysis.intent import answers_to_wishes
from workbench.analysis.per_message import score_messages
from workbench.analysis.sentiment import (
    build_features,
    calibrate,
    feature_spec,
    from_stars,
    reader_version,
    sentiment_reader,
    shipped_confusion,
    shipped_share_errors,
)
from workbench.analysis.shares import corrected_shares, share_correction, with_exact
from workbench.analysis.topic_edits import reapply
from workbench.analysis.topics import (
    TopicConfig,
    fit_topics,
    name_masker,
    themes,
    topic_text,
    topics_over_time,
)
from workbench.customers.compare import DRIVER_COLUMNS, drivers, segment_comparison
from workbench.customers.profiles import customer_table, responsiveness, thread_facts
from workbench.customers.quotes import quotes
from workbench.customers.segments import (
    behavioural_segments,
    customer_segment,
    describe_segments,
    message_segments,
    segment_values,
)
from workbench.customers.trends import trends
from workbench.errors import WorkbenchError
from workbench.ingest.clean import brand_account_handles, redact_text
from workbench.ingest.person_names import brand_words
from workbench.pipeline.result import AnalysisResult
from workbench.store import Store, workspace_flag


def _stage_topic_model(topics, models: Path) -> Path:
    """The fitted topic model saved beside the current one (models/topics.next; what a killed run left there
    is replaced), so that a crash before the results are stored leaves models/topics as it was."""
    staged = models / "topics.next"
    shutil.rmtree(staged, ignore_errors=True)
    return topics.save(staged)


def _publish(staged: Path) -> None:
    """Swap the staged topic model in for models/topics, once its run is committed."""
    final, old = staged.with_name("topics"), staged.with_name("topics.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staged.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def analyse(workspace: Store | str | Path = "workspace", embedding: str = "minilm",
            seed_topics: str | Path | None = None, config: TopicConfig | None = None,
            period: str | None = None, segment_by: str | None = None, competitors: tuple[str, ...] = (),
            progress: bool = True, force: bool = False, engine: str = "local",
            scheduler: str | None = None) -> AnalysisResult:
    """Analyse every customer message of the workspace and who the customers are.

    Returns the tables it stores as an AnalysisResult (`result["topics"]`, `result.summary()`): messages,
    topics, themes, topics_over_time, sentiment_shares, sentiment_calibration, customers, segments,
    segment_topics, drivers, trends, alerts, responsiveness, quotes, share_of_voice, run.
    `period` is what topics over time and trends compare: D, W or M (days, weeks, months); by default weeks,
    or months where the export dates its messages by the month alone (`schema.dated_by_month`).
    `segment_by` names a column (brand, channel, or an export column such as airline, plan, region) whose
    values are the researcher's segments. Without it, messages are compared by the brand they address when
    customers address two or more brands (told by the export or inferred, see workbench.analysis.brands), else by the
    automatic behavioural segments; `segment_by="none"` asks for the behavioural segments only.
    `engine="dask"` runs the per-message work (embedding, sentiment, emotion, intent) over partitions on a
    Dask cluster (`scheduler`: its address; a local cluster when None); see workbench.pipeline.engines.
    When nothing it reads has changed since the last run (messages, labels, topic corrections, model,
    parameters), the stored analysis is returned as it is, unless `force`.
    """
    ws = workspace if isinstance(workspace, Store) else Store(workspace)
    period = S.period_alias(period) if period else None  # a misnamed period stops here, before any work
    config = config or TopicConfig()
    if seed_topics:
        config = replace(config, seed_topics=load_codebook(seed_topics))
    embedder = get_embedder(embedding)
    reader = reader_version(embedder.model_id)
    params = json.dumps({**asdict(config), "period": period, "segment_by": segment_by,
                         "competitors": list(competitors), "sentiment_reader": reader}, default=str)
    fingerprint = hashlib.sha1(repr((ws.content_fingerprint(), embedding, params, __version__,
                                     code_fingerprint())).encode()).hexdigest()
    unchanged = None if force else _unchanged(ws, fingerprint)
    if unchanged is not None:
        return unchanged
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    stages = ("per_message", "topics", "customers", "store")
    what = {"per_message": "embedding, sentiment, emotion, intent", "topics": "topics and themes",
            "customers": "customers, segments, comparisons", "store": "storing the results"}
    bar = tqdm(total=len(stages), desc=what[stages[0]], unit="stage", disable=not progress,
               bar_format="analyse: {n}/{total} stages [{elapsed}] now: {desc}")

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 3)
        clock = now
        bar.update(1)
        following = stages[stages.index(name) + 1:]
        bar.set_description_str(what[following[0]] if following else "done")
        if not following:
            bar.close()

    messages = ws.messages(analysed=False)  # the ingested rows, whatever an earlier run found
    addressed = infer_brands(messages, named=_named_brands(ws), loader_inferred=_loader_inferred(ws, messages))
    told = addressed["brand_source"].eq("export").fillna(False).to_numpy(bool)
    messages[S.BRAND] = messages[S.BRAND].where(told, addressed["brand_inferred"].to_numpy())
    segment_by = _default_segments(messages, segment_by)
    excluded = ws.excluded()  # marked spam or irrelevant by the researcher
    voice = messages[(messages[S.AUTHOR_ROLE] != "brand") & (messages[S.TEXT].str.len() > 0)
                     & ~messages[S.MESSAGE_ID].isin(excluded)].copy()
    own = int((messages[S.AUTHOR_ROLE] == "brand").sum())
    if voice.empty and own:
        which = (f"all {own:,} messages are the brand's own posts (an archive of the brand's own account holds "
                 "nothing else)" if own == len(messages) else f"{own:,} of the {len(messages):,} messages are the "
                 f"brand's own and the other {len(messages) - own:,} are empty or marked spam")
        raise WorkbenchError(f"{ws.path}: no customer messages to analyse: {which}; ingest an export of what "
                             "customers wrote to the brand.")
    if voice.empty:
        reasons = ws.rejected_by_reason()
        if reasons:  # rows were read, and every one was set aside
            why = ", ".join(f"{n:,} {reason}" for reason, n in reasons.items())
            raise WorkbenchError(f"{ws.path}: no customer messages to analyse: every row ingested was set aside "
                                 f"({why}); see them with `workbench export rejected --out rejected.csv"
                                 f"{workspace_flag(ws.path.parent)}`, then "
                                 "ingest the export again with the fix its notes name.")
        raise WorkbenchError(f"{ws.path}: no customer messages to analyse; ingest some exports first.")
    period = period or S.default_period(voice[S.CREATED_AT])
    brands = brand_names(messages)
    # One text per message for every model: no URLs, handles, signatures or brand names (topics about needs).
    mask = name_masker(brands)
    texts = [mask(topic_text(t)) or topic_text(t) or t for t in voice[S.TEXT]]
    raw = voice[S.TEXT].tolist()
    cache = EmbeddingCache(ws.path.parent / "cache" / "embeddings.duckdb")
    try:
        head, calibration, labelled, use_ngram = _calibrated_head(ws, voice, texts, embedder, cache)
        if engine == "dask":  # per-message work over partitions on a Dask cluster; the rest here
            from workbench.pipeline.engines import score_on_dask

            scored = score_on_dask(texts, raw, embedding, head, use_ngram, ws.path.parent / "cache" / "partitions",
                                   scheduler=scheduler, progress=progress)
            cache.put(embedder.model_id, [text_key(t) for t in texts], scored.vectors)  # a rerun reuses them
        elif engine == "local":
            scored = score_messages(texts, raw, embedding, head, use_ngram, cache, progress=progress)
        else:
            raise WorkbenchError(f"unknown engine '{engine}'; use local or dask.")
    finally:
        cache.close()
    vectors, sentiment = scored.vectors, scored.sentiment.reset_index(drop=True)
    intents, intent_confidence = scored.intents, scored.intent_confidence
    intents = answers_to_wishes(intents, voice[S.METADATA].reset_index(drop=True),  # "What could we improve?"
                                voice[S.CHANNEL].reset_index(drop=True))
    lap("per_message")
    # A star rating states its message's sentiment: the stars decide it, the model reads every other message.
    stars = from_stars(voice[S.RATING].reset_index(drop=True), voice[S.RATING_TYPE].reset_index(drop=True))
    rated = stars.notna().to_numpy()
    modelled = sentiment.loc[~rated, "sentiment_label"]
    if labelled is not None:  # the researcher's labels measured the adapted model's confusion
        shares_table = share_correction(modelled, labelled)
        shares_table["method"] = f"adjusted classify-and-count, confusion from {len(labelled)} researcher labels"
    else:
        # The shipped model's error rates differ too much between public data sets to correct an export's
        # shares with (docs/quality.md: on messages written to brands its shares were right, and a correction
        # by the other sets' error rates would have moved them away): its shares are given as they are, with an
        # interval widened by how far they landed from the truth on data sets it did not learn from.
        errors = shipped_share_errors(embedder.model_id)
        shares_table = corrected_shares(modelled, shipped_confusion(embedder.model_id), share_errors=errors,
                                        correct=False)
        shares_table["method"] = ("no correction (error rates measured on public data sets vary too much between "
                                  "data sets to carry over)" + ("; interval widened by the model's share errors "
                                                                 "on held-out public data sets" if errors is not None
                                                                 else ""))
    shares_table = with_exact(shares_table, len(modelled), stars[rated])
    if rated.any():
        if rated.all():  # no message was read by the model: what it would have corrected says nothing here
            shares_table["method"] = (f"counted: all {int(rated.sum())} messages carry a star rating, read by their"
                                      " stars (1-2 negative, 3 neutral, 4-5 positive); no model reading involved")
        else:
            shares_table["method"] += (f"; {int(rated.sum())} messages with a star rating counted by their stars "
                                       "(1-2 negative, 3 neutral, 4-5 positive)")
        stated = pd.to_numeric(voice[S.RATING], errors="coerce").to_numpy()[rated]
        sentiment.loc[rated, "sentiment_label"] = stars[rated].to_numpy()
        sentiment.loc[rated, "sentiment_score"] = ((np.floor(stated + 0.5) - 3) / 2).round(4)
    shares = dict(zip(shares_table["label"], shares_table["corrected_share"].round(4), strict=True))
    cache = EmbeddingCache(ws.path.parent / "cache" / "embeddings.duckdb")  # the keyphrase candidates' vectors
    try:
        topics = fit_topics(texts, vectors, embedder, config, brands=brands, quotes_from=voice[S.TEXT].tolist(),
                            cache=ws.path.parent / "cache" / "reduced", languages=voice[S.LANGUAGE].tolist(),
                            vectors_cache=cache)
    finally:
        cache.close()
    # What the report shows of a topic is redacted as its quotes are: "@user", not a customer's pseudonym
    show = partial(redact_text, **_kept_readable(brands, messages))
    shown = topics.topics["representative_messages"].map(lambda quotes: [show(q) for q in quotes])
    topics.topics["representative_messages"] = shown
    topics.topics["description"] = topics.topics["description"].map(show)
    staged = _stage_topic_model(topics, ws.path.parent / "models")  # published once the results are stored
    topics = reapply(ws.curation_log(), topics, voice[S.MESSAGE_ID].tolist())  # the researcher's renames, merges
    lap("topics")

    theme_table, theme_of = themes(topics, vectors, docs=texts)
    theme_labels = dict(zip(theme_table["theme_id"], theme_table["label"], strict=True))
    labels = dict(zip(topics.topics["topic_id"], topics.topics["label"], strict=True))
    per_voice = pd.DataFrame({
        S.MESSAGE_ID: voice[S.MESSAGE_ID].to_numpy(),
        "sentiment_label": sentiment["sentiment_label"], "sentiment_score": sentiment["sentiment_score"],
        "emotion": sentiment["emotion"], "intent": intents.to_numpy(),
        "sentiment_confidence": sentiment[["p_negative", "p_neutral", "p_positive"]].max(axis=1).round(4)
        .where(~rated, 1.0).to_numpy(),
        "sentiment_source": np.where(rated, "stars", "text"),
        "model_text_key": [text_key(t) for t in texts],  # the embedding cache's key for what the models read
        "intent_confidence": intent_confidence.round(4).to_numpy(),
        "topic_id": topics.assignments.astype(int), "topic_label": [labels[t] for t in topics.assignments],
        "theme_id": [theme_of.get(int(t)) for t in topics.assignments],
        "theme_label": [theme_labels.get(theme_of.get(int(t))) for t in topics.assignments],
    })
    result = addressed.merge(per_voice, on=S.MESSAGE_ID, how="left")
    over_time = topics_over_time(voice[[S.CREATED_AT]].reset_index(drop=True).join(
        per_voice[["topic_id", "topic_label"]]), freq=period)
    analysed = messages.merge(per_voice, on=S.MESSAGE_ID, how="left")
    who, segment = who_they_are(ws, analysed, segment_by, competitors, period, brands)
    result["segment"] = result[S.MESSAGE_ID].map(customer_segments(analysed, segment))
    lap("customers")
    table = topics.topics.copy()
    run = pd.DataFrame([{
        "run_at": pd.Timestamp.now("UTC"), "workbench_version": __version__, "embedding": embedder.model_id,
        "messages_analysed": len(voice), "topics": int((table["topic_id"] >= 0).sum()),
        "outlier_share_before": topics.outlier_share_before, "outlier_share": topics.outlier_share,
        "sentiment_shares_estimated": json.dumps(shares),
        "params": json.dumps({**json.loads(params), "period": period}),  # the period as read from the dates
        "timings": json.dumps(timings), "fingerprint": fingerprint,
    }])
    tables = {"topics": table, "themes": theme_table, "topics_over_time": over_time, "sentiment_shares": shares_table,
              "sentiment_calibration": calibration, **who}
    ws.save_analysis(result, tables, run)
    _publish(staged)
    lap("store")
    run["timings"] = json.dumps(timings)
    return AnalysisResult({"messages": ws.messages(), **tables, "run": run})


RESULT_TABLES = ("topics", "themes", "topics_over_time", "sentiment_shares", "sentiment_calibration", "customers",
                 "segments", "segment_topics", "drivers", "trends", "alerts", "responsiveness", "quotes",
                 "share_of_voice")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The installed workbench's own code and shipped models (their sizes): an analysis stored by other code is
    recomputed, not returned as unchanged (an upgrade that fixes a table must reach the next run's tables)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha1()
    for path in sorted([*root.rglob("*.py"), *(root / "models").glob("*")]):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes() if path.suffix == ".py" else str(path.stat().st_size).encode())
    return digest.hexdigest()


def brand_names(messages: pd.DataFrame) -> list[str]:
    """The brands an export names: those its messages address and the accounts that answer as a brand (not the
    stand-in for a brand the export does not name)."""
    return sorted(set(messages[S.BRAND].dropna()) | set(brand_accounts(messages).dropna()))


def _kept_readable(brands: list[str], messages: pd.DataFrame) -> dict[str, frozenset[str]]:
    """What stays readable when a customer's message is shown (quotes, a topic's examples): the brands' handles
    (their accounts as the brand column spells them too: "Alaska" keeps @AlaskaAir) and names; people's handles
    become @user and their names are masked (`redact_text`'s arguments)."""
    keep = frozenset(b.lower() for b in brands) | brand_account_handles(messages)
    return {"keep_handles": keep, "keep_words": keep | brand_words(brands)}


def _unchanged(ws: Store, fingerprint: str) -> AnalysisResult | None:
    """The stored analysis, when its messages, labels, corrections, model and parameters are those asked for
    now: nothing to recompute."""
    last = ws.latest_run_row()
    if last.empty or "fingerprint" not in last or last["fingerprint"].iloc[0] != fingerprint \
            or not all(ws.has_table(t) for t in RESULT_TABLES):
        return None
    return AnalysisResult({"messages": ws.messages(), **{t: ws.table(t) for t in RESULT_TABLES}, "run": last})


def _loader_inferred(ws: Store, messages: pd.DataFrame) -> pd.Series:
    """True for messages whose brand the loader worked out (TWCS threads, an X archive's account, e-mail
    domains) rather than read from the export, unless the researcher named it with --brand."""
    ing = ws.table("ingests")
    told = ing["options"].map(lambda o: bool(json.loads(o).get("brand")) if isinstance(o, str) else False)
    sources = set(ing.loc[ing["format"].isin(["twcs", "x-archive", "mbox", "eml"]) & ~told, "source"])
    return messages[S.SOURCE].isin(sources)


def _named_brands(ws: Store) -> list[str]:
    """Brands the researcher named at ingest (--brand, --brand-author)."""
    out = []
    for o in ws.ingest_options():
        out += [o["brand"]] if isinstance(o.get("brand"), str) else []
        out += [b for b in o.get("brand_authors") or () if isinstance(b, str)]
    return out


def _default_segments(messages: pd.DataFrame, segment_by: str | None) -> str | None:
    """`brand` when no segments were asked for and customers address two or more brands; None for "none"."""
    if segment_by is not None:
        return None if segment_by.lower() == "none" else segment_by
    customer = messages[messages[S.AUTHOR_ROLE] != "brand"]
    brands = customer[S.BRAND].dropna()
    return "brand" if brands.nunique() >= 2 and len(brands) >= 0.5 * len(customer) else None


def _aliases(ws: Store) -> dict[str, str]:
    """Export columns that ingest mapped onto canonical fields (e.g. airline -> brand)."""
    out = {}
    for opts in ws.ingest_options():
        for field, col in (opts.get("mapping") or {}).items():
            if field in S.MAPPABLE:  # not the title read before the text, which stays in metadata as well
                out.setdefault(col, field)
    return out


def who_they_are(ws: Store, analysed: pd.DataFrame, segment_by: str | None, competitors: tuple[str, ...],
                 period: str, brands: list[str]) -> tuple[dict[str, pd.DataFrame], pd.Series]:
    """Customers, segments and everything compared across them (see workbench.customers.profiles, segments, compare,
    trends); and each message's segment (on `analysed`'s index): the value of `segment_by`, else its author's
    behavioural segment (`message_segments`)."""
    facts = thread_facts(analysed)  # who answered what, when: read by the customer table and responsiveness
    customers = customer_table(analysed, competitors, facts=facts)
    if len(customers) >= 20:
        auto, auto_table = behavioural_segments(customers, analysed)
    else:  # reviews or surveys without authors, or a handful of customers: nothing to cluster
        auto = pd.Series(dtype="Int64")
        auto_table = pd.DataFrame(columns=["segment", "name", "customers", "kind", "criterion"])
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
        per_message = message_segments(analysed[S.AUTHOR_ID], auto, auto_table)
    # Drivers are compared within the researcher's groups (brand, plan), never within behavioural segments: those
    # are clustered on the customers' topics and sentiment, so a segment can be one topic's reviewers, and a
    # comparison within it leaves the topic nothing to differ by ("deal and sale" was one segment of 36 reviews)
    within = per_message if segment_by else None
    rating_drivers = drivers(analysed, within, outcome=S.RATING) if analysed[S.RATING].notna().sum() >= 30 \
        else pd.DataFrame(columns=DRIVER_COLUMNS)
    driver_table = pd.concat([drivers(analysed, within), rating_drivers], ignore_index=True)
    driver_table["adjusted_for"] = segment_by or ""
    trend_table, alerts = trends(analysed, freq=period)
    if "intents" in customers:
        customers["intents"] = customers["intents"].map(json.dumps)
    return {
        "customers": customers,
        "segments": pd.concat(seg_tables, ignore_index=True),
        "segment_topics": segment_comparison(analysed, per_message),
        "drivers": driver_table,
        "trends": trend_table, "alerts": alerts,
        "responsiveness": responsiveness(analysed, facts),
        "quotes": quotes(analysed, per_message, **_kept_readable(brands, analysed)),
        "share_of_voice": share_of_voice(analysed, brands, competitors),
    }, per_message


def customer_segments(analysed: pd.DataFrame, segment: pd.Series) -> dict[str, str]:
    """Each customer message's segment (message id -> segment; `segment` on `analysed`'s index): a brand's
    replies are answers, in no segment."""
    voice = analysed[S.AUTHOR_ROLE].eq("customer").to_numpy()
    return dict(zip(analysed[S.MESSAGE_ID][voice], segment[voice], strict=True))


def share_of_voice(analysed: pd.DataFrame, brands: list[str], competitors: tuple[str, ...]) -> pd.DataFrame:
    """Customer messages naming each brand and competitor (by name or @handle), and its share of all mentions
    (missing where no message names any)."""
    import re

    names = [n for n in dict.fromkeys([*brands, *competitors]) if n and len(n) > 1]
    import pyarrow as pa
    import pyarrow.compute as pc

    voice = pa.array(analysed.loc[analysed[S.AUTHOR_ROLE] == "customer", S.TEXT].fillna("").astype(str),
                     pa.string())
    rows = []
    edge = r"[^\pL\pN_]"  # not a letter, digit or underscore in any script: the name stands as a whole word
    for name in names:  # run by Arrow's RE2 over all texts at once (no look-arounds, which RE2 lacks)
        hit = pc.match_substring_regex(voice, rf"(?:^|{edge}){re.escape(name)}(?:{edge}|$)", ignore_case=True)
        n = int(pc.sum(hit).as_py() or 0)
        rows.append({"name": name, "kind": "competitor" if name in competitors else "brand", "mentions": n})
    out = pd.DataFrame(rows, columns=["name", "kind", "mentions"])
    total = out["mentions"].sum()
    out["share_of_voice"] = out["mentions"] / total if total else np.nan  # no mention: no share, not 0%
    return out.sort_values("mentions", ascending=False).reset_index(drop=True)


def analysis_vectors(ws: Store):
    """A lookup of the latest analysis's embeddings by `model_text_key` (from the workspace's embedding cache),
    or None before any analysis or without the cache."""
    cache_file = ws.path.parent / "cache" / "embeddings.duckdb"
    run = ws.latest_run_row()
    if run.empty or not cache_file.exists():
        return None
    model = str(run["embedding"].iloc[0])

    def lookup(keys):
        try:
            cache = EmbeddingCache(cache_file)
        except duckdb.Error:  # held by an analysis running now: the choice falls back to uncertainty alone
            return {}
        try:
            return cache.get(model, list(keys))
        finally:
            cache.close()

    return lookup


def _calibrated_head(ws: Store, voice: pd.DataFrame, texts: list[str], embedder, cache: EmbeddingCache,
                     minimum: int = 30):
    """The shipped sentiment head (None), or one adapted to the researcher's labels (at least `minimum` of
    them): (head, calibration report, the labels with their cross-validated predictions or None, whether the
    n-gram head joins in; see `calibrate`). Only the labelled messages are embedded here."""
    labels = ws.labels("sentiment")
    pos = pd.Series(range(len(voice)), index=voice[S.MESSAGE_ID].to_numpy())
    labels = labels[labels[S.MESSAGE_ID].isin(pos.index)]
    empty = pd.DataFrame(columns=["labelled", "folds", "macro_f1_shipped", "macro_f1_adapted", "model"])
    if len(labels) < minimum:
        return None, empty, None, True
    sub = [texts[i] for i in pos[labels[S.MESSAGE_ID]].to_numpy()]
    vectors = embed(sub, embedder, cache, progress=False)
    features = build_features(sub, feature_spec(embedder.model_id), {embedder.model_id: vectors}, cache)
    head, report, cv_pred, use_ngram = calibrate(features, labels["label"], embedder.model_id, texts=sub,
                                                 reader=sentiment_reader(embedder.model_id, cache))
    if report["folds"].iloc[0] < 2:  # one class only (or a class with a single label): nothing to measure
        report["model"] = "shipped model: the labels need at least two classes with two or more labels each"
        return None, report, None, True
    return head, report, pd.DataFrame({"label": labels["label"].to_numpy(), "predicted": cv_pred}), use_ngram


def store_downstream(ws: Store, message_ids, assignments, topics_table: pd.DataFrame) -> None:
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
    analysed = messages.drop(columns=["topic_id", "topic_label", "segment"], errors="ignore").merge(
        result, on=S.MESSAGE_ID, how="left")
    voice = analysed[analysed["topic_id"].notna()].reset_index(drop=True)
    period = S.period_alias(params.get("period") or "W")  # stored as run ("MS" by workspaces of before)
    over_time = topics_over_time(voice[[S.CREATED_AT, "topic_id", "topic_label"]], freq=period)
    brands = brand_names(messages)
    who, segment = who_they_are(ws, analysed, params.get("segment_by"), tuple(params.get("competitors") or ()),
                                period, brands)
    result["segment"] = result[S.MESSAGE_ID].map(customer_segments(analysed, segment))
    ws.save_analysis(result, {"topics": table, "topics_over_time": over_time, **who}, None)
