"""Reference numbers for lib/validate: scikit-learn's cluster metrics on small fixed inputs.

Run with /usr/bin/python3 (Debian's scikit-learn): writes tests/reference/metrics.json.
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn.datasets import make_blobs
from sklearn.metrics import (
    adjusted_rand_score,
    calinski_harabasz_score,
    davies_bouldin_score,
    silhouette_samples,
    silhouette_score,
)

rng = np.random.RandomState(7)
cases = []


def add(name, x, labels):
    x = np.asarray(x, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int32)
    cases.append(
        {
            "name": name,
            "x": x.tolist(),
            "labels": labels.tolist(),
            "silhouette": float(silhouette_score(x, labels)),
            "silhouetteSamples": silhouette_samples(x, labels).tolist(),
            "calinskiHarabasz": float(calinski_harabasz_score(x, labels)),
            "daviesBouldin": float(davies_bouldin_score(x, labels)),
        }
    )


# three blobs, equal sizes, 2-D
x, y = make_blobs(n_samples=90, centers=3, n_features=2, random_state=0)
add("blobs3-2d", x, y)
# five blobs of unequal sizes, 3-D
x, y = make_blobs(n_samples=[80, 40, 20, 10, 5], n_features=3, cluster_std=1.5, random_state=1)
add("blobs5-unequal-3d", x, y)
# four blobs in 6-D with a singleton cluster and labels that are not 0..k-1 (noise -1 is a cluster too)
x, y = make_blobs(n_samples=[30, 25, 20], n_features=6, random_state=2)
x = np.vstack([x, [[50.0] * 6]])
y = np.concatenate([np.array([-1, 3, 7])[y], [12]])
add("blobs-singleton-6d", x, y)
# uniform noise with arbitrary labels (overlapping clusters, negative silhouettes)
x = rng.uniform(0, 1, size=(60, 4))
y = rng.randint(0, 4, size=60)
add("uniform-random-labels-4d", x, y)
# duplicate rows across clusters (a = b = 0 for some rows)
x = np.array([[0, 0], [0, 0], [0, 0], [1, 1], [1, 1], [5, 5]], dtype=float)
add("duplicates", x, [0, 0, 1, 1, 2, 2])

ari = []


def add_ari(name, a, b):
    ari.append({"name": name, "a": list(map(int, a)), "b": list(map(int, b)),
                "ari": float(adjusted_rand_score(a, b))})


a = rng.randint(0, 4, size=200)
perm = np.array([2, 0, 3, 1])
add_ari("permuted", a, perm[a])
noisy = a.copy()
flip = rng.rand(200) < 0.2
noisy[flip] = rng.randint(0, 4, size=flip.sum())
add_ari("noisy-20pc", a, noisy)
add_ari("different-counts", a, rng.randint(-1, 7, size=200))
add_ari("merged", a, np.minimum(a, 2))
add_ari("split", a, a * 2 + (rng.rand(200) < 0.5))
add_ari("both-one-cluster", [0] * 10, [5] * 10)
add_ari("both-singletons", list(range(10)), list(range(10, 20)))
add_ari("one-cluster-vs-singletons", [0] * 10, list(range(10)))
add_ari("hand", [0, 0, 1, 1], [0, 1, 0, 1])
add_ari("empty", [], [])

out = {
    "sklearn": sklearn.__version__,
    "numpy": np.__version__,
    "script": "tests/reference/make_metrics.py",
    "cases": cases,
    "ari": ari,
}
path = pathlib.Path(__file__).with_name("metrics.json")
path.write_text(json.dumps(out, indent=1))
print("wrote", path)
