"""MiniLM throughput: sentence-transformers fp32 against the workbench's int8 ONNX path, same texts, same run.

    python benchmarks/embedding_speed.py [--n 3000] [--corpus sanders|samples]

Prints texts per second for each (and for the whole MiniLM path: the int8 embedding and the fine-tuned sentiment
reader on the messages the heads are unsure of), the speed-up, the cosine of the int8 vectors to the fp32 ones (mean and
minimum), and the physical limit: FLOPs per text (from the model's shapes and the texts' token counts) against
the peak this machine reaches on a large float32 matrix product (numpy/BLAS, all cores).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def texts_for(corpus: str, n: int) -> list[str]:
    if corpus == "samples":
        import pandas as pd

        texts = pd.read_json(ROOT / "data" / "samples" / "customer_care_tweets.json")
        texts = [t for t in texts.get("text", []) if isinstance(t, str)]
    else:
        from scripts.sentiment_corpora import READERS

        texts = READERS[corpus](ROOT.parent / "shared" / "data")["text"].tolist()
    return (texts * (n // max(len(texts), 1) + 1))[:n]


def peak_gflops(size: int = 2048, repeats: int = 5) -> float:
    a = np.random.default_rng(0).standard_normal((size, size), dtype=np.float32)
    a @ a
    t = time.perf_counter()
    for _ in range(repeats):
        a @ a
    return 2 * size**3 * repeats / (time.perf_counter() - t) / 1e9


def flops_per_text(tokens: np.ndarray, layers: int = 6, d: int = 384, ff: int = 1536) -> float:
    """Multiply-adds x 2 of the encoder: per layer Q, K, V, output (4 d^2) and the feed-forward (2 d ff) per
    token, plus attention scores and their weighted sum (2 L d per token)."""
    per_token = layers * 2 * (4 * d * d + 2 * d * ff)
    attention = layers * 2 * 2 * tokens * d
    return float(np.mean(tokens * per_token + tokens * attention))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--corpus", default="sanders")
    args = ap.parse_args()

    from sentence_transformers import SentenceTransformer

    from workbench.analysis.embed import ONNX_FILE, OnnxEmbedder, _load_onnx, cache_home, minilm_path

    texts = texts_for(args.corpus, args.n)
    st = SentenceTransformer(str(minilm_path()), device="cpu")
    st.encode(texts[:64])  # warm up both
    int8 = OnnxEmbedder()
    int8.encode(texts[:64])

    t = time.perf_counter()
    ref = st.encode(texts, batch_size=64, normalize_embeddings=True)
    t_fp32 = time.perf_counter() - t
    t = time.perf_counter()
    vec = int8.encode(texts)
    t_int8 = time.perf_counter() - t
    cosine = (ref * vec).sum(axis=1)

    # The MiniLM path's second pass: the fine-tuned sentiment reader, on the messages the heads are unsure of.
    from workbench.analysis.sentiment import READER_BELOW, build_features, feature_spec, sentiment_proba
    from workbench.analysis.sentiment_reader import SentimentReader

    x = build_features(texts, feature_spec(int8.model_id), {int8.model_id: vec})
    unsure = [t for t, p in zip(texts, sentiment_proba(x, int8.model_id, texts=texts), strict=True)
              if p.max() < READER_BELOW]
    reader = SentimentReader()
    reader.encode(texts[:64])
    t = time.perf_counter()
    reader.encode(unsure)
    t_both = t_int8 + time.perf_counter() - t

    _, tokenizer = _load_onnx(str(cache_home() / "minilm-onnx" / ONNX_FILE), int8.max_length)
    tokens = np.array([len(e.ids) for e in tokenizer.encode_batch(texts)])
    flops = flops_per_text(tokens)
    peak = peak_gflops()
    print(f"{len(texts)} texts from {args.corpus}, {tokens.mean():.1f} tokens on average, {os.cpu_count()} cores")
    print("| path | texts/s | speed-up | cosine to fp32 (mean / min) |")
    print("|---|---|---|---|")
    print(f"| sentence-transformers fp32 | {len(texts) / t_fp32:.0f} | 1.00 | - |")
    print(f"| workbench int8 ONNX | {len(texts) / t_int8:.0f} | {t_fp32 / t_int8:.2f} | "
          f"{cosine.mean():.4f} / {cosine.min():.4f} |")
    print(f"| workbench int8 ONNX + sentiment reader on the {len(unsure) / len(texts):.0%} unsure | "
          f"{len(texts) / t_both:.0f} | {t_fp32 / t_both:.2f} | - |")
    print(f"FLOPs per text {flops / 1e6:.0f} M; measured fp32 matmul peak {peak:.0f} GFLOP/s, so at most "
          f"{peak * 1e9 / flops:.0f} texts/s in fp32 (int8 on AVX2 without VNNI: about twice that at best); "
          f"fp32 path reaches {len(texts) / t_fp32 * flops / 1e9:.0f} GFLOP/s, int8 "
          f"{len(texts) / t_int8 * flops / 1e9:.0f} GFLOP/s-equivalent.")


if __name__ == "__main__":
    main()
