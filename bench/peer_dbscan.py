"""Peer of our DBSCAN: scikit-learn DBSCAN (default algorithm: a k-d tree here), fit time only."""
from _peer_io import emit, load_matrix, params, timed_calls, write_labels
from sklearn.cluster import DBSCAN

p = params()
x = load_matrix(p["data"])
db, times = timed_calls(lambda: DBSCAN(eps=p["eps"], min_samples=p["minSamples"]).fit(x), p.get("calls", 1))
if p.get("labelsOut"):
    write_labels(p["labelsOut"], db.labels_)
labels = db.labels_
emit({**times, "nClusters": int(len(set(labels.tolist()) - {-1})), "noise": int((labels == -1).sum())})
