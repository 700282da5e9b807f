"""The exact nearest neighbours UMAP is given, against a plain numpy computation on a small fixed input."""

from __future__ import annotations

import numpy as np

from workbench.analysis.topics import exact_neighbours


def test_exact_neighbours_are_the_cosine_nearest_with_cosine_distances():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(60, 8)) * rng.uniform(0.5, 3, size=(60, 1))  # lengths vary: cosine ignores them
    index, distance = exact_neighbours(x, 5)
    unit = x / np.linalg.norm(x, axis=1, keepdims=True)
    cos = unit @ unit.T
    expected = np.argsort(-cos, axis=1, kind="stable")[:, :5]
    assert (index[:, 0] == np.arange(60)).all()  # itself first, at distance 0
    assert np.allclose(distance[:, 0], 0, atol=1e-5)
    assert (np.sort(index, axis=1) == np.sort(expected, axis=1)).all()
    assert np.allclose(distance, 1 - np.take_along_axis(cos, index, axis=1), atol=1e-5)
