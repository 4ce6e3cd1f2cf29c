/**
 * Private k-d tree for radius and k-nearest-neighbour queries (DBSCAN, k-distances).
 * Points are copied in tree order into one `Float64Array` so leaves are contiguous; each node
 * keeps its bounding box. Distances are squared Euclidean, summed over columns in order, and a
 * point is within radius `r` when that sum is `<= r * r` (scikit-learn's KDTree test).
 *
 * @module
 */

const LEAF_SIZE = 16;

/** A built tree; see {@linkcode buildKdTree}. */
export interface KdTree {
  readonly n: number;
  readonly d: number;
  /** Points in tree order, row-major. */
  readonly points: Float64Array;
  /** Original row index of each point in tree order. */
  readonly index: Int32Array;
  /** Per node: first and past-last position in tree order, children (-1 for a leaf). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Per node: bounding box, `lo[node * d + j]`, `hi[node * d + j]`. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly nodes: number;
}

/** Build a k-d tree over the `n` rows of `data` (row-major, `d` columns), splitting at the median of the widest box side. */
export function buildKdTree(data: Float64Array, n: number, d: number): KdTree {
  const maxNodes = 2 * Math.max(1, Math.ceil(n / LEAF_SIZE)) * 2 + 1;
  const start = new Int32Array(maxNodes), end = new Int32Array(maxNodes);
  const left = new Int32Array(maxNodes).fill(-1), right = new Int32Array(maxNodes).fill(-1);
  const lo = new Float64Array(maxNodes * d), hi = new Float64Array(maxNodes * d);
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let nodes = 0;
  // Explicit stack of nodes to split.
  const stack: number[] = [];
  start[0] = 0;
  end[0] = n;
  nodes = 1;
  stack.push(0);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const s = start[node]!, e = end[node]!;
    // Bounding box, and its widest column.
    const widest = boundingBox(data, d, idx, s, e, lo, hi, node);
    const width = hi[node * d + widest]! - lo[node * d + widest]!;
    if (e - s <= LEAF_SIZE || width <= 0) continue;
    const mid = (s + e) >>> 1;
    select(idx, data, d, widest, s, e - 1, mid);
    const l = nodes++, r = nodes++;
    start[l] = s;
    end[l] = mid;
    start[r] = mid;
    end[r] = e;
    left[node] = l;
    right[node] = r;
    stack.push(r, l);
  }
  const points = new Float64Array(n * d);
  for (let t = 0; t < n; t++) points.set(data.subarray(idx[t]! * d, idx[t]! * d + d), t * d);
  return { n, d, points, index: idx, start, end, left, right, lo, hi, nodes };
}

// The loops of the build are leaf functions: V8 compiles a loop nested in a larger function on
// the fly and drops that code every time the loop exits (measured: hundreds of such drops while
// building one tree of 25,000 rows), while a small function is compiled once, whole.

/** Box of `idx[s..e)` into `lo`/`hi` at `node`; returns the widest column (the first on ties). */
function boundingBox(
  data: Float64Array,
  d: number,
  idx: Int32Array,
  s: number,
  e: number,
  lo: Float64Array,
  hi: Float64Array,
  node: number,
): number {
  let widest = 0, width = -1;
  for (let j = 0; j < d; j++) {
    const mn = columnMin(data, d, idx, s, e, j), mx = columnMax(data, d, idx, s, e, j);
    lo[node * d + j] = mn;
    hi[node * d + j] = mx;
    if (mx - mn > width) {
      width = mx - mn;
      widest = j;
    }
  }
  return widest;
}

function columnMin(data: Float64Array, d: number, idx: Int32Array, s: number, e: number, j: number): number {
  let mn = Infinity;
  for (let t = s; t < e; t++) {
    const v = data[idx[t]! * d + j]!;
    if (v < mn) mn = v;
  }
  return mn;
}

function columnMax(data: Float64Array, d: number, idx: Int32Array, s: number, e: number, j: number): number {
  let mx = -Infinity;
  for (let t = s; t < e; t++) {
    const v = data[idx[t]! * d + j]!;
    if (v > mx) mx = v;
  }
  return mx;
}

