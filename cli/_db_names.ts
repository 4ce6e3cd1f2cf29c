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
