"""Peer of our DBSCAN: scikit-learn DBSCAN (default algorithm: a k-d tree here), fit time only."""
import time

from _peer_io import emit, load_matrix, params, write_labels
from sklearn.cluster import DBSCAN

p = params()
x = load_matrix(p["data"])
t0 = time.perf_counter()
db = DBSCAN(eps=p["eps"], min_samples=p["minSamples"]).fit(x)
seconds = time.perf_counter() - t0
if p.get("labelsOut"):
    write_labels(p["labelsOut"], db.labels_)
labels = db.labels_
emit({"seconds": seconds, "nClusters": int(len(set(labels.tolist()) - {-1})), "noise": int((labels == -1).sum())})
