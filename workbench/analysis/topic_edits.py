"""The researcher's topic renames, merges and splits, re-applied to a new topic fit.

Topic ids change between fits, so each logged edit names the messages its topics held; it is applied to the new
topics that hold most of those messages (the log itself is kept by the store, the edits made by
workbench.pipeline.curation).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

import pandas as pd

from workbench.analysis.topics import TopicResult


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


