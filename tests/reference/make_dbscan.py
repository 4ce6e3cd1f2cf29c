"""Reference DBSCAN labels and k-distances for tests/cluster/dbscan_test.ts and k_distances_test.ts.

Run with /usr/bin/python3 (Debian's scikit-learn) from anywhere:

    /usr/bin/python3 tests/reference/make_dbscan.py

Writes dbscan.json beside this script. Inputs, generated here deterministically and stored in the
JSON (full float precision):
  * "blobs2d": 3 Gaussian blobs of different density plus 10 % uniform noise, 1,500 x 2, standardized;
  * "blobs3d": 5 blobs plus 5 % uniform noise, 2,000 x 3, standardized;
  * "rfm": the RFM-like table of make_kmeans.py (2,000 x 3, log1p then standardized).
For each input and a few (eps, min_samples): DBSCAN(eps, min_samples) labels and
core_sample_indices_. For each input and k: the sorted distances to the k-th neighbour from
NearestNeighbors(n_neighbors=k).fit(X).kneighbors(X) (the row itself is its first neighbour).
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import DBSCAN
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))


def blobs2d():
    rng = np.random.default_rng(11)
    parts = [rng.normal([0, 0], 0.5, (500, 2)), rng.normal([5, 5], 1.0, (450, 2)),
             rng.normal([0, 6], 0.3, (400, 2)), rng.uniform(-4, 10, (150, 2))]
    return StandardScaler().fit_transform(np.vstack(parts))


def blobs3d():
    rng = np.random.default_rng(12)
    centres = rng.normal(0, 4, (5, 3))
    x = centres[np.arange(1900) % 5] + rng.normal(0, 1, (1900, 3))
    return StandardScaler().fit_transform(np.vstack([x, rng.uniform(-10, 10, (100, 3))]))


def rfm():
    # Same generator as make_kmeans.py.
    rng = np.random.default_rng(2024)
    n = 2000
    recency = rng.exponential(90.0, n).round() + 1
    frequency = 1 + rng.geometric(0.35, n) - 1 + (rng.random(n) < 0.2) * rng.poisson(6, n)
    monetary = np.exp(rng.normal(3.5, 0.8, n)) * frequency
    return StandardScaler().fit_transform(np.log1p(np.column_stack([recency, frequency, monetary])))


SETTINGS = {
    "blobs2d": [(0.1, 5), (0.15, 4), (0.3, 10)],
    "blobs3d": [(0.15, 6), (0.25, 6), (0.4, 20)],
    "rfm": [(0.2, 6), (0.3, 6), (0.5, 12)],
}

datasets = []
for name, x in [("blobs2d", blobs2d()), ("blobs3d", blobs3d()), ("rfm", rfm())]:
    runs = []
    for eps, ms in SETTINGS[name]:
        m = DBSCAN(eps=eps, min_samples=ms).fit(x)
        runs.append({"eps": eps, "minSamples": ms, "labels": m.labels_.tolist(),
                     "core": m.core_sample_indices_.tolist()})
    kd = []
    for k in (1, 4, 2 * x.shape[1]):
        dist, _ = NearestNeighbors(n_neighbors=k).fit(x).kneighbors(x)
        kd.append({"k": k, "kDistances": np.sort(dist[:, -1]).tolist()})
    datasets.append({"name": name, "rows": x.shape[0], "cols": x.shape[1], "data": x.ravel().tolist(),
                     "runs": runs, "kDistances": kd})

with open(os.path.join(HERE, "dbscan.json"), "w") as f:
    json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "datasets": datasets}, f)
