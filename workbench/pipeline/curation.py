"""The researcher's corrections, kept in the workspace and honoured by the next analysis and report.

Topic renames, merges and splits are logged in `topic_curation` with the messages each topic held, applied to the
current tables at once, and re-applied after every new topic fit (to the new topics that hold most of those
messages, since topic ids change between fits). Labels and spam marks go to the `labels` table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np

from workbench import schema as S
from workbench.analysis.topic_edits import reapply
from workbench.analysis.topics import TopicResult
from workbench.errors import WorkbenchError
from workbench.pipeline.run import store_downstream
from workbench.store import Store


def _groups(ws: Store, topic_ids: Sequence[int]) -> list[list[str]]:
    groups = []
    for t in topic_ids:
        ids = ws.topic_members(t)
        if not ids:
            raise WorkbenchError(f"topic {t} has no messages in the workspace; pick a topic from the topics table.")
        groups.append(ids)
    return groups


def rename_topic(ws: Store, topic_id: int, label: str) -> None:
    """Give a topic the researcher's name, now and after every later analysis."""
    if not label.strip():
        raise WorkbenchError("a topic's new name cannot be empty.")
    ws.log_curation("rename", label.strip(), _groups(ws, [topic_id]))
    refresh(ws)


def merge_topics(ws: Store, topic_ids: Sequence[int], label: str | None = None) -> None:
    """Merge topics into one (named `label`, else the first one's name), now and after later analyses."""
    if len(set(topic_ids)) < 2:
        raise WorkbenchError("pick at least two topics to merge.")
    ws.log_curation("merge", label, _groups(ws, topic_ids))
    refresh(ws)


def refresh(ws: Store) -> None:
    """Apply the curation log to the stored analysis and recompute every table that depends on topics."""
    m = ws.messages()
    voice = m[m["topic_id"].notna()].reset_index(drop=True)
    current = TopicResult(voice["topic_id"].astype(int).to_numpy(), ws.table("topics"), 0.0, 0.0)
    # The newest log entry, applied to the assignments as they are now (older ones already are).
    curated = reapply(ws.curation_log().tail(1), current, voice[S.MESSAGE_ID].tolist())
    store_downstream(ws, voice[S.MESSAGE_ID].to_numpy(), np.asarray(curated.assignments), curated.topics)


def split_topic(ws: Store, topic_id: int, labels: tuple[str, str] | None = None, seed: int = 0) -> None:
    """Split a topic in two (k-means on its messages' cached embeddings), now and after later analyses."""
    from sklearn.cluster import KMeans

    from workbench.analysis.embed import EmbeddingCache, backend_of, embed, get_embedder
    from workbench.analysis.topics import topic_text

    m = ws.messages()
    members = m[m["topic_id"] == topic_id]
    if len(members) < 4:
        raise WorkbenchError(f"topic {topic_id} has {len(members)} messages: too few to split.")
    run = ws.table("analysis_runs").iloc[-1]
    cache = EmbeddingCache(ws.path.parent / "cache" / "embeddings.duckdb")
    try:
        embedder = get_embedder(backend_of(str(run["embedding"])))
        x = embed([topic_text(t) or t for t in members[S.TEXT]], embedder, cache, progress=False)
    finally:
        cache.close()
    halves = KMeans(n_clusters=2, n_init=10, random_state=seed).fit_predict(x)
    old = str(members["topic_label"].iloc[0])
    names = labels or (f"{old} (a)", f"{old} (b)")
    groups = [members.loc[halves == k, S.MESSAGE_ID].tolist() for k in (0, 1)]
    ws.log_curation("split", json.dumps(list(names)), groups)
    refresh(ws)
