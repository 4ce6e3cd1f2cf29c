/**
 * Private uniform grid for DBSCAN's radius queries in low dimensions: cells a hair wider than
 * `eps`, so every neighbour within `eps` of a row lies in the row's cell or an adjacent one (the
 * slack of 1e-6 cell is far above the rounding of the cell coordinates, which the cell-count cap
 * keeps below 2^23). Rows are copied in cell order. A row is within radius when its squared
 * distance, summed over columns in order, is `<= eps * eps`, as in the k-d tree.
 *
 * @module
 */

/** A built grid; see {@linkcode buildGrid}. */
export interface Grid {
  readonly d: number;
  /** Rows in cell order, row-major. */
  readonly points: Float64Array;
  /** Original row index of each row in cell order. */
  readonly index: Int32Array;
  /** Rows of cell c are `cellStart[c] .. cellStart[c + 1] - 1` in cell order. */
  readonly cellStart: Int32Array;
  /** Cells per column, and the stride of each column in the linear cell index. */
  readonly dims: Int32Array;
  readonly strides: Int32Array;
  readonly min: Float64Array;
  readonly size: number;
}

/** Most dimensions the grid is used for (3^d cells are visited per query). */
export const GRID_MAX_DIMENSIONS = 4;

/**
 * Build the grid, or return `null` when it would be too sparse (more than `max(4 n, 2^20)` cells,
 * e.g. a tiny `eps` on a wide range) or the data has more than four columns. A query visits 3^d
 * cells however many are empty, so empty cells cost only their 4 bytes and one pass to sum the
 * counts: up to 2^20 cells (4 MB) the grid beats the tree even on few rows.
 */
export function buildGrid(data: Float64Array, n: number, d: number, eps: number): Grid | null {
  if (d < 1 || d > GRID_MAX_DIMENSIONS || n === 0) return null;
  const size = eps * (1 + 1e-6);
  const min = new Float64Array(d).fill(Infinity), max = new Float64Array(d).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const v = data[i * d + j]!;
      if (v < min[j]!) min[j] = v;
      if (v > max[j]!) max[j] = v;
    }
  }
  // The cell coordinate (x - min) / size is rounded by about 2 ulp(max |x|) / size cells: it
  // must stay far below the 1e-6 cell of slack (data far from 0 with a tiny eps: use the tree).
  let maxAbs = 0;
  for (let j = 0; j < d; j++) maxAbs = Math.max(maxAbs, Math.abs(min[j]!), Math.abs(max[j]!));
  if ((maxAbs * 4.5e-16) / size > 1e-7) return null;
  const dims = new Int32Array(d), strides = new Int32Array(d);
  const cap = Math.min(Math.max(4 * n, 1 << 20), 1 << 23);
  let cells = 1;
  for (let j = 0; j < d; j++) {
    const g = Math.floor((max[j]! - min[j]!) / size) + 1;
    if (!(g >= 1) || cells * g > cap) return null;
    strides[j] = cells;
    dims[j] = g;
    cells *= g;
  }
  const cellOf = new Int32Array(n);
  const cellStart = new Int32Array(cells + 1);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < d; j++) {
      let g = Math.floor((data[i * d + j]! - min[j]!) / size);
      if (g >= dims[j]!) g = dims[j]! - 1;
      c += g * strides[j]!;
    }
    cellOf[i] = c;
    cellStart[c + 1]!++;
  }
  for (let c = 0; c < cells; c++) cellStart[c + 1]! += cellStart[c]!;
  const fill = cellStart.slice(0, cells);
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) index[fill[cellOf[i]!]!++] = i;
  const points = new Float64Array(n * d);
  for (let t = 0; t < n; t++) points.set(data.subarray(index[t]! * d, index[t]! * d + d), t * d);
  return { d, points, index, cellStart, dims, strides, min, size };
}

function sq(a: Float64Array, ao: number, b: Float64Array, bo: number, d: number): number {
  if (d === 3) {
    const t0 = a[ao]! - b[bo]!, t1 = a[ao + 1]! - b[bo + 1]!, t2 = a[ao + 2]! - b[bo + 2]!;
    return t0 * t0 + t1 * t1 + t2 * t2;
  }
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[ao + j]! - b[bo + j]!;
    s += t * t;
  }
  return s;
}

/**
 * Visit the rows (positions in cell order) of the cells adjacent to the query's, calling
 * `visit(t)` for each row within squared radius `r2`. `cell` is scratch of length `d`.
 */
function forNeighbours(
  g: Grid,
  q: Float64Array,
  qo: number,
  r2: number,
  cell: Int32Array,
  visit: (t: number) => void,
): void {
  const { d, dims, strides, min, size, cellStart, points } = g;
  for (let j = 0; j < d; j++) {
    let c = Math.floor((q[qo + j]! - min[j]!) / size);
    if (c >= dims[j]!) c = dims[j]! - 1;
    cell[j] = c;
  }
  // Odometer over the 3^d offsets in {-1, 0, 1}^d.
  const off = [-1, -1, -1, -1];
  for (;;) {
    let c = 0, inside = true;
    for (let j = 0; j < d; j++) {
      const v = cell[j]! + off[j]!;
      if (v < 0 || v >= dims[j]!) {
        inside = false;
        break;
      }
      c += v * strides[j]!;
    }
    if (inside) {
      for (let t = cellStart[c]!, e = cellStart[c + 1]!; t < e; t++) {
        if (sq(points, t * d, q, qo, d) <= r2) visit(t);
      }
    }
    let j = 0;
    while (j < d && off[j] === 1) off[j++] = -1;
    if (j === d) break;
    off[j]!++;
  }
}

/** Number of rows within squared radius `r2` of the query (itself included when it is a row). */
export function gridCount(g: Grid, q: Float64Array, qo: number, r2: number, cell: Int32Array): number {
  let count = 0;
  forNeighbours(g, q, qo, r2, cell, () => count++);
  return count;
}

/** Original indices of the rows within squared radius `r2`, into `out.buf` (grown as needed); returns how many. */
export function gridIndices(
  g: Grid,
  q: Float64Array,
  qo: number,
  r2: number,
  cell: Int32Array,
  out: { buf: Int32Array },
): number {
  let count = 0;
  const index = g.index;
  forNeighbours(g, q, qo, r2, cell, (t) => {
    if (count === out.buf.length) {
      const bigger = new Int32Array(out.buf.length * 2);
      bigger.set(out.buf);
      out.buf = bigger;
    }
    out.buf[count++] = index[t]!;
  });
  return count;
}
