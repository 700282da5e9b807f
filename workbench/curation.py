"""The researcher's corrections, kept in the workspace and honoured by the next analysis and report.

Topic renames, merges and splits are logged in `topic_curation` with the messages each topic held, applied to the
current tables at once, and re-applied after every new topic fit (to the new topics that hold most of those
messages, since topic ids change between fits). Labels and spam marks go to the `labels` table.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError

DDL = ("CREATE TABLE IF NOT EXISTS topic_curation (curated_at TIMESTAMPTZ, action VARCHAR, label VARCHAR, "
       "groups JSON)")


def _groups(ws, topic_ids: Sequence[int]) -> list[list[str]]:
    groups = []
    for t in topic_ids:
        ids = [r[0] for r in ws.con.execute("SELECT message_id FROM message_analysis WHERE topic_id = ? AND run_id = ?",
                                            [int(t), ws.latest_run()]).fetchall()]
        if not ids:
            raise WorkbenchError(f"topic {t} has no messages in the workspace; pick a topic from the topics table.")
        groups.append(ids)
    return groups


def _record(ws, action: str, label: str | None, groups: list[list[str]]) -> None:
    ws.con.execute(DDL)
    ws.con.execute("INSERT INTO topic_curation VALUES (?, ?, ?, ?)",
                   [pd.Timestamp.now("UTC"), action, label, json.dumps(groups)])


def rename_topic(ws, topic_id: int, label: str) -> None:
    """Give a topic the researcher's name, now and after every later analysis."""
    if not label.strip():
        raise WorkbenchError("a topic's new name cannot be empty.")
    _record(ws, "rename", label.strip(), _groups(ws, [topic_id]))
    refresh(ws)


def merge_topics(ws, topic_ids: Sequence[int], label: str | None = None) -> None:
    """Merge topics into one (named `label`, else the first one's name), now and after later analyses."""
    if len(set(topic_ids)) < 2:
        raise WorkbenchError("pick at least two topics to merge.")
    _record(ws, "merge", label, _groups(ws, topic_ids))
    refresh(ws)


def curation_log(ws) -> pd.DataFrame:
    ws.con.execute(DDL)
    return ws.con.execute("SELECT * FROM topic_curation ORDER BY curated_at").df()


def reapply(log: pd.DataFrame, result, message_ids: Sequence[str]):
    """Apply the logged renames and merges to a new TopicResult (message_ids: one per fitted document)."""
    pos = {m: i for i, m in enumerate(message_ids)}
    for rec in log.itertuples():
        targets = []
        for group in json.loads(rec.groups):
            found = [int(result.assignments[pos[m]]) for m in group if m in pos]
            found = [t for t in found if t >= 0]
            if found:
                targets.append(Counter(found).most_common(1)[0][0])
        targets = list(dict.fromkeys(targets))
        if rec.action == "rename" and targets:
            result = result.rename({targets[0]: rec.label})
        elif rec.action == "merge" and len(targets) >= 2:
            result = result.merge(targets, label=rec.label)
        elif rec.action == "merge" and targets and rec.label:  # the new fit already holds them in one topic
            result = result.rename({targets[0]: rec.label})
        elif rec.action == "split":
            result = _split(result, json.loads(rec.groups), json.loads(rec.label), pos)
    return result


def _split(result, groups: list[list[str]], names: list[str], pos: dict[str, int]):
    """The messages of the second group move to a new topic; both halves get their names."""
    from workbench.topics import TopicResult

    a = result.assignments.copy()
    first = [pos[m] for m in groups[0] if m in pos]
    second = [pos[m] for m in groups[1] if m in pos]
    if not first or not second:
        return result
    source = Counter(int(a[i]) for i in first).most_common(1)[0][0]
    new_id = int(max(a.max(), result.topics["topic_id"].max())) + 1
    a[[i for i in second if a[i] == source]] = new_id
    t = result.topics.copy()
    base = t[t["topic_id"] == source].iloc[0].copy()
    base["topic_id"], base["label"] = new_id, names[1]
    t.loc[t["topic_id"] == source, "label"] = names[0]
    t = pd.concat([t, base.to_frame().T], ignore_index=True)
    counts = pd.Series(a).value_counts()
    t["size"] = t["topic_id"].map(counts).fillna(0).astype(int)
    t["share"] = t["size"] / len(a)
    t = t[t["size"] > 0].sort_values(["size", "topic_id"], ascending=[False, True]).reset_index(drop=True)
    return TopicResult(a, t.astype(result.topics.dtypes.to_dict()), result.outlier_share_before,
                       result.outlier_share, result.params, result._model, result._docs)


def refresh(ws) -> None:
    """Apply the curation log to the stored analysis and recompute every table that depends on topics."""
    from workbench.analyse import store_downstream
    from workbench.topics import TopicResult

    m = ws.messages()
    voice = m[m["topic_id"].notna()].reset_index(drop=True)
    current = TopicResult(voice["topic_id"].astype(int).to_numpy(), ws.table("topics"), 0.0, 0.0)
    # The newest log entry, applied to the assignments as they are now (older ones already are).
    curated = reapply(curation_log(ws).tail(1), current, voice[S.MESSAGE_ID].tolist())
    store_downstream(ws, voice[S.MESSAGE_ID].to_numpy(), np.asarray(curated.assignments), curated.topics)


def split_topic(ws, topic_id: int, labels: tuple[str, str] | None = None, seed: int = 0) -> None:
    """Split a topic in two (k-means on its messages' cached embeddings), now and after later analyses."""
    from sklearn.cluster import KMeans

    from workbench.embed import EmbeddingCache, embed, get_embedder
    from workbench.topics import topic_text

    m = ws.messages()
    members = m[m["topic_id"] == topic_id]
    if len(members) < 4:
        raise WorkbenchError(f"topic {topic_id} has {len(members)} messages: too few to split.")
    run = ws.table("analysis_runs").iloc[-1]
    backend = "static" if str(run["embedding"]).startswith("static") else "minilm"
    cache = EmbeddingCache(ws.path.parent / "cache" / "embeddings.duckdb")
    try:
        x = embed([topic_text(t) or t for t in members[S.TEXT]], get_embedder(backend), cache, progress=False)
    finally:
        cache.close()
    halves = KMeans(n_clusters=2, n_init=10, random_state=seed).fit_predict(x)
    old = str(members["topic_label"].iloc[0])
    names = labels or (f"{old} (a)", f"{old} (b)")
    groups = [members.loc[halves == k, S.MESSAGE_ID].tolist() for k in (0, 1)]
    _record(ws, "split", json.dumps(list(names)), groups)
    refresh(ws)
