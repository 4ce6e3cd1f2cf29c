"""Peer of our silhouette: scikit-learn silhouette_score, exact (no sample_size)."""
from _peer_io import emit, load_labels, load_matrix, params, timed_calls
from sklearn.metrics import silhouette_score

p = params()
x = load_matrix(p["data"])
labels = load_labels(p["labelsIn"])
score, times = timed_calls(lambda: silhouette_score(x, labels), p.get("calls", 1))
emit({**times, "score": float(score)})
