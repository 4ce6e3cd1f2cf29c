"""Reference correlations for lib/eda/correlation_matrix.ts: pandas DataFrame.corr() (Pearson)."""
import json, os
import numpy as np, pandas as pd

rng = np.random.default_rng(7)
n = 300
a = rng.normal(size=n)
b = 0.6 * a + rng.normal(scale=0.5, size=n)
c = np.exp(rng.normal(size=n))  # skewed
d = -2 * a + rng.normal(scale=2.0, size=n)
df = pd.DataFrame({"a": a, "b": b, "c": c, "d": d})
out = {
    "pandas": pd.__version__,
    "columns": list(df.columns),
    "rows": df.values.tolist(),
    "corr": df.corr().values.tolist(),
}
with open(os.path.join(os.path.dirname(__file__), "correlation.json"), "w") as f:
    json.dump(out, f)
