"""Reference k-means results for tests/cluster/kmeans_test.ts, computed with scikit-learn.

Run with /usr/bin/python3 (Debian's scikit-learn) from anywhere:

    /usr/bin/python3 tests/reference/make_kmeans.py

Writes kmeans.json beside this script. Two standardized inputs, both generated here
deterministically and stored in the JSON as inputs (full float precision):
  * "blobs": 4 well-separated Gaussian blobs, 2,000 x 3 (make_blobs, random_state=7),
    standardized (StandardScaler: population std);
  * "rfm": an RFM-like table of 2,000 customers (recency ~ exponential, frequency ~ 1 + geometric,
    monetary ~ lognormal growing with frequency), log1p of each column, then standardized.
For each input and k in 2..6: KMeans(n_clusters=k, n_init=10, random_state=0, algorithm="lloyd")
inertia and labels (our best-of-10 must be no worse than this by more than 0.1 %), and a
deterministic run started from the first k rows as centres (n_init=1): labels, centres,
inertia and iterations (ours must equal them; inertia to 1e-9).
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))


def blobs():
    x, y = make_blobs(n_samples=2000, n_features=3, centers=4, cluster_std=0.6, center_box=(-8, 8),
                      random_state=7)
    return StandardScaler().fit_transform(x), y


def rfm():
    rng = np.random.default_rng(2024)
    n = 2000
    recency = rng.exponential(90.0, n).round() + 1
    frequency = 1 + rng.geometric(0.35, n) - 1 + (rng.random(n) < 0.2) * rng.poisson(6, n)
    monetary = np.exp(rng.normal(3.5, 0.8, n)) * frequency
    x = np.log1p(np.column_stack([recency, frequency, monetary]))
    return StandardScaler().fit_transform(x)


def fits(x):
    out = []
    for k in range(2, 7):
        best = KMeans(n_clusters=k, n_init=10, random_state=0, algorithm="lloyd").fit(x)
        fixed = KMeans(n_clusters=k, init=x[:k], n_init=1, algorithm="lloyd").fit(x)
        out.append({
            "k": k,
            "bestInertia": float(best.inertia_),
            "bestLabels": best.labels_.tolist(),
            "fixedInertia": float(fixed.inertia_),
            "fixedLabels": fixed.labels_.tolist(),
            "fixedCentroids": fixed.cluster_centers_.ravel().tolist(),
            "fixedIter": int(fixed.n_iter_),
        })
    return out


xb, yb = blobs()
xr = rfm()
result = {
    "sklearn": sklearn.__version__,
    "numpy": np.__version__,
    "note": "KMeans(algorithm='lloyd', tol=1e-4, max_iter=300); inputs standardized with population std",
    "datasets": [
        {"name": "blobs", "rows": xb.shape[0], "cols": xb.shape[1], "data": xb.ravel().tolist(),
         "planted": yb.tolist(), "plantedK": 4, "fits": fits(xb)},
        {"name": "rfm", "rows": xr.shape[0], "cols": xr.shape[1], "data": xr.ravel().tolist(),
         "fits": fits(xr)},
    ],
}
with open(os.path.join(HERE, "kmeans.json"), "w") as f:
    json.dump(result, f)
