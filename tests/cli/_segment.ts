/** Run `deno task segment` as a user would: the launcher, which starts the narrow-permission CLI. */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** The project's root folder. */
export const ROOT: string = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The launcher behind `deno task segment`. */
export const LAUNCHER: string = join(ROOT, "cli", "segment.ts");

/** Run the launcher with `args` (from the project root), with extra environment variables. */
export async function segment(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--allow-run", "--allow-read", LAUNCHER, ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1", ...env },
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}
