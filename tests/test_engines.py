"""The Dask engine gives the tables the local engine gives, on a real 2-worker cluster reached by address."""

from __future__ import annotations

import shutil

import pytest

from workbench import Workspace
from workbench.pipeline.run import analyse


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    # Two threads per worker: tasks may run side by side in one process, as on a real cluster.
    c = LocalCluster(n_workers=2, threads_per_worker=2, processes=True, dashboard_address=None)
    yield c
    c.close()


def test_dask_engine_matches_the_local_engine(cluster, samples, tmp_path, monkeypatch):
    import workbench.pipeline.engines as engines

    monkeypatch.setattr(engines, "PARTITION_ROWS", 300)  # several partitions spread over both workers
    with Workspace(tmp_path / "local") as ws:
        ws.ingest([samples / "customer_care_tweets.json"])
    shutil.copytree(tmp_path / "local", tmp_path / "dask")
    with Workspace(tmp_path / "local") as ws:
        local = analyse(ws, embedding="static", progress=False)
    with Workspace(tmp_path / "dask") as ws:
        dist = analyse(ws, embedding="static", progress=False, engine="dask", scheduler=cluster.scheduler_address)
    assert len(cluster.scheduler.workers) == 2
    a, b = local["messages"], dist["messages"]
    assert a["message_id"].tolist() == b["message_id"].tolist()
    voice = a["sentiment_label"].notna()
    assert voice.sum() > 1000 and b["sentiment_label"].notna().sum() == voice.sum()
    assert (a.loc[voice, "sentiment_label"] == b.loc[voice, "sentiment_label"]).mean() >= 0.999
    assert (a.loc[voice, "topic_id"] == b.loc[voice, "topic_id"]).mean() >= 0.99
    assert (a.loc[voice, "intent"] == b.loc[voice, "intent"]).mean() >= 0.999
    assert not any((tmp_path / "dask" / "cache" / "partitions").iterdir())  # the exchange folder is cleaned up


def test_an_unknown_engine_is_a_clear_error(tmp_path, samples):
    from workbench.errors import WorkbenchError

    with Workspace(tmp_path / "ws") as ws:
        ws.ingest([samples / "airline_tweets.csv"])
        with pytest.raises(WorkbenchError, match="unknown engine 'spark'"):
            analyse(ws, embedding="static", progress=False, engine="spark")
