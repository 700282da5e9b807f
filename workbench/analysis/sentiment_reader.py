"""The second sentiment reader of the `minilm` path: MiniLM fine-tuned end to end for sentiment, int8 ONNX.

The heads on the shared frozen embedding read what a linear layer can find in vectors built for topics; this
model was fine-tuned on the same public corpora (scripts/finetune_sentiment.py, `make models`) and reads
complaints written to brands better (docs/quality.md). It is a second encoder pass: its vectors cannot serve
topics. It reads only the messages the heads are unsure of, and its probabilities are averaged with theirs
there (`sentiment.consult_reader`); they are cached by text like embeddings, so a re-analysis does not pay
it again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from workbench.analysis.embed import _TOKENIZER_LOCK, minilm_path, padded_batches

MODELS = Path(__file__).resolve().parents[1] / "models"
READER_FILE = "sentiment-reader-int8.onnx"
MAX_TOKENS = 96  # what it was fine-tuned on: a tweet whole, the opening of a long review


def reader_available() -> bool:
    return (MODELS / READER_FILE).exists()


@lru_cache(maxsize=2)
def _version(file: str) -> str:
    return hashlib.sha256(Path(file).read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=2)
def _session(file: str):
    import onnxruntime as ort
    from tokenizers import Tokenizer

    options = ort.SessionOptions()
    options.intra_op_num_threads = os.cpu_count() or 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(file, options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(minilm_path() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return session, tokenizer


@dataclass
class SentimentReader:
    """P(negative, neutral, positive) per text, behind the embedder interface (`embed` caches its output by
    text and by this file's content hash)."""

    file: str = str(MODELS / READER_FILE)
    batch_size: int = 64

    @property
    def model_id(self) -> str:
        return f"sentiment-reader-{_version(self.file)}"

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), 3), np.float32)
        if not len(texts):
            return out
        session, tokenizer = _session(self.file)
        with _TOKENIZER_LOCK:
            encodings = tokenizer.encode_batch(list(texts))
        for rows, feed in padded_batches(encodings, self.batch_size):
            out[rows] = session.run(None, feed)[0]
        return out
