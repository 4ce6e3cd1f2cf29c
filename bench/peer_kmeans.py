"""Peer of our k-means: scikit-learn KMeans (Lloyd, k-means++), fit time only.

work "kmeans": one fit with n_init restarts; work "sweep": k = 1..kMax, one init each.
"""
import time

from _peer_io import emit, load_matrix, params, write_labels
from sklearn.cluster import KMeans

p = params()
x = load_matrix(p["data"])
seed = p.get("seed", 0)
if p["work"] == "kmeans":
    t0 = time.perf_counter()
    km = KMeans(n_clusters=p["k"], n_init=p.get("nInit", 10), algorithm="lloyd", random_state=seed).fit(x)
    seconds = time.perf_counter() - t0
    if p.get("labelsOut"):
        write_labels(p["labelsOut"], km.labels_)
    emit({"seconds": seconds, "inertia": float(km.inertia_), "nIter": int(km.n_iter_)})
else:
    inertias = []
    t0 = time.perf_counter()
    for k in range(1, p["kMax"] + 1):
        inertias.append(float(KMeans(n_clusters=k, n_init=1, algorithm="lloyd", random_state=seed).fit(x).inertia_))
    emit({"seconds": time.perf_counter() - t0, "inertias": inertias})
