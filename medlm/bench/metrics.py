"""Metrics as lm-eval computes them, plus seeded bootstrap 95% confidence intervals.

acc: the choice with the highest log-likelihood is the gold one. acc_norm: the same after dividing each
choice's log-likelihood by its length in characters (lm-eval's `completion_len = len(choice)`; equal to
the byte length for the ASCII choice labels of these tasks). Groups (multimedqa) pool their questions,
which is lm-eval's size-weighted mean of the task accuracies.
"""

from __future__ import annotations

import numpy as np


def predict(lls: list[float], choices: list[str]) -> tuple[int, int]:
    """(pred, pred_norm) for one question; ties go to the first choice, as numpy's argmax."""
    lls_arr = np.asarray(lls, dtype=np.float64)
    lengths = np.asarray([float(len(c)) for c in choices])
    return int(np.argmax(lls_arr)), int(np.argmax(lls_arr / lengths))


def bootstrap_ci(values: list[float] | np.ndarray, n_boot: int = 1000, seed: int = 1234, level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap CI of the mean of `values` (resampling questions), seeded and reproducible."""
    v = np.asarray(values, dtype=np.float64)
    if len(v) == 0:
        return float("nan"), float("nan")
    if len(v) == 1 or np.all(v == v[0]):
        return float(v.mean()), float(v.mean())
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    for start in range(0, n_boot, 100):  # chunks keep memory at 100 x n
        k = min(100, n_boot - start)
        means[start:start + k] = v[rng.integers(0, len(v), size=(k, len(v)))].mean(axis=1)
    alpha = (1 - level) / 2
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def summarize(values: list[float], n_boot: int = 1000, seed: int = 1234) -> dict[str, float]:
    """value (mean), ci_low, ci_high, n, stderr (sample std / sqrt(n), as lm-eval's *_stderr)."""
    v = np.asarray(values, dtype=np.float64)
    low, high = bootstrap_ci(v, n_boot, seed)
    stderr = float(v.std(ddof=1) / np.sqrt(len(v))) if len(v) > 1 else float("nan")
    return {"value": float(v.mean()) if len(v) else float("nan"), "ci_low": low, "ci_high": high, "n": int(len(v)), "stderr": stderr}


def weighted_mean(values_and_sizes: list[tuple[float, int]]) -> float:
    """lm-eval's group aggregation with weight_by_size: sum(value * n) / sum(n)."""
    total = sum(n for _, n in values_and_sizes)
    return sum(v * n for v, n in values_and_sizes) / total if total else float("nan")
