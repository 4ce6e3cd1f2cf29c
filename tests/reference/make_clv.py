"""Reference numbers for tests/clv/*_test.ts: BG/NBD and Gamma-Gamma formulas with numpy/scipy.

Run with /usr/bin/python3 (Debian's numpy and scipy) from anywhere:

    /usr/bin/python3 tests/reference/make_clv.py

The lifetimes package is not available, so its formulas are written out here, term by term as
in lifetimes 0.11 (BetaGeoFitter, GammaGammaFitter, utils._customer_lifetime_value), with
scipy.special.gammaln and scipy.special.hyp2f1. Writes clv.json beside this script: the inputs,
the outputs and the versions.
"""
import json
import os
import platform

import numpy as np
import scipy
from scipy.special import gammaln, hyp2f1

HERE = os.path.dirname(os.path.abspath(__file__))

# (frequency, recency, T) in weeks: one-time buyers, typical CDNOW customers, heavy buyers
# (large x stresses 2F1), a recent and a long-lapsed buyer.
CUSTOMERS = [
    (0, 0.0, 38.86),
    (0, 0.0, 5.0),
    (1, 1.71, 38.86),
    (2, 30.43, 38.86),
    (3, 10.0, 38.0),
    (7, 35.5, 36.0),
    (7, 2.0, 36.0),
    (15, 37.0, 38.0),
    (29, 38.0, 38.86),
    (60, 150.0, 156.0),
    (150, 300.0, 310.0),
]
# BG/NBD parameter sets: the published CDNOW fit, a < 1 and a > 1, a + b < 1 (c < 0 for x = 0 terms)
BG_PARAMS = [
    {"r": 0.2426, "alpha": 4.4135, "a": 0.7929, "b": 2.4259},
    {"r": 1.7, "alpha": 12.0, "a": 2.3, "b": 5.1},
    {"r": 0.5, "alpha": 0.9, "a": 0.3, "b": 0.6},
]
HORIZONS = [1.0, 13.0, 39.0, 104.0, 520.0]
# (frequency, mean repeat value) for the Gamma-Gamma model
SPEND = [(1, 12.5), (2, 22.345), (3, 40.0), (8, 15.0), (25, 120.0), (60, 33.3)]
GG_PARAMS = [{"p": 6.25, "q": 3.74, "gamma": 15.44}, {"p": 2.1, "q": 1.9, "gamma": 80.0}]
CLV = {"months": 12, "discountRate": 0.01, "weeksPerMonth": 365.25 / 12 / 7}


def bg_loglik_terms(p, x, tx, T):
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    A_1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    A_2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    A_3 = -(r + x) * np.log(alpha + T)
    A_4 = np.log(a) - np.log(b + np.maximum(x, 1) - 1) - (r + x) * np.log(alpha + tx)
    max_A_3_A_4 = np.maximum(A_3, A_4)
    return A_1 + A_2 + np.log(np.exp(A_3 - max_A_3_A_4) + np.exp(A_4 - max_A_3_A_4) * (x > 0)) + max_A_3_A_4


def p_alive(p, x, tx, T):
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    log_div = (r + x) * np.log((alpha + T) / (alpha + tx)) + np.log(a / (b + np.maximum(x, 1) - 1))
    return np.where(x == 0, 1.0, 1.0 / (1 + np.exp(log_div)))


def conditional_expected(p, t, x, tx, T):
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    _a = r + x
    _b = b + x
    _c = a + b + x - 1
    _z = t / (alpha + T + t)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        ln_hyp_term = np.log(hyp2f1(_a, _b, _c, _z))
        ln_hyp_term_alt = np.log(hyp2f1(_c - _a, _c - _b, _c, _z)) + (_c - _a - _b) * np.log(1 - _z)
    ln_hyp_term = np.where(np.isinf(ln_hyp_term), ln_hyp_term_alt, ln_hyp_term)
    first_term = (a + b + x - 1) / (a - 1)
    second_term = 1 - np.exp(ln_hyp_term + (r + x) * np.log((alpha + T) / (alpha + t + T)))
    # Where 2F1 is negative (c = a + b + x - 1 < 0, possible for x = 0 when a + b < 1) lifetimes'
    # log gives NaN; the formula itself holds with the signed value.
    direct = 1 - hyp2f1(_a, _b, _c, _z) * ((alpha + T) / (alpha + t + T)) ** (r + x)
    second_term = np.where(np.isnan(second_term), direct, second_term)
    numerator = first_term * second_term
    denominator = 1 + (x > 0) * (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x)
    return numerator / denominator


