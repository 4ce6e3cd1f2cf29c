/** The pandas reference of tests/reference/make_rfm.py, and the same cleaning done in polars. */
import pl from "nodejs-polars";
import type { RoleMap } from "../../lib/base/types.ts";

/** What make_rfm.py wrote. */
export interface RfmReference {
  pandas: string;
  cleaning: Record<string, number>;
  snapshot: string;
  customers: number;
  thresholds: { recency: number[]; frequency: number[]; monetary: number[] };
  rfm: {
    customer: string[];
    recency: number[];
    frequency: number[];
    monetary: number[];
    first_purchase: string[];
    last_purchase: string[];
    r_score: number[];
    f_score: number[];
    m_score: number[];
  };
}

/** tests/reference/rfm.json, parsed. */
export function rfmReference(): RfmReference {
  return JSON.parse(Deno.readTextFileSync(new URL("../reference/rfm.json", import.meta.url)));
}

/** Roles of the retail file's Spanish headers. */
export const VENTAS_ROLES: RoleMap = {
  invoice: "N° de factura",
  date: "Fecha de factura",
  customer: "ID Cliente",
  country: "País",
  quantity: "Cantidad",
  amount: "Monto",
};

/**
 * Read ventas-por-factura.csv with polars directly and clean it by make_rfm.py's rules, in its
 * order; stands in for lib/load + lib/clean where those are not used.
 */
export function readVentasByHand(path: string): { table: pl.DataFrame; counts: Record<string, number> } {
  const raw = pl.readCSV(path, { inferSchemaLength: 0 });
  const r = VENTAS_ROLES as Required<RoleMap>;
  let t = raw.select(
    pl.col(r.invoice).str.strip().alias(r.invoice),
    pl.col(r.date).str.strptime(pl.Datetime("ms"), "%m/%d/%Y %H:%M:%S").cast(pl.Datetime("ms")).alias(r.date),
    pl.col(r.customer).str.strip().alias(r.customer),
    pl.col(r.country),
    pl.col(r.quantity).cast(pl.Int64),
    pl.col(r.amount).str.replace(",", ".").cast(pl.Float64).alias(r.amount),
  );
  const counts: Record<string, number> = { rows_in: t.height };
  const step = (name: string, keep: pl.Expr) => {
    const before = t.height;
    t = t.filter(keep);
    counts[name] = before - t.height;
  };
  step("missing_customer", pl.col(r.customer).isNotNull().and(pl.col(r.customer).neq(pl.lit(""))));
  step("cancellation", pl.col(r.invoice).str.startsWith("C").not());
  step("non_positive", pl.col(r.amount).gt(0).and(pl.col(r.quantity).gt(0)));
  const before = t.height;
  t = t.unique({ maintainOrder: true });
  counts.duplicate = before - t.height;
  counts.rows_kept = t.height;
  return { table: t, counts };
}
