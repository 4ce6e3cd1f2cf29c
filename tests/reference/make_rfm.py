"""Reference RFM for tests/rfm/compute_rfm_test.ts, computed with pandas.

Run with /usr/bin/python3 (Debian's pandas) from anywhere:

    /usr/bin/python3 tests/reference/make_rfm.py

Reads ../../../shared/data/ventas-por-factura.csv (relative to this script), applies the
cleaning rules below in this order, then computes RFM and writes rfm.json beside this script.

Cleaning, in order (each count is taken on what the previous rule left):
  1. drop rows without a customer id ("ID Cliente" empty);
  2. drop cancellations: invoice ids ("N° de factura") starting with "C";
  3. drop rows with Monto <= 0 or Cantidad <= 0;
  4. drop exact duplicate rows (all six columns equal, after parsing).

RFM:
  snapshot  = midnight of the day after the latest date (max date normalized + 1 day);
  recency   = (snapshot - last purchase).days, i.e. whole days, rounded down;
  frequency = number of distinct invoice ids;
  monetary  = sum of Monto.

Scores (an extra check of the quantile cuts): for R, F and M, cuts at the 20/40/60/80 %
quantiles of the customers' values (numpy's default "linear" interpolation);
score = 1 + number of cuts strictly below the value (F, M), 1 + number of cuts strictly
above it (R, so recent = 5).
"""
import json
import os
import sys

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "data", "ventas-por-factura.csv")

raw = pd.read_csv(SOURCE, dtype=str, keep_default_na=False, encoding="utf-8")
inv_col, date_col, cust_col, country_col, qty_col, amount_col = raw.columns
assert inv_col.startswith("N") and cust_col == "ID Cliente", raw.columns

df = pd.DataFrame({
    "invoice": raw[inv_col].str.strip(),
    "date": pd.to_datetime(raw[date_col], format="%m/%d/%Y %H:%M:%S"),
    "customer": raw[cust_col].str.strip(),
    "country": raw[country_col],
    "quantity": raw[qty_col].astype(np.int64),
    "amount": raw[amount_col].str.replace(",", ".", regex=False).astype(np.float64),
})

counts = {"rows_in": int(len(df))}
keep = df["customer"] != ""
counts["missing_customer"] = int((~keep).sum())
df = df[keep]
keep = ~df["invoice"].str.startswith("C")
counts["cancellation"] = int((~keep).sum())
df = df[keep]
keep = (df["amount"] > 0) & (df["quantity"] > 0)
counts["non_positive"] = int((~keep).sum())
df = df[keep]
keep = ~df.duplicated(keep="first")
counts["duplicate"] = int((~keep).sum())
df = df[keep]
counts["rows_kept"] = int(len(df))
assert counts["rows_in"] == counts["rows_kept"] + counts["missing_customer"] + counts["cancellation"] \
    + counts["non_positive"] + counts["duplicate"]

split = df.groupby("invoice")["date"].nunique()
snapshot = df["date"].max().normalize() + pd.Timedelta(days=1)
g = df.groupby("customer").agg(
    last=("date", "max"),
    first=("date", "min"),
    frequency=("invoice", "nunique"),
    monetary=("amount", "sum"),
)
g["recency"] = (snapshot - g["last"]).dt.days
g = g.sort_index()


def cuts(values):
    return [float(x) for x in np.quantile(values.to_numpy(dtype=np.float64), [0.2, 0.4, 0.6, 0.8])]


def above(values, c):  # 1 + cuts strictly below the value
    v = values.to_numpy(dtype=np.float64)
    return (1 + sum((v > x).astype(int) for x in c)).tolist()


def below(values, c):  # 1 + cuts strictly above the value (recency)
    v = values.to_numpy(dtype=np.float64)
    return (1 + sum((v < x).astype(int) for x in c)).tolist()


thresholds = {k: cuts(g[k]) for k in ("recency", "frequency", "monetary")}
out = {
    "source": "../shared/data/ventas-por-factura.csv",
    "script": "tests/reference/make_rfm.py",
    "pandas": pd.__version__,
    "numpy": np.__version__,
    "python": sys.version.split()[0],
    "cleaning": counts,
    "invoices_on_several_dates": int((split > 1).sum()),
    "snapshot": snapshot.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    "customers": int(len(g)),
    "thresholds": thresholds,
    "rfm": {
        "customer": g.index.tolist(),
        "recency": [int(x) for x in g["recency"]],
        "frequency": [int(x) for x in g["frequency"]],
        "monetary": [float(x) for x in g["monetary"]],
        "first_purchase": [x.strftime("%Y-%m-%dT%H:%M:%S.000Z") for x in g["first"]],
        "last_purchase": [x.strftime("%Y-%m-%dT%H:%M:%S.000Z") for x in g["last"]],
        "r_score": below(g["recency"], thresholds["recency"]),
        "f_score": above(g["frequency"], thresholds["frequency"]),
        "m_score": above(g["monetary"], thresholds["monetary"]),
    },
}
with open(os.path.join(HERE, "rfm.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
print(json.dumps({k: out[k] for k in ("pandas", "cleaning", "invoices_on_several_dates", "snapshot", "customers", "thresholds")}, indent=1))
