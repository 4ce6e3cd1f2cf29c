"""Reference segment profiles for lib/profile/profile_segments.ts: pandas groupby size, share,
value share, mean, median, and z-scores against the overall mean and population std (ddof=0)."""
import json, os
import numpy as np, pandas as pd

rng = np.random.default_rng(11)
n = 400
labels = rng.integers(0, 4, size=n)
df = pd.DataFrame({
    "spend": np.exp(rng.normal(5, 1, n)) + labels * 50,
    "visits": rng.poisson(3 + labels, n).astype(float),
    "tenure": rng.uniform(1, 60, n),
})
g = df.groupby(labels)
mean, std = df.mean(), df.std(ddof=0)
profiles = []
for lab in sorted(set(labels.tolist())):
    part = df[labels == lab]
    profiles.append({
        "label": int(lab),
        "size": int(len(part)),
        "share": len(part) / n,
        "valueShare": float(part["spend"].sum() / df["spend"].sum()),
        "means": {c: float(part[c].mean()) for c in df.columns},
        "medians": {c: float(part[c].median()) for c in df.columns},
        "zScores": {c: float((part[c].mean() - mean[c]) / std[c]) for c in df.columns},
    })
out = {"pandas": pd.__version__, "columns": list(df.columns), "rows": df.values.tolist(),
       "labels": labels.tolist(), "profiles": profiles}
with open(os.path.join(os.path.dirname(__file__), "profiles.json"), "w") as f:
    json.dump(out, f)
