"""Shared fixtures: the bundled samples, the public data in ../shared/data (tests skip where it is absent)."""

from __future__ import annotations

import os
from pathlib import Path

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
