"""The statistics the comparisons use, from scipy and statsmodels: intervals, tests, FDR, robust regression.

Thin wrappers only: they vectorise over the segment x value grid and keep NaN where a group is empty.
"""

from __future__ import annotations

import numpy as np
from scipy import stats


def wilson(k: np.ndarray | int, n: np.ndarray | int) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score 95% interval for k successes in n trials (statsmodels; NaN where n = 0)."""
    from statsmodels.stats.proportion import proportion_confint

    k, n = np.asarray(k, float), np.asarray(n, float)
    with np.errstate(invalid="ignore", divide="ignore"):
        lo, hi = proportion_confint(k, np.where(n > 0, n, np.nan), alpha=0.05, method="wilson")
    return np.asarray(lo, float), np.asarray(hi, float)


def two_proportion_test(k1, n1, k2, n2) -> np.ndarray:
    """Two-sided p-value of the pooled two-proportion z-test (NaN where a group is empty).

    Its square is Pearson's chi-square on the 2x2 table, so each cell is scipy's `chi2_contingency` without
    continuity correction; it is computed here in closed form because statsmodels' `proportions_ztest` takes
    one pair at a time and a segment x topic grid holds thousands (tests check it against both libraries).
    """
    k1, n1, k2, n2 = (np.asarray(a, float) for a in (k1, n1, k2, n2))
    with np.errstate(invalid="ignore", divide="ignore"):
        pooled = (k1 + k2) / (n1 + n2)
        se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        p = 2 * stats.norm.sf(np.abs((k1 / n1 - k2 / n2) / se))
    return np.where(se > 0, p, np.where((n1 > 0) & (n2 > 0), 1.0, np.nan))


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg q-values (scipy's `false_discovery_control`); NaN p-values stay NaN and do not count
    as tests."""
    p = np.asarray(p, float)
    q = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    if ok.any():
        q[ok] = stats.false_discovery_control(p[ok], method="bh")
    return q


def mean_difference_adjusted(y: np.ndarray, x: np.ndarray,
                             groups: np.ndarray | None = None) -> tuple[float, float, float]:
    """OLS of y on a 0/1 indicator x with group fixed effects (statsmodels, HC1 robust errors):
    (effect, standard error, p-value)."""
    import statsmodels.api as sm

    cols = [np.ones(len(y)), x.astype(float)]
    if groups is not None:
        levels = np.unique(groups)
        cols += [(groups == g).astype(float) for g in levels[1:]]
    design = np.column_stack(cols)
    if len(y) <= design.shape[1]:
        return float(np.nan), float("nan"), float("nan")
    fit = sm.OLS(np.asarray(y, float), design).fit(cov_type="HC1")
    se = float(fit.bse[1])
    p = float(fit.pvalues[1]) if se > 0 else float("nan")
    return float(fit.params[1]), se, p
