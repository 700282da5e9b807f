"""The statistics the comparisons use, from scipy and statsmodels: intervals, tests, FDR, robust regression.

Thin wrappers only: they vectorise over the segment x value grid and keep NaN where a group is empty.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
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
    """OLS of y on a 0/1 indicator x with group fixed effects, HC1 robust errors: (effect, standard error,
    p-value).

    The fixed effects are partialled out first (Frisch-Waugh-Lovell: y and x demeaned within groups), so
    statsmodels fits one column instead of one per group; the coefficient, the residuals and so the HC0 errors
    are those of the full regression, and HC1's n / (n - k) uses the full model's k. Same figures as
    `sm.OLS(y, [1, x, group dummies]).fit(cov_type="HC1")` (tests/test_customers.py checks it), in a fraction
    of the time at 100k messages.
    """
    from statsmodels.regression.linear_model import OLS  # not statsmodels.api, which loads every model it has

    y, x = np.asarray(y, float), np.asarray(x, float)
    groups = np.zeros(len(y), int) if groups is None else pd.factorize(np.asarray(groups))[0]
    k = 1 + int(groups.max()) + 1 if len(y) else 2  # x, and one intercept per group
    if len(y) <= k:
        return float("nan"), float("nan"), float("nan")
    by = pd.DataFrame({"y": y, "x": x}).groupby(groups)
    centred = pd.DataFrame({"y": y, "x": x}) - by.transform("mean")
    if not np.any(centred["x"].to_numpy()):  # x constant within every group: no within-group contrast
        return float("nan"), float("nan"), float("nan")
    fit = OLS(centred["y"].to_numpy(), centred[["x"]].to_numpy()).fit(cov_type="HC0")
    se = float(fit.bse[0]) * np.sqrt(len(y) / (len(y) - k))
    effect = float(fit.params[0])
    p = float(2 * stats.norm.sf(abs(effect / se))) if se > 0 else float("nan")
    return effect, se, p


