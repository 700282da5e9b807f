"""Shared fixtures: the bundled samples, the public data in ../shared/data (tests skip where it is absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHARED = Path(os.environ.get("WORKBENCH_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"public data not present at {SHARED}")
    return SHARED


@pytest.fixture
def ws(tmp_path):
    from workbench import Workspace

    with Workspace(tmp_path / "ws") as w:
        yield w


# Hostile markup that no reader strips (a table's HTML bodies are read as text only where they hold the tags
# rich text is written in, such as <p> or <img>; then scripts go with them): it must reach every page escaped.
XSS = '<script>window.__xss = 1</script> my order is late <svg onload="window.__xss = 2">'


@pytest.fixture(scope="session")
def analysed(tmp_path_factory):
    """A workspace with the default sample (plus one hostile message) ingested and analysed, static embeddings."""
    from workbench import Workspace
    from workbench.pipeline.run import analyse

    root = tmp_path_factory.mktemp("analysed")
    hostile = root / "hostile.csv"
    pd.DataFrame({"id": ["x1"], "text": [XSS], "created_at": ["2018-01-01T09:00:00Z"], "user": ["mallory"],
                  "brand": ["Google"], "channel": ["twitter"]}).to_csv(hostile, index=False)
    path = root / "ws"
    with Workspace(path) as ws:
        ws.ingest([SAMPLES / "customer_care_tweets.json", hostile])
        out = analyse(ws, embedding="static", segment_by="brand", competitors=("Netflix",), progress=False)
    return path, out
