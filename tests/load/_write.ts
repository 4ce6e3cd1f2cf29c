/** Test helper: write a fixture file into a fresh temporary folder and return its path. */
export async function writeFixture(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-load-" });
  const path = `${dir}/${name}`;
  if (typeof content === "string") await Deno.writeTextFile(path, content);
  else await Deno.writeFile(path, content);
  return path;
}

/** Latin-1 bytes of a string whose characters are all below U+0100. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
