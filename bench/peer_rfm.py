"""Peer of our load + clean + RFM: pandas read_csv with an explicit date format, the same
cleaning rules (missing customer, cancellations, non-positive amounts, exact duplicates) and
one groupby. Read and aggregate are both timed, as on our side."""
import time

import pandas as pd
from _peer_io import emit, params

p = params()
t0 = time.perf_counter()
df = pd.read_csv(p["data"], decimal=",", dtype={"N° de factura": str})
df["Fecha de factura"] = pd.to_datetime(df["Fecha de factura"], format="%m/%d/%Y %H:%M:%S")
df = df.dropna(subset=["ID Cliente"])
df = df[~df["N° de factura"].str.upper().str.startswith("C")]
df = df[(df["Cantidad"] >= 0) & (df["Monto"] > 0)]
df = df.drop_duplicates()
snapshot = df["Fecha de factura"].max().normalize() + pd.Timedelta(days=1)
rfm = df.groupby("ID Cliente").agg(
    last=("Fecha de factura", "max"), frequency=("N° de factura", "nunique"), monetary=("Monto", "sum")
)
rfm["recency"] = (snapshot - rfm["last"]).dt.days
seconds = time.perf_counter() - t0
emit({
    "seconds": seconds,
    "customers": int(len(rfm)),
    "sumR": float(rfm["recency"].sum()),
    "sumF": float(rfm["frequency"].sum()),
    "sumM": float(rfm["monetary"].sum()),
})
