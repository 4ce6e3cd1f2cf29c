/**
 * The messages of a failed write name the folder and the cause, found by the error's code as
 * Deno 2.9 gives it (a full disk is a plain `Error` with `code` "ENOSPC": Deno has no class for
 * it), in every language; a missing Deno permission is not taken for a write failure.
 */
import assert from "node:assert/strict";
import { errorCode, isWriteFailure, writeFailureText } from "../../cli/_messages.ts";

function osError(message: string, code?: string): Error {
  const e = new Error(message);
  if (code !== undefined) Object.assign(e, { code });
  return e;
}

Deno.test("errorCode() reads the code Deno gives, else the os error number of the message, else the class", () => {
  assert.equal(
    errorCode(osError("No space left on device (os error 28): writefile 'a'", "ENOSPC")),
    "ENOSPC",
  );
  assert.equal(errorCode(osError("No space left on device (os error 28): writefile 'a'")), "ENOSPC");
  assert.equal(errorCode(osError("Read-only file system (os error 30): open 'a'")), "EROFS");
  assert.equal(errorCode(new Deno.errors.PermissionDenied("Permission denied")), "EACCES");
  assert.equal(errorCode(new Deno.errors.NotFound("gone")), "ENOENT");
  assert.equal(errorCode(new Error("something else")), undefined);
  assert.ok(!isWriteFailure(new Deno.errors.NotCapable("Requires write access")));
  assert.ok(isWriteFailure(osError("x", "EACCES")));
});

Deno.test("writeFailureText() names the folder, the cause and the flag, in en, es and id", () => {
  const cases: [Error, RegExp][] = [
    [
      osError("Permission denied (os error 13)", "EACCES"),
      /^Cannot write to the output folder "\/o": there is no permission to write there \(EACCES\); choose a folder you can write to with --out$/,
    ],
    [osError("Operation not permitted (os error 1)", "EPERM"), /no permission to write there \(EPERM\)/],
    [osError("Disk quota exceeded (os error 122)"), /the disk is full \(EDQUOT\)/],
    [
      osError("Not a directory (os error 20)", "ENOTDIR"),
      /part of its path is a file, not a folder \(ENOTDIR\); choose another --out$/,
    ],
    [
      osError("Input/output error (os error 5): writefile '/o/x.tmp'", "EIO"),
      /^Cannot write to the output folder "\/o": Input\/output error \(os error 5\); choose another --out$/,
    ],
  ];
  for (const [e, message] of cases) assert.match(writeFailureText(e, "/o", "en"), message);
  const full = osError("No space left on device (os error 28)", "ENOSPC");
  assert.match(
    writeFailureText(full, "/o", "es"),
    /^No se puede escribir en la carpeta de salida "\/o": el disco está lleno \(ENOSPC\)/,
  );
  assert.match(
    writeFailureText(full, "/o", "id"),
    /^Tidak dapat menulis ke folder keluaran "\/o": disk penuh \(ENOSPC\)/,
  );
});
