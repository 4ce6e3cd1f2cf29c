// Small files the app's tests upload.

/** A `;` file of whole euros written with a dot for thousands (`30.663`): the decimal mark is ambiguous. */
export function ambiguousDecimalCsv(rows = 40): string {
  const lines = ["Cliente;Saldo;Compras;Visitas"];
  for (let i = 0; i < rows; i++) {
    const saldo = 10 + ((i * 7919) % 90);
    lines.push(
      `C${100 + i};${saldo}.${String((i * 337) % 1000).padStart(3, "0")};${1 + (i * 13) % 17};${2 + (i % 9)}`,
    );
  }
  return lines.join("\n") + "\n";
}
