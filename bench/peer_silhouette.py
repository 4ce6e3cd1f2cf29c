"""Peer of our silhouette: scikit-learn silhouette_score, exact (no sample_size)."""
import time

from _peer_io import emit, load_labels, load_matrix, params
from sklearn.metrics import silhouette_score

p = params()
x = load_matrix(p["data"])
labels = load_labels(p["labelsIn"])
t0 = time.perf_counter()
score = silhouette_score(x, labels)
emit({"seconds": time.perf_counter() - t0, "score": float(score)})