/** Quickselect on `idx[a..b]` by column `j` so that position `m` holds its order statistic. */
function select(
  idx: Int32Array,
  data: Float64Array,
  d: number,
  j: number,
  a: number,
  b: number,
  m: number,
): void {
  const ik = new Int32Array(2);
  while (b > a) {
    // Median of three as pivot.
    const c = (a + b) >>> 1;
    const va = data[idx[a]! * d + j]!, vb = data[idx[b]! * d + j]!, vc = data[idx[c]! * d + j]!;
    const pivot = va < vb ? (vb < vc ? vb : va < vc ? vc : va) : (va < vc ? va : vb < vc ? vc : vb);
    partition(idx, data, d, j, a, b, pivot, ik);
    const i = ik[0]!, k = ik[1]!;
    if (m <= k) b = k;
    else if (m >= i) a = i;
    else return;
  }
}

/** Hoare partition of `idx[a..b]` around `pivot`; the final i and k into `ik`. */
function partition(
  idx: Int32Array,
  data: Float64Array,
  d: number,
  j: number,
  a: number,
  b: number,
  pivot: number,
  ik: Int32Array,
): void {
  let i = a, k = b;
  while (i <= k) {
    while (data[idx[i]! * d + j]! < pivot) i++;
    while (data[idx[k]! * d + j]! > pivot) k--;
    if (i <= k) {
      const t = idx[i]!;
      idx[i] = idx[k]!;
      idx[k] = t;
      i++;
      k--;
    }
  }
  ik[0] = i;
  ik[1] = k;
}

/** Squared distance from query `q` (offset `qo`) to the box of `node`: 0 inside. */
function minDist(tree: KdTree, node: number, q: Float64Array, qo: number): number {
  const d = tree.d, lo = tree.lo, hi = tree.hi;
  let s = 0;
  for (let j = 0; j < d; j++) {
    const v = q[qo + j]!;
    const a = lo[node * d + j]! - v, b = v - hi[node * d + j]!;
    const t = a > 0 ? a : b > 0 ? b : 0;
    s += t * t;
  }
  return s;
}

/** Squared distance from `q` to the farthest corner of the box of `node`. */
function maxDist(tree: KdTree, node: number, q: Float64Array, qo: number): number {
  const d = tree.d, lo = tree.lo, hi = tree.hi;
  let s = 0;
  for (let j = 0; j < d; j++) {
    const v = q[qo + j]!;
    const a = v - lo[node * d + j]!, b = hi[node * d + j]! - v;
    const t = a > b ? a : b;
    s += t * t;
  }
  return s;
}

