"""Reference numbers for lib/scale: pandas skew, StandardScaler, RobustScaler, PCA.

Run with /usr/bin/python3 (Debian's scikit-learn and pandas): writes tests/reference/scale.json.
"""
import json
import pathlib

import numpy as np
import pandas as pd
import sklearn
from sklearn.decomposition import PCA
from sklearn.preprocessing import RobustScaler, StandardScaler

rng = np.random.RandomState(11)
n = 60
money = pd.DataFrame(
    {
        "BALANCE": np.round(rng.lognormal(7, 1.2, n), 2),
        "PURCHASES": np.round(rng.lognormal(5, 1.8, n), 2),
        "TENURE": rng.randint(6, 13, n).astype(float),
        "SCORE": rng.normal(0, 1, n),  # symmetric, has negatives
        "DELTA": rng.lognormal(0, 1, n) - 1.5,  # skewed but has negatives
        "CONST": np.full(n, 3.25),
    }
)
x = money.to_numpy(dtype=np.float64)
cases = {}

std = StandardScaler().fit(x)
robust = RobustScaler().fit(x)
robust1090 = RobustScaler(quantile_range=(10, 90)).fit(x)
cases["money"] = {
    "columns": list(money.columns),
    "x": x.tolist(),
    "skew": {c: float(money[c].skew()) for c in money.columns},
    "standard": {
        "mean": std.mean_.tolist(),
        "scale": std.scale_.tolist(),
        "transformed": std.transform(x).tolist(),
    },
    "robust": {
        "center": robust.center_.tolist(),
        "scale": robust.scale_.tolist(),
        "transformed": robust.transform(x).tolist(),
    },
    "robust1090": {
        "center": robust1090.center_.tolist(),
        "scale": robust1090.scale_.tolist(),
        "transformed": robust1090.transform(x).tolist(),
    },
}

# PCA on standardized log money columns (no constant column) and on correlated 5-D data
z = StandardScaler().fit_transform(np.log1p(money[["BALANCE", "PURCHASES"]]).join(money[["TENURE", "SCORE"]]))
cov = np.array([[4, 2, 0.5, 0, 0], [2, 3, 0.3, 0.2, 0], [0.5, 0.3, 2, 0.4, 0.1], [0, 0.2, 0.4, 1, 0.3], [0, 0, 0.1, 0.3, 0.5]])
corr5 = rng.multivariate_normal([1, 2, 3, 4, 5], cov, size=80)
pcas = {}
for name, data, nc in [("money-log-std", z, None), ("corr5", corr5, None), ("corr5-3", corr5, 3)]:
    p = PCA(n_components=nc, svd_solver="full").fit(data)
    pcas[name] = {
        "x": data.tolist(),
        "nComponents": nc,
        "explainedVariance": p.explained_variance_.tolist(),
        "explainedVarianceRatio": p.explained_variance_ratio_.tolist(),
        "mean": p.mean_.tolist(),
        "components": p.components_.tolist(),
        "scores": p.transform(data).tolist(),
    }

out = {
    "sklearn": sklearn.__version__,
    "pandas": pd.__version__,
    "numpy": np.__version__,
    "script": "tests/reference/make_scale.py",
    "cases": cases,
    "pca": pcas,
}
path = pathlib.Path(__file__).with_name("scale.json")
path.write_text(json.dumps(out, indent=1))
print("wrote", path)
