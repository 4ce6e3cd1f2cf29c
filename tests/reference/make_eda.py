"""Reference numbers for lib/eda/profile_columns.ts: pandas' quartiles, std and skew.

Run with /usr/bin/python3 (Debian's pandas); writes tests/reference/eda.json.
"""
import json
import pathlib

import numpy as np
import pandas as pd

rng = np.random.default_rng(20261122)
n = 401
money = np.round(rng.lognormal(mean=4.0, sigma=1.2, size=n), 2)
money[[3, 77, 200]] = np.nan
counts = rng.poisson(3.0, size=n).astype(float)
share = rng.beta(0.5, 2.0, size=n)
left = 100.0 - rng.gamma(2.0, 3.0, size=n)

columns = {
    "money": money,
    "counts": counts,
    "share": share,
    "left": left,
    "tiny": np.array([1.5, 4.0] + [np.nan] * (n - 2)),
    "three": np.array([1.0, 2.0, 10.0] + [np.nan] * (n - 3)),
    "constant": np.full(n, 7.0),
}

out = {}
for name, values in columns.items():
    s = pd.Series(values)
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    iqr = q3 - q1
    out[name] = {
        "count": int(s.count()),
        "missing": int(s.isna().sum()),
        "distinct": int(s.nunique()),
        "min": float(s.min()),
        "q1": float(q1),
        "median": float(s.median()),
        "q3": float(q3),
        "max": float(s.max()),
        "mean": float(s.mean()),
        "std": float(s.std()),
        "skew": float(s.skew()),
        "outliers": int(((s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)).sum()),
    }

# KNN imputation: scikit-learn's KNNImputer (k = 5, nan-euclidean) on features standardized
# over their present values, mapped back to original units: what cleanCustomers(impute: "knn") does.
from sklearn.impute import KNNImputer  # noqa: E402
import sklearn  # noqa: E402

m, p = 60, 4
knn_x = rng.lognormal(mean=2.0, sigma=0.8, size=(m, p)) * np.array([1.0, 10.0, 100.0, 0.1])
holes = rng.random((m, p)) < 0.12
holes[0, :] = False
knn_x[holes] = np.nan
mu = np.nanmean(knn_x, axis=0)
sd = np.nanstd(knn_x, axis=0)
knn_z = (knn_x - mu) / sd
knn_out = KNNImputer(n_neighbors=5).fit_transform(knn_z) * sd + mu

doc = {
    "about": "pandas Series statistics (quantile linear, std ddof=1, skew adjusted Fisher-Pearson, Tukey IQR outliers); NaN = missing",
    "pandas": pd.__version__,
    "numpy": np.__version__,
    "inputs": {k: [None if np.isnan(x) else float(x) for x in v] for k, v in columns.items()},
    "outputs": {k: {kk: (None if isinstance(vv, float) and np.isnan(vv) else vv) for kk, vv in v.items()} for k, v in out.items()},
    "knn": {
        "about": "KNNImputer(n_neighbors=5) on (x - nanmean) / nanstd, mapped back; rows of features, null = missing",
        "sklearn": sklearn.__version__,
        "input": [[None if np.isnan(v) else float(v) for v in row] for row in knn_x],
        "output": [[float(v) for v in row] for row in knn_out],
    },
}
path = pathlib.Path(__file__).with_name("eda.json")
path.write_text(json.dumps(doc, indent=1) + "\n")
print(f"wrote {path}")