/** Reusable query stack. */
export function makeStack(tree: KdTree): Int32Array {
  return new Int32Array(Math.max(64, 4 * Math.ceil(Math.log2(tree.nodes + 2)) + 16));
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
 * Number of points within squared radius `r2` of `q` (the query itself included when it is a
 * point of the tree). A box wholly inside the radius is counted without per-point distances:
 * rounding is monotone, so every point in it has a computed distance `<=` the corner's. The count
 * stops once it reaches `limit` (DBSCAN's core test needs no more; `Infinity` counts all), visiting
 * the nearer child of each node first so that it gets there soon; the result is then some number
 * `>= limit`.
 */
export function radiusCount(
  tree: KdTree,
  q: Float64Array,
  qo: number,
  r2: number,
  stack: Int32Array,
  limit: number,
): number {
  const { d, points, start, end, left, right } = tree;
  let top = 0, count = 0;
  stack[top++] = 0;
  while (top > 0) {
    const node = stack[--top]!;
    if (minDist(tree, node, q, qo) > r2) continue;
    if (maxDist(tree, node, q, qo) <= r2) {
      count += end[node]! - start[node]!;
      if (count >= limit) return count;
      continue;
    }
    const l = left[node]!;
    if (l < 0) {
      count += leafCount(points, start[node]!, end[node]!, d, q, qo, r2);
      if (count >= limit) return count;
      continue;
    }
    // The nearer child first, so that a count with a limit reaches it soon.
    const r = right[node]!;
    if (minDist(tree, l, q, qo) <= minDist(tree, r, q, qo)) {
      stack[top++] = r;
      stack[top++] = l;
    } else {
      stack[top++] = l;
      stack[top++] = r;
    }
  }
  return count;
}

/** Points `s..e-1` within squared radius `r2` of `q` (each sum stops once past `r2`, as it can only grow). */
function leafCount(
  points: Float64Array,
  s: number,
  e: number,
  d: number,
  q: Float64Array,
  qo: number,
  r2: number,
): number {
  let count = 0;
  for (let t = s; t < e; t++) if (within(points, t * d, q, qo, d, r2)) count++;
  return count;
}

/**
 * Whether the squared distance (summed as `sq` does) is `<= r2`: on many columns the sum stops
 * once past `r2` (it only grows, and rounding is monotone), so far points cost a few columns.
 */
function within(a: Float64Array, ao: number, b: Float64Array, bo: number, d: number, r2: number): boolean {
  if (d <= 4) return sq(a, ao, b, bo, d) <= r2;
  let s = 0, j = 0;
  for (; j + 4 <= d; j += 4) {
    const t0 = a[ao + j]! - b[bo + j]!, t1 = a[ao + j + 1]! - b[bo + j + 1]!;
    const t2 = a[ao + j + 2]! - b[bo + j + 2]!, t3 = a[ao + j + 3]! - b[bo + j + 3]!;
    s += t0 * t0;
    s += t1 * t1;
    s += t2 * t2;
    s += t3 * t3;
    if (s > r2) return false;
  }
  for (; j < d; j++) {
    const t = a[ao + j]! - b[bo + j]!;
    s += t * t;
  }
  return s <= r2;
}

/**
 * The points of a tree not yet taken (by a DBSCAN cluster), per node and per position, so that
 * {@linkcode openIndices} skips whole boxes whose points are all taken.
 */
export interface OpenSet {
  /** Per node: points of its box not yet taken. */
  readonly open: Int32Array;
  /** Per tree position: 1 while the point is not taken. */
  readonly isOpen: Uint8Array;
  /** Per node: its parent (-1 for the root); per position: its leaf; per original row: its position. */
  readonly parent: Int32Array;
  readonly leafOf: Int32Array;
  readonly position: Int32Array;
}

/** Every point of `tree` open. */
export function makeOpenSet(tree: KdTree): OpenSet {
  const { nodes, start, end, left, right, index, n } = tree;
  const open = new Int32Array(nodes), parent = new Int32Array(nodes).fill(-1);
  const leafOf = new Int32Array(n), position = new Int32Array(n);
  for (let node = 0; node < nodes; node++) {
    open[node] = end[node]! - start[node]!;
    const l = left[node]!;
    if (l >= 0) {
      parent[l] = node;
      parent[right[node]!] = node;
    } else for (let t = start[node]!; t < end[node]!; t++) leafOf[t] = node;
  }
  for (let t = 0; t < n; t++) position[index[t]!] = t;
  return { open, isOpen: new Uint8Array(n).fill(1), parent, leafOf, position };
}

/** Take original row `row` out of the open set. */
export function closeRow(set: OpenSet, row: number): void {
  const t = set.position[row]!;
  if (set.isOpen[t] === 0) return;
  set.isOpen[t] = 0;
  for (let node = set.leafOf[t]!; node >= 0; node = set.parent[node]!) set.open[node]!--;
}

/**
 * The points within squared radius `r2` of `q` that are still open in `set`: original indices into
 * `out.buf`, returns how many. Boxes with no open point are skipped unvisited.
 */
export function openIndices(
  tree: KdTree,
  set: OpenSet,
  q: Float64Array,
  qo: number,
  r2: number,
  stack: Int32Array,
  out: { buf: Int32Array },
): number {
  const { d, points, start, end, left, right, index } = tree;
  const { open, isOpen } = set;
  let top = 0, count = 0;
  let buf = out.buf;
  stack[top++] = 0;
  while (top > 0) {
    const node = stack[--top]!;
    if (open[node] === 0 || minDist(tree, node, q, qo) > r2) continue;
    const l = left[node]!;
    const all = maxDist(tree, node, q, qo) <= r2;
    if (!all && l >= 0) {
      stack[top++] = right[node]!;
      stack[top++] = l;
      continue;
    }
    const s = start[node]!, e = end[node]!;
    if (count + (e - s) > buf.length) {
      const bigger = new Int32Array(Math.max(buf.length * 2, count + (e - s)));
      bigger.set(buf.subarray(0, count));
      buf = out.buf = bigger;
    }
    count = all
      ? takeAll(isOpen, index, s, e, buf, count)
      : takeWithin(points, isOpen, index, s, e, d, q, qo, r2, buf, count);
  }
  return count;
}

function takeAll(
  isOpen: Uint8Array,
  index: Int32Array,
  s: number,
  e: number,
  buf: Int32Array,
  count: number,
): number {
  for (let t = s; t < e; t++) if (isOpen[t] === 1) buf[count++] = index[t]!;
  return count;
}

function takeWithin(
  points: Float64Array,
  isOpen: Uint8Array,
  index: Int32Array,
  s: number,
  e: number,
  d: number,
  q: Float64Array,
  qo: number,
  r2: number,
  buf: Int32Array,
  count: number,
): number {
  for (let t = s; t < e; t++) {
    if (isOpen[t] === 1 && within(points, t * d, q, qo, d, r2)) buf[count++] = index[t]!;
  }
  return count;
}

/**
 * Add `dd` to a max-heap of the `k` smallest values seen (`size` of them so far): sift it up while
 * the heap is not full, else replace the root when `dd` is smaller and sift down.
 * @returns The heap's new size.
 */
function keepSmallest(heap: Float64Array, size: number, k: number, dd: number): number {
  if (size < k) {
    let c = size;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (heap[p]! >= dd) break;
      heap[c] = heap[p]!;
      c = p;
    }
    heap[c] = dd;
    return size + 1;
  }
  if (dd < heap[0]!) {
    let c = 0;
    for (;;) {
      let m = 2 * c + 1;
      if (m >= k) break;
      if (m + 1 < k && heap[m + 1]! > heap[m]!) m++;
      if (heap[m]! <= dd) break;
      heap[c] = heap[m]!;
      c = m;
    }
    heap[c] = dd;
  }
  return size;
}

/**
 * Squared distance from `q` to its `k`-th nearest point of the tree (the query itself counts
 * when it is a point of the tree). `heap` must hold at least `k` values.
 */
export function kthNearest(
  tree: KdTree,
  q: Float64Array,
  qo: number,
  k: number,
  stack: Int32Array,
  heap: Float64Array,
  bound: Float64Array,
): number {
  const { d, points, start, end, left, right, lo, hi } = tree;
  // Max-heap of the k smallest distances so far; `bound` holds each stacked node's box distance.
  let size = 0;
  let top = 0;
  stack[top] = 0;
  bound[top++] = 0;
  while (top > 0) {
    --top;
    const node = stack[top]!;
    if (size === k && bound[top]! > heap[0]!) continue;
    const l = left[node]!;
    if (l < 0) {
      for (let t = start[node]!, e = end[node]!; t < e; t++) {
        size = keepSmallest(heap, size, k, sq(points, t * d, q, qo, d));
      }
      continue;
    }
    // Visit the nearer child first (pushed last); skip a child already too far.
    const r = right[node]!;
    let dl = 0, dr = 0;
    for (let j = 0; j < d; j++) {
      const v = q[qo + j]!;
      const al = lo[l * d + j]! - v, bl = v - hi[l * d + j]!;
      const tl = al > 0 ? al : bl > 0 ? bl : 0;
      dl += tl * tl;
      const ar = lo[r * d + j]! - v, br = v - hi[r * d + j]!;
      const tr = ar > 0 ? ar : br > 0 ? br : 0;
      dr += tr * tr;
    }
    const full = size === k, worst = full ? heap[0]! : Infinity;
    if (dl <= dr) {
      if (dr <= worst) {
        stack[top] = r;
        bound[top++] = dr;
      }
      if (dl <= worst) {
        stack[top] = l;
        bound[top++] = dl;
      }
    } else {
      if (dl <= worst) {
        stack[top] = l;
        bound[top++] = dl;
      }
      if (dr <= worst) {
        stack[top] = r;
        bound[top++] = dr;
      }
    }
  }
  return heap[0]!;
}
