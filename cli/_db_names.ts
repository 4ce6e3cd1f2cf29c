/**
 * What the launcher must know about `--db` without loading any library: the environment
 * variables the PostgreSQL client may read, and the host and port to allow.
 *
 * @module
 */

/** The environment variables the PostgreSQL client may read (the launcher allows exactly these with --db). */
export const PG_ENV_NAMES: readonly string[] = [
  "PGHOST",
  "PGPORT",
  "PGUSER",
  "PGUSERNAME",
  "PGPASSWORD",
  "PGDATABASE",
  "PGAPPNAME",
  "PGTARGETSESSIONATTRS",
  "USERNAME",
  "USER",
  "LOGNAME",
];

/** `host:port` of a PostgreSQL URL, for --allow-net; `null` if it is not one. */
export function pgHostPort(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") return null;
    return `${u.hostname || "localhost"}:${u.port || "5432"}`;
  } catch {
    return null;
  }
}

/** Whether `--db` names a DuckDB source (a `.duckdb`/`.db` file, or Parquet files) rather than a PostgreSQL URL. */
export function isDuckDbSource(db: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(db);
}

/** Whether a DuckDB source is Parquet (a file or a glob ending in `.parquet`). */
export function isParquet(db: string): boolean {
  return /\.parquet$/i.test(db);
}

/** The folder to allow reading for a DuckDB source: the file itself, or the folder of a glob. */
export function duckDbReadPath(db: string): string {
  const star = db.search(/[*?[]/);
  if (star < 0) return db;
  const slash = db.lastIndexOf("/", star);
  return slash < 0 ? "." : db.slice(0, slash) || "/";
}
