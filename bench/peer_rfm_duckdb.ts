/**
 * Peer of our load + clean + RFM: embedded DuckDB (`@duckdb/node-api`, the engine `segment score
 * --db` uses) reading the same CSV and applying the same rules as one SQL statement: rows without
 * a customer, cancellations (invoice starting with C, any case), negative quantities and
 * non-positive amounts, and exact duplicate rows are removed; then one GROUP BY. Reading and
 * aggregating are both timed, as on our side. `OMP_NUM_THREADS=1` (the runner's one-thread
 * setting) runs DuckDB on one thread; otherwise it uses its default (every core).
 *
 *     deno run -A bench/peer_rfm_duckdb.ts '{"data": "bench/out/data/invoices_1000000_seed1.csv"}'
 *
 * @module
 */
import { DuckDBInstance } from "@duckdb/node-api";

function peakMB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(Deno.readTextFileSync("/proc/self/status"));
  return m ? Number(m[1]) / 1024 : NaN;
}

const params = JSON.parse(Deno.args[0]!) as { data: string };
const oneThread = Deno.env.get("OMP_NUM_THREADS") === "1";
const path = params.data.replaceAll("'", "''");
const instance = await DuckDBInstance.create(":memory:", oneThread ? { threads: "1" } : {});
const con = await instance.connect();
const t0 = performance.now();
const sql = `
WITH raw AS (
  SELECT * FROM read_csv('${path}', header = true, decimal_separator = ',',
    names = ['inv', 'd', 'cust', 'country', 'qty', 'amount'],
    types = {'inv': 'VARCHAR', 'd': 'VARCHAR', 'cust': 'VARCHAR', 'country': 'VARCHAR', 'qty': 'BIGINT', 'amount': 'DOUBLE'})
), typed AS (
  SELECT inv, strptime(d, '%m/%d/%Y %H:%M:%S') AS d, cust, country, qty, amount FROM raw
), kept AS (
  SELECT DISTINCT * FROM typed
  WHERE cust IS NOT NULL AND NOT starts_with(upper(inv), 'C') AND qty >= 0 AND amount > 0
), snap AS (
  SELECT date_trunc('day', max(d)) + INTERVAL 1 DAY AS s FROM kept
), rfm AS (
  SELECT cust, floor((epoch_ms((SELECT s FROM snap)) - epoch_ms(max(d))) / 86400000) AS r, count(DISTINCT inv) AS f, sum(amount) AS m
  FROM kept GROUP BY cust
)
SELECT count(*) AS customers, sum(r) AS sum_r, sum(f) AS sum_f, sum(m) AS sum_m FROM rfm`;
const row = (await con.runAndReadAll(sql)).getRowObjectsJS()[0] as Record<string, unknown>;
const seconds = (performance.now() - t0) / 1000;
con.closeSync();
instance.closeSync();
console.log(JSON.stringify({
  seconds,
  customers: Number(row.customers),
  sumR: Number(row.sum_r),
  sumF: Number(row.sum_f),
  sumM: Number(row.sum_m),
  peakMB: peakMB(),
}));
