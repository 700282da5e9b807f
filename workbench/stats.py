"""Small, checked statistics used by the comparisons: proportions, intervals, tests, FDR."""

from __future__ import annotations

import numpy as np
from scipy import stats


def wilson(k: np.ndarray | int, n: np.ndarray | int, z: float = 1.959964) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score 95% interval for k successes in n trials (NaN where n = 0)."""
    k, n = np.asarray(k, float), np.asarray(n, float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denom = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denom
    return centre - half, centre + half


def two_proportion_test(k1, n1, k2, n2) -> np.ndarray:
    """Two-sided p-value of the pooled two-proportion z-test (NaN where a group is empty)."""
    k1, n1, k2, n2 = (np.asarray(a, float) for a in (k1, n1, k2, n2))
    with np.errstate(invalid="ignore", divide="ignore"):
        pooled = (k1 + k2) / (n1 + n2)
        se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        z = (k1 / n1 - k2 / n2) / se
        p = 2 * stats.norm.sf(np.abs(z))
    return np.where(se > 0, p, np.where((n1 > 0) & (n2 > 0), 1.0, np.nan))


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg q-values (NaN p-values stay NaN and do not count as tests)."""
    p = np.asarray(p, float)
    q = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return q
    order = np.argsort(p[ok])
    ranked = p[ok][order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    q[ok] = out
    return q


def mean_difference_adjusted(y: np.ndarray, x: np.ndarray,
                             groups: np.ndarray | None = None) -> tuple[float, float, float]:
    """OLS of y on a 0/1 indicator x with group fixed effects: (effect, HC1 standard error, p-value)."""
    cols = [np.ones(len(y)), x.astype(float)]
    if groups is not None:
        levels = np.unique(groups)
        cols += [(groups == g).astype(float) for g in levels[1:]]
    design = np.column_stack(cols)
    beta, *_ = np.linalg.lstsq(design, y, rcond=None)
    resid = y - design @ beta
    n, k = design.shape
    if n <= k:
        return float(beta[1]), float("nan"), float("nan")
    bread = np.linalg.pinv(design.T @ design)
    meat = design.T @ (design * (resid**2)[:, None])
    cov = bread @ meat @ bread * n / (n - k)
    se = float(np.sqrt(max(cov[1, 1], 0)))
    p = float(2 * stats.norm.sf(abs(beta[1] / se))) if se > 0 else float("nan")
    return float(beta[1]), se, p
