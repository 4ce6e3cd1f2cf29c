// Private (dashboard, runs in the browser): the rows of the table's current page, and the sort mark.
import type { Cell } from "./_data.ts";

/**
 * The `<tr>` elements of one page: numbers right-aligned (`class="num"`), text over 30 characters
 * with its full text as a tooltip (the CSS cuts it), and one `noRows` cell across the table when
 * the page is empty.
 *
 * @param doc The page.
 * @param rows The page's rows.
 * @param columnCount How many columns the table has.
 * @param noRows The text for an empty page.
 * @param format How a cell is shown.
 * @param labels The column headers, put on each cell as `data-label` (the stacked layout shows them).
 * @returns The rows, for `tbody.replaceChildren`.
 */
export function tableRows(
  doc: Document,
  rows: readonly (readonly Cell[])[],
  columnCount: number,
  noRows: string,
  format: (v: unknown) => string,
  labels: readonly string[] = [],
): HTMLTableRowElement[] {
  const trs = rows.map((r) => {
    const tr = doc.createElement("tr");
    r.forEach((v, j) => {
      const td = doc.createElement("td");
      if (labels[j] !== undefined) td.dataset.label = labels[j];
      if (typeof v === "number") td.className = "num";
      td.textContent = format(v);
      if (typeof v === "string" && v.length > 30) td.title = v;
      tr.append(td);
    });
    return tr;
  });
  if (trs.length === 0) {
    const tr = doc.createElement("tr");
    const td = doc.createElement("td");
    td.colSpan = columnCount;
    td.textContent = noRows;
    tr.append(td);
    trs.push(tr);
  }
  return trs;
}

/**
 * Put `aria-sort` on the sort column's header (and take it off the others).
 *
 * @param headers The header cells, one per column.
 * @param sortCol The sort column, `-1` for none.
 * @param sortDir `1` ascending, `-1` descending.
 */
export function markSorted(headers: readonly Element[], sortCol: number, sortDir: 1 | -1): void {
  headers.forEach((th, col) => {
    if (col === sortCol) th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
    else th.removeAttribute("aria-sort");
  });
}
