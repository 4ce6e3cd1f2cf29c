/**
 * Real SQL engines for the SQL tests: DuckDB embedded, and a throwaway PostgreSQL 15 server
 * (Debian's `postgresql` package) started on a free port in a temporary folder and stopped after.
 */
import pl from "nodejs-polars";
import { existsSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import postgres from "postgres";
import { idAsText, isNumericDtype, isTemporalDtype, ROW_COLUMN } from "../../lib/base/frame.ts";

/** One engine: run statements, read rows as plain objects. */
export interface Engine {
  readonly name: "duckdb" | "postgres";
  /** The server's URL (PostgreSQL only), without a password. */
  readonly url?: string;
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** An in-memory DuckDB, or a DuckDB file. */
export async function duckdb(path = ":memory:"): Promise<Engine> {
  const instance = await DuckDBInstance.create(path);
  const con = await instance.connect();
  return {
    name: "duckdb",
    exec: async (sql) => void (await con.run(sql)),
    query: async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[],
    close: () => {
      con.closeSync();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

const BIN = "/usr/lib/postgresql/15/bin";

function run(cmd: string, args: string[], asPostgres: boolean): void {
  const argv = asPostgres ? ["-u", "postgres", "--", cmd, ...args] : args;
  const out = new Deno.Command(asPostgres ? "runuser" : cmd, { args: argv, stdout: "piped", stderr: "piped" })
    .outputSync();
  if (!out.success) {
    throw new Error(`${cmd} ${args.join(" ")} failed: ${new TextDecoder().decode(out.stderr)}`);
  }
}

/**
 * A PostgreSQL 15 server of its own (initdb + pg_ctl as the `postgres` user when run as root, on
 * 127.0.0.1 and a free port), or `null` with a visible notice where PostgreSQL is not installed.
 */
export async function startPostgres(): Promise<Engine | null> {
  if (!existsSync(`${BIN}/initdb`)) {
    console.warn(
      `SKIPPED: PostgreSQL 15 is not installed (${BIN}/initdb absent; apt-get install postgresql)`,
    );
    return null;
  }
  const root = Deno.uid() === 0;
  const dir = await Deno.makeTempDir({ prefix: "segmenta-pg-" });
  if (root) run("chown", ["postgres:postgres", dir], false);
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const data = `${dir}/data`;
  run(
    `${BIN}/initdb`,
    ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "-N"],
    root,
  );
  run(`${BIN}/pg_ctl`, [
    "-D",
    data,
    "-l",
    `${dir}/log`,
    "-w",
    "-o",
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`,
    "start",
  ], root);
  const sql = postgres({
    host: "127.0.0.1",
    port,
    user: "postgres",
    database: "postgres",
    onnotice: () => {},
  });
  return {
    name: "postgres",
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    exec: async (text) => void (await sql.unsafe(text)),
    query: async (text) => [...(await sql.unsafe(text))] as Record<string, unknown>[],
    close: async () => {
      await sql.end();
      run(`${BIN}/pg_ctl`, ["-D", data, "-m", "fast", "-w", "stop"], root);
      await Deno.remove(dir, { recursive: true });
    },
  };
}

/**
 * Create `name` in the engine from a loaded table, as a database would hold it: the text-id
 * columns as text (`17850`, never `17850.0`), dates as timestamps, numbers as doubles.
 */
export async function loadTable(
  engine: Engine,
  name: string,
  table: pl.DataFrame,
  textIds: readonly string[],
): Promise<void> {
  const columns = table.columns.filter((c) => c !== ROW_COLUMN);
  const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
  const kinds = columns.map((c) => {
    const dtype = table.getColumn(c).dtype;
    return textIds.includes(c)
      ? "text"
      : isTemporalDtype(dtype)
      ? "time"
      : isNumericDtype(dtype)
      ? "number"
      : "text";
  });
  const sqlType = { text: "VARCHAR", time: "TIMESTAMP", number: "DOUBLE PRECISION" } as const;
  await engine.exec(
    `CREATE TABLE ${quote(name)} (${columns.map((c, i) => `${quote(c)} ${sqlType[kinds[i]!]}`).join(", ")})`,
  );
  const prepared = table.select(
    ...columns.map((c, i) =>
      kinds[i] === "time"
        ? pl.col(c).cast(pl.Datetime("ms")).cast(pl.Int64).cast(pl.Float64).alias(c)
        : textIds.includes(c)
        ? idAsText(table, c).alias(c)
        : pl.col(c)
    ),
  );
  const rows = prepared.rows() as unknown[][];
  const literal = (v: unknown, kind: string) => {
    if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) return "NULL";
    if (kind === "time") return `'${new Date(Number(v)).toISOString().replace("T", " ").replace("Z", "")}'`;
    return `'${String(v).replaceAll("'", "''")}'`;
  };
  for (let i = 0; i < rows.length; i += 2000) {
    const values = rows.slice(i, i + 2000).map((r) =>
      `(${r.map((v, j) => literal(v, kinds[j]!)).join(", ")})`
    );
    await engine.exec(`INSERT INTO ${quote(name)} VALUES ${values.join(",\n")}`);
  }
}
