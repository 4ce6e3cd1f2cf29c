"""Reference numbers for lib/validate/sigclust.ts: the 2-means cluster index of Liu, Hayes, Nobel &
Marron (2008), within-cluster SS / total SS, from scikit-learn's KMeans(2) inertia.

There is no Python SigClust package; its p-value is checked in tests from its definition (uniform
p-values on one Gaussian, p ~ 0 on separated blobs). This fixes the statistic it rests on.

Run with /usr/bin/python3 (Debian's scikit-learn): writes tests/reference/sigclust.json.
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs

rng = np.random.RandomState(11)
cases = []


def add(name, x):
    x = np.asarray(x, dtype=np.float64)
    km = KMeans(n_clusters=2, n_init=50, random_state=0).fit(x)
    total = float(((x - x.mean(axis=0)) ** 2).sum())
    cases.append(
        {
            "name": name,
            "x": x.tolist(),
            "inertia": float(km.inertia_),
            "totalSS": total,
            "clusterIndex": float(km.inertia_) / total,
        }
    )


# two separated blobs in 3-D
x, _ = make_blobs(n_samples=80, centers=[[0, 0, 0], [6, 0, 0]], n_features=3, random_state=3)
add("two blobs 3-D", x)
# one elongated Gaussian in 2-D (sd 2 and 1): the best split crosses the long axis
add("one Gaussian 2-D", rng.normal(size=(120, 2)) * np.array([2.0, 1.0]))
# integer counts (ties) and a skewed amount
counts = rng.poisson(2.0, size=100) + 1
amount = np.round(np.exp(rng.normal(3, 0.8, size=100)), 2)
add("counts and amounts", np.column_stack([counts, np.log1p(amount)]))

out = {"sklearn": sklearn.__version__, "numpy": np.__version__, "cases": cases}
path = pathlib.Path(__file__).with_name("sigclust.json")
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path} ({len(cases)} cases)")
