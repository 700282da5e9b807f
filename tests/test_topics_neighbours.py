"""The exact nearest neighbours UMAP is given, and the k-means partition used when HDBSCAN finds too many
clusters, against hand-made inputs."""

from __future__ import annotations

import numpy as np

from workbench.analysis.topics import _by_size, _partition, exact_neighbours, one_topic_per_text, same_words


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


def test_too_many_clusters_become_k_topics_numbered_by_size():
    """Three far-apart groups of 4, 12 and 7 points, k = 3: each group one topic, 0 the largest."""
    rng = np.random.default_rng(0)
    centres = np.array([[0, 0, 0, 0, 0], [50, 0, 0, 0, 0], [0, 50, 0, 0, 0]], dtype=float)
    group = np.repeat([0, 1, 2], [4, 12, 7])
    reduced = centres[group] + rng.normal(scale=0.5, size=(len(group), 5))
    topics = _partition(reduced, 3, seed=42)
    assert topics.tolist() == np.choose(group, [2, 0, 1]).tolist()


def test_the_same_answer_keeps_one_topic():
    """Five copies of one answer (any case and punctuation) cut over topics 1, 1, 1, 2, 3 all take topic 1; a
    text said once keeps its own; the copies of "refund?" (topics 4, 5) tie and take the lower id."""
    docs = ["Fast delivery!", "fast delivery", "FAST  delivery", "Fast delivery.", "fast, delivery", "late", "refund?",
            "Refund"]
    keys = same_words(docs)
    assert keys.tolist()[:2] == ["fast delivery", "fast delivery"] and keys[6] == "refund"
    topics = np.array([1, 1, 1, 2, 3, 2, 5, 4])
    out = one_topic_per_text(keys, topics, np.arange(8))
    assert out.tolist() == [1, 1, 1, 1, 1, 2, 4, 4]
    # Only the first three vote (anchors): the copies' topic is theirs even where others outnumber them.
    anchors = np.array([True, True, False, False, False, False, False, False])
    assert one_topic_per_text(keys, np.array([1, 1, 2, 2, 2, 2, 5, 4]), np.arange(8), anchors).tolist() == \
        [1, 1, 1, 1, 1, 2, 4, 4]
    # Messages that are not voters (seeded, other language) keep theirs.
    assert one_topic_per_text(keys, topics, np.arange(1, 8)).tolist() == [1, 1, 1, 1, 1, 2, 4, 4]
    assert one_topic_per_text(keys, topics, np.array([0, 4])).tolist() == [1, 1, 1, 2, 1, 2, 5, 4]


def test_topic_ids_are_renumbered_by_size_with_none_empty():
    assert _by_size(np.array([3, 7, 7, -1, 7, 3, 9])).tolist() == [1, 0, 0, -1, 0, 1, 2]


def test_bertopic_is_imported_without_what_the_workbench_never_calls():
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from workbench.analysis.topics import _import_bertopic\n"
        "_import_bertopic()\n"
        "from bertopic import BERTopic\n"
        "from bertopic.representation import KeyBERTInspired, TextGeneration\n"
        "print(sorted(m for m in ('transformers', 'plotly.graph_objs', 'nbformat') if m in sys.modules))\n"
        "print(type(TextGeneration).__name__)\n"
        "import bertopic._bertopic as b\n"
        "print(b.plotting.visualize_topics.__module__)\n"  # the real plotting, loaded on first use
        "import bertopic.representation._zeroshot\n"  # an explicit import still works
        "print('transformers' in sys.modules)\n"
    )
    submodule_first = (  # a submodule of the deferred plotting imported before any plot: the real one loads
        "from workbench.analysis.topics import _import_bertopic\n"
        "_import_bertopic()\n"
        "from bertopic import BERTopic\n"
        "import bertopic.plotting._topics as t\n"
        "print(t.visualize_topics.__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", submodule_first], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "visualize_topics"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:5] == ["[]", "NotInstalled", "bertopic.plotting._topics", "True", ""]
