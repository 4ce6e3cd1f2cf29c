"""Reference labels of scikit-learn's KMeans.predict for tests/model/predict_reference_test.ts.

Run with /usr/bin/python3 (Debian's scikit-learn) from anywhere:

    OMP_NUM_THREADS=1 /usr/bin/python3 tests/reference/make_predict.py

Writes predict.json beside this script. For each case, fixed centres (as a saved model holds
them) and new rows, generated here deterministically and stored at full float precision, and the
labels of KMeans.predict on a KMeans whose cluster_centers_ are those centres (no fit):
  * "rfm3": 5 centres and 3,000 rows in 3 columns (scaled log RFM-like values);
  * "wide17": 8 centres and 2,000 rows in 17 columns;
  * "far": 3 centres and 500 rows far outside the centres' range.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans

HERE = os.path.dirname(os.path.abspath(__file__))


def predict(centres, x):
    km = KMeans(n_clusters=len(centres), n_init=1)
    km.cluster_centers_ = centres
    km.n_features_in_ = centres.shape[1]
    km._n_threads = 1
    return km.predict(x).tolist()


def case(rng, k, d, n, spread):
    centres = rng.normal(0, 1.5, (k, d))
    x = rng.normal(0, spread, (n, d))
    return {"centres": centres.tolist(), "x": x.tolist(), "labels": predict(centres, x)}


rng = np.random.default_rng(18)
out = {
    "sklearn": sklearn.__version__,
    "numpy": np.__version__,
    "cases": {
        "rfm3": case(rng, 5, 3, 3000, 1.5),
        "wide17": case(rng, 8, 17, 2000, 2.0),
        "far": case(rng, 3, 3, 500, 50.0),
    },
}
with open(os.path.join(HERE, "predict.json"), "w") as f:
    json.dump(out, f)
