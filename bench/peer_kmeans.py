"""Peer of our k-means: scikit-learn KMeans (Lloyd, k-means++), fit time only.

work "kmeans": one fit with n_init restarts; work "sweep": k = 1..kMax, one init each. With
"calls": 2 the work runs twice in the process and the second call is timed (see bench/run.ts).
"""
from _peer_io import emit, load_matrix, params, timed_calls, write_labels
from sklearn.cluster import KMeans

p = params()
x = load_matrix(p["data"])
seed = p.get("seed", 0)
calls = p.get("calls", 1)
if p["work"] == "kmeans":
    km, times = timed_calls(
        lambda: KMeans(n_clusters=p["k"], n_init=p.get("nInit", 10), algorithm="lloyd", random_state=seed).fit(x),
        calls,
    )
    if p.get("labelsOut"):
        write_labels(p["labelsOut"], km.labels_)
    emit({**times, "inertia": float(km.inertia_), "nIter": int(km.n_iter_)})
else:
    def sweep():
        return [
            float(KMeans(n_clusters=k, n_init=1, algorithm="lloyd", random_state=seed).fit(x).inertia_)
            for k in range(1, p["kMax"] + 1)
        ]

    inertias, times = timed_calls(sweep, calls)
    emit({**times, "inertias": inertias})
