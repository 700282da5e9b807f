"""The Dask engine: per-message work over partitions on a Dask distributed cluster.

The driver (the process running `analyse`) writes the customer messages as partitioned Parquet into a folder
every worker can read (the workspace's `cache/partitions/`; on a cluster, a shared folder mounted at the same
path), submits one task per partition, and reads the results back from the same folder: vectors, sentiment,
emotion and intent per message (workbench.analysis.per_message, the very function the local engine runs on all
messages at once). The sentiment head, shipped or adapted to the researcher's labels, goes to the workers with
the task. Topics are fitted once on the driver (on a sample above 20,000 messages, the rest assigned by
centroid: a matrix product), so they are the same as the local engine's. Workers need the same workbench
installed. Ingest never runs here: it keeps its single transaction.
"""

from __future__ import annotations

import shutil
import threading
import uuid
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from workbench.analysis.per_message import Scored, score_messages
from workbench.analysis.sentiment import Head

PARTITION_ROWS = 2_000


_ONE_AT_A_TIME = threading.Lock()


def score_partition(source: str, target: str, embedding: str, head: Head | None, use_ngram: bool) -> str:
    """One task: read a partition's texts, score them, write the results next to them; returns the path.
    A worker process scores one partition at a time, whatever its thread count: the tokenizers are not
    thread-safe, and the models already use every core the process has."""
    part = pd.read_parquet(source)
    with _ONE_AT_A_TIME:
        scored = score_messages(part["text"].tolist(), part["raw"].tolist(), embedding, head, use_ngram)
    out = scored.sentiment.assign(intent=scored.intents.to_numpy(), intent_confidence=scored.intent_confidence
                                  .to_numpy(), vector=list(scored.vectors))
    out.to_parquet(target)
    return target


def score_on_dask(texts: list[str], raw: list[str], embedding: str, head: Head | None, use_ngram: bool,
                  folder: Path, scheduler: str | None = None, partition_rows: int | None = None,
                  progress: bool = True) -> Scored:
    """Score every message on a Dask cluster (`scheduler`: an address such as tcp://10.0.0.5:8786; a
    LocalCluster on this machine when None), in partitions of `partition_rows` messages, in order."""
    from distributed import Client, LocalCluster, as_completed

    partition_rows = partition_rows or PARTITION_ROWS
    run = Path(folder) / uuid.uuid4().hex
    run.mkdir(parents=True)
    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
            scheduler = cluster.scheduler_address
        with Client(scheduler) as client:
            futures = []
            for k, start in enumerate(range(0, len(texts), partition_rows)):
                source, target = run / f"in-{k:05d}.parquet", run / f"out-{k:05d}.parquet"
                pd.DataFrame({"text": texts[start:start + partition_rows],
                              "raw": raw[start:start + partition_rows]}).to_parquet(source)
                futures.append(client.submit(score_partition, str(source), str(target), embedding, head, use_ngram,
                                             pure=False))
            with tqdm(total=len(texts), desc="scoring on the cluster", unit="msg", disable=not progress) as bar:
                for future in as_completed(futures):
                    bar.update(len(pd.read_parquet(future.result(), columns=["sentiment_label"])))
        parts = [pd.read_parquet(run / f"out-{k:05d}.parquet") for k in range(len(futures))]
    finally:
        if cluster is not None:
            cluster.close()
        shutil.rmtree(run, ignore_errors=True)
    out = pd.concat(parts, ignore_index=True)
    vectors = np.vstack(out.pop("vector").to_numpy()).astype(np.float32)
    intents = out.pop("intent").astype("string")
    confidence = out.pop("intent_confidence")
    return Scored(vectors, out, intents, confidence)
