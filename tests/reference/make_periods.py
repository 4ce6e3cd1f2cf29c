"""Reference period comparison for tests/rfm/compare_periods_test.ts, computed with pandas.

Run with /usr/bin/python3 (Debian's pandas) from anywhere:

    /usr/bin/python3 tests/reference/make_periods.py

Reads ../../../shared/data/ventas-por-factura.csv, cleans it by the rules of make_rfm.py (same
order), then compares two periods the usual way: the later period runs from SPLIT to the day
after the last purchase, the earlier one has the same number of days just before SPLIT. A
customer is "new" (bought in the later period only; "returned" if they had bought before the
earlier period), "repeating" (both) or "lapsed" (earlier only). The revenue bridge:
earlier + from_new - lost + grown - shrunk = later. Writes periods.json beside this script.
"""
import json
import os
import sys

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "data", "ventas-por-factura.csv")
SPLITS = ["2021-09-01", "2021-06-15"]

raw = pd.read_csv(SOURCE, dtype=str, keep_default_na=False, encoding="utf-8")
inv_col, date_col, cust_col, country_col, qty_col, amount_col = raw.columns
df = pd.DataFrame({
    "invoice": raw[inv_col].str.strip(),
    "date": pd.to_datetime(raw[date_col], format="%m/%d/%Y %H:%M:%S"),
    "customer": raw[cust_col].str.strip(),
    "quantity": raw[qty_col].astype(np.int64),
    "amount": raw[amount_col].str.replace(",", ".", regex=False).astype(np.float64),
})
df = df[df["customer"] != ""]
df = df[~df["invoice"].str.startswith("C")]
df = df[(df["amount"] > 0) & (df["quantity"] > 0)]
df = df[~df.duplicated(keep="first")]

end = df["date"].max().normalize() + pd.Timedelta(days=1)
cases = []
for s in SPLITS:
    split = pd.Timestamp(s)
    start = split - (end - split)
    earlier = df[(df["date"] >= start) & (df["date"] < split)].groupby("customer")["amount"].sum()
    later = df[(df["date"] >= split) & (df["date"] < end)].groupby("customer")["amount"].sum()
    before = set(df[df["date"] < start]["customer"])
    both = pd.concat([earlier.rename("a"), later.rename("b")], axis=1).sort_index()
    status = np.where(both["a"].notna() & both["b"].notna(), "repeating",
                      np.where(both["b"].notna(), "new", "lapsed"))
    both = both.fillna(0.0)
    change = both["b"] - both["a"]
    rep = status == "repeating"
    new = status == "new"
    cases.append({
        "split": s,
        "start": start.strftime("%Y-%m-%d"),
        "end": end.strftime("%Y-%m-%d"),
        "customers": {
            "new": int(new.sum()),
            "returned": int(sum(1 for c in both.index[new] if c in before)),
            "repeating": int(rep.sum()),
            "lapsed": int((status == "lapsed").sum()),
        },
        "revenue": {
            "earlier": float(both["a"].sum()),
            "later": float(both["b"].sum()),
            "fromNew": float(both["b"][new].sum()),
            "lost": float(both["a"][status == "lapsed"].sum()),
            "grown": float(change[rep & (change > 0)].sum()),
            "shrunk": float(-change[rep & (change < 0)].sum()),
        },
        "table": {
            "customer": both.index.tolist(),
            "status": status.tolist(),
            "change": [float(x) for x in change],
        },
    })
out = {"source": "../shared/data/ventas-por-factura.csv", "script": "tests/reference/make_periods.py",
       "pandas": pd.__version__, "python": sys.version.split()[0], "cases": cases}
with open(os.path.join(HERE, "periods.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
print(json.dumps([{k: c[k] for k in ("split", "start", "end", "customers", "revenue")} for c in cases], indent=1))
