"""How many messages are negative, neutral, positive: shares of the predicted labels corrected for the
classifier's error (adjusted classify-and-count), always in [0, 1], with 95% intervals.

The error rates come from labelled messages the model did not learn from: held-out public data sets for the
shipped model (`corrected_shares` with its stored confusion), or the researcher's own labels
(`share_correction`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

CLASSES = ("negative", "neutral", "positive")


def corrected_shares(predicted: pd.Series, confusion: np.ndarray, classes: tuple[str, ...] = CLASSES,
                     n_boot: int = 1000, seed: int = 0, share_errors: np.ndarray | None = None,
                     correct: bool = True) -> pd.DataFrame:
    """Shares of the predicted labels and the shares corrected for the classifier's error, with 95% intervals.

    `confusion[i, j]` counts messages of true class i predicted j on labelled data the model did not learn
    from. Adjusted classify-and-count: the true shares q solve C^T q = observed label shares, with
    C[i, j] = P(predicted j | true i), solved by non-negative least squares with the shares summing to one, so
    every estimate lies in [0, 1]. The interval resamples the confusion counts (Dirichlet per true class) and
    the label shares (Dirichlet on the label counts plus one half, Jeffreys' prior: a resample of the messages
    themselves would give one negative message of one the interval 100% to 100%): it covers both the
    classifier's error and sampling error.

    When the error rates cannot produce the observed shares (the unconstrained solution leaves [0, 1] by more
    than 0.02: the model errs differently on this export than where its errors were measured), no correction
    is made: `corrected_share` is the predicted share and `error_rates_fit` is False so the reader is told.
    The interval is then sampling error, widened by `share_errors` where given (per held-out data set, true
    minus predicted share of each class): it reaches as far below and above the predicted share as the
    model's shares landed from the truth on data sets it did not learn from. `correct=False` asks for that
    second way whatever the fit: for error rates that were never shown to carry over to a new export.
    """
    from scipy.optimize import nnls

    rng = np.random.default_rng(seed)
    k = len(classes)
    counts = np.bincount(pd.Series(predicted).map({c: i for i, c in enumerate(classes)}).dropna().astype(int),
                         minlength=k).astype(float)
    n = counts.sum()
    observed = counts / n if n else np.zeros(k)
    conf = np.asarray(confusion, float) + 1e-9
    rates = conf / conf.sum(axis=1, keepdims=True)

    def solve(c: np.ndarray, obs: np.ndarray) -> np.ndarray:
        a = np.vstack([c.T, 10 * np.ones(k)])
        q, _ = nnls(a, np.append(obs, 10.0))
        return q / q.sum() if q.sum() > 0 else obs

    free = np.linalg.lstsq(rates.T, observed, rcond=None)[0]
    fits = bool(correct and n and (free.min() >= -0.02) and (free.max() <= 1.02))
    if fits:
        point = solve(rates, observed)
        boots = [solve(np.vstack([rng.dirichlet(row + 1) for row in conf]), rng.dirichlet(counts + 0.5))
                 for _ in range(n_boot)]
    else:
        point = observed
        boots = [rng.dirichlet(counts + 0.5) for _ in range(n_boot if n else 0)]
    lo, hi = (np.percentile(np.array(boots), [2.5, 97.5], axis=0) if len(boots) else (np.zeros(k), np.zeros(k)))
    lo, hi = np.minimum(lo, point), np.maximum(hi, point)  # a share of 1 of 1 lies in its own interval
    if not fits and share_errors is not None and len(share_errors):
        errors = np.asarray(share_errors, float)
        lo = lo + np.minimum(errors.min(axis=0), 0)
        hi = hi + np.maximum(errors.max(axis=0), 0)
    return pd.DataFrame({"label": classes, "predicted_share": observed, "corrected_share": point,
                         "ci_low": np.clip(lo, 0, 1), "ci_high": np.clip(hi, 0, 1), "error_rates_fit": fits})


def share_correction(predicted: pd.Series, labelled: pd.DataFrame, classes: tuple[str, ...] = CLASSES,
                     n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Class shares corrected for the model's confusion, measured on a researcher-labelled sample.

    `labelled` has columns `label` (the researcher's) and `predicted` (the model's, cross-validated) for the
    same messages; see `corrected_shares`.
    """
    idx = {c: i for i, c in enumerate(classes)}
    conf = np.zeros((len(classes), len(classes)))
    np.add.at(conf, (labelled["label"].map(idx).to_numpy(int), labelled["predicted"].map(idx).to_numpy(int)), 1)
    return corrected_shares(predicted, conf, classes, n_boot, seed)


def with_exact(table: pd.DataFrame, modelled: int, exact: pd.Series, classes: tuple[str, ...] = CLASSES
               ) -> pd.DataFrame:
    """`table`, the shares of the `modelled` messages the model labelled (from `corrected_shares`), widened to
    every message by adding `exact`: the labels of messages whose sentiment is known without the model (their
    star rating), counted as they are, with no error of their own. Columns `from_stars` and `from_model`
    say how many of each."""
    counts = pd.Series(exact).dropna().value_counts().reindex(list(classes), fill_value=0).to_numpy(float)
    n = modelled + counts.sum()
    out = table.set_index("label").reindex(list(classes))
    if n:
        for col in ("predicted_share", "corrected_share", "ci_low", "ci_high"):
            out[col] = np.clip((modelled * out[col].fillna(0).to_numpy(float) + counts) / n, 0, 1)
    if not modelled:  # every share is counted, none estimated
        out["error_rates_fit"] = True
    out["from_stars"], out["from_model"] = int(counts.sum()), int(modelled)
    return out.reset_index()