def unconditional_expected(p, t):
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    hyp = hyp2f1(r, b, a + b - 1, t / (alpha + t))
    return (a + b - 1) / (a - 1) * (1 - hyp * (alpha / (alpha + t)) ** r)


def gg_loglik_terms(p, x, m):
    pp, q, v = p["p"], p["q"], p["gamma"]
    return (
        gammaln(pp * x + q) - gammaln(pp * x) - gammaln(q) + q * np.log(v)
        + (pp * x - 1) * np.log(m) + (pp * x) * np.log(x) - (pp * x + q) * np.log(x * m + v)
    )


def gg_profit(p, x, m):
    pp, q, v = p["p"], p["q"], p["gamma"]
    w = pp * x / (pp * x + q - 1)
    return (1 - w) * (v * pp / (q - 1)) + w * m


def clv(bg, gg, x, tx, T, m):
    factor = CLV["weeksPerMonth"]
    profit = np.where(x > 0, gg_profit(gg, np.maximum(x, 1), m), gg["p"] * gg["gamma"] / (gg["q"] - 1))
    out = np.zeros_like(x, dtype=float)
    for i in range(1, CLV["months"] + 1):
        now = conditional_expected(bg, i * factor, x, tx, T)
        before = conditional_expected(bg, (i - 1) * factor, x, tx, T) if i > 1 else 0.0
        out += profit * (now - before) / (1 + CLV["discountRate"]) ** i
    return out


x = np.array([c[0] for c in CUSTOMERS], dtype=float)
tx = np.array([c[1] for c in CUSTOMERS])
T = np.array([c[2] for c in CUSTOMERS])
# a monetary value per customer for the CLV: 0 for one-time buyers
money = np.where(x > 0, 20.0 + 3.0 * x, 0.0)
sx = np.array([s[0] for s in SPEND], dtype=float)
sm = np.array([s[1] for s in SPEND])

# hyp2f1 at the arguments the conditional expectation uses, direct
hyp_cases = []
for p in BG_PARAMS:
    for t in HORIZONS:
        for xi, Ti in zip(x, T):
            a_, b_, c_ = p["r"] + xi, p["b"] + xi, p["a"] + p["b"] + xi - 1
            z_ = t / (p["alpha"] + Ti + t)
            v = float(hyp2f1(a_, b_, c_, z_))
            if np.isfinite(v) and v > 0:
                hyp_cases.append({"a": a_, "b": b_, "c": c_, "z": z_, "value": v})

bg_out = []
for p in BG_PARAMS:
    bg_out.append({
        "params": p,
        "logLikelihoodTerms": bg_loglik_terms(p, x, tx, T).tolist(),
        "pAlive": p_alive(p, x, tx, T).tolist(),
        "expectedPurchases": {"%g" % t: conditional_expected(p, t, x, tx, T).tolist() for t in HORIZONS},
        "expectedPurchasesUnconditional": unconditional_expected(p, np.array(HORIZONS)).tolist(),
    })
gg_out = []
for p in GG_PARAMS:
    gg_out.append({
        "params": p,
        "logLikelihoodTerms": gg_loglik_terms(p, sx, sm).tolist(),
        "expectedAverageProfit": gg_profit(p, sx, sm).tolist(),
    })
clv_out = clv(BG_PARAMS[0], GG_PARAMS[0], x, tx, T, money)

out = {
    "versions": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__},
    "customers": {"frequency": x.tolist(), "recency": tx.tolist(), "T": T.tolist(), "monetaryValue": money.tolist()},
    "horizons": HORIZONS,
    "bgNbd": bg_out,
    "spend": {"frequency": sx.tolist(), "monetaryValue": sm.tolist()},
    "gammaGamma": gg_out,
    "hyp2f1": hyp_cases,
    "clv": {**CLV, "bgNbd": BG_PARAMS[0], "gammaGamma": GG_PARAMS[0], "clv": clv_out.tolist()},
}
with open(os.path.join(HERE, "clv.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(f"wrote clv.json: {len(hyp_cases)} hyp2f1 cases")
