"""Everything computed from one message alone, in one pass: its embedding, sentiment, emotion and intent.

Nothing here looks at other messages, so any split of the messages gives the same answers: the analysis runs
it on all of them at once, or the Dask engine on partitions (workbench.pipeline.engines).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from workbench.analysis.embed import EmbeddingCache, embed, get_embedder
from workbench.analysis.intent import classify_intents
from workbench.analysis.sentiment import (
    Head,
    build_features,
    feature_spec,
    score_emotion,
    score_sentiment,
    sentiment_reader,
)
from workbench.analysis.topics import LOOKALIKE_LANGUAGES
from workbench.ingest.languages import LANGUAGE_NAMES

# The language the sentiment, emotion and intent models read: they learnt from English text alone.
READS = "en"
# What a language detector answers that names no other language: too short or unsure ("und"), no words
# ("zxx"), and languages it mistakes short English for (`LOOKALIKE_LANGUAGES`: Nigerian Pidgin, Scots).
NO_OTHER_LANGUAGE = {"und", "zxx", *LOOKALIKE_LANGUAGES[READS]}


def in_other_language(languages: pd.Series) -> pd.Series:
    """Whether each message is in a language the models do not read (not English, nor undetermined)."""
    return languages.notna() & ~languages.astype("string").isin(NO_OTHER_LANGUAGE | {READS}).fillna(True)


def unread_languages(languages: pd.Series) -> pd.Series:
    """How many messages each language the models do not read holds, most first (named in English where the
    name is known, else by its code)."""
    other = languages[in_other_language(languages)].astype(str)
    counts = other.map(lambda code: LANGUAGE_NAMES.get(code, code)).value_counts()
    return counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")


@dataclass
class Scored:
    vectors: np.ndarray  # the embedding of each text (L2-normalised)
    sentiment: pd.DataFrame  # p_negative, p_neutral, p_positive, sentiment_label, sentiment_score, emotion
    intents: pd.Series
    intent_confidence: pd.Series


def score_messages(texts: list[str], raw: list[str], embedding: str, head: Head | None = None,
                   use_ngram: bool = True, cache: EmbeddingCache | None = None, progress: bool = False) -> Scored:
    """`texts`: what the models read (no URLs, handles, brand names); `raw`: the messages as written (the
    intent rules read those). `head`: the sentiment head adapted to the researcher's labels, else the shipped
    one; the n-gram head (and on the MiniLM path the fine-tuned reader) joins in unless `use_ngram` is False."""
    embedder = get_embedder(embedding)
    vectors = embed(texts, embedder, cache, progress=progress)
    features = build_features(texts, feature_spec(embedder.model_id), {embedder.model_id: vectors}, cache)
    reader = sentiment_reader(embedder.model_id, cache) if use_ngram else None
    sentiment = score_sentiment(features, embedder.model_id, head=head, texts=texts if use_ngram else None,
                                reader=reader)
    sentiment["emotion"] = score_emotion(features, embedder.model_id, sentiment).to_numpy()
    intents, confidence = classify_intents(pd.Series(raw), sentiment, features, embedder.model_id,
                                           with_confidence=True)
    return Scored(vectors, sentiment, intents.reset_index(drop=True), confidence.reset_index(drop=True))
