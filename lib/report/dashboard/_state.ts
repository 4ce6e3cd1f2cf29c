// Private (dashboard, runs in the browser): what the reader has chosen, and the rows that follow from it.
// Every change returns a new state; `client.ts` keeps the current one.
import type { Cell, DashboardData, DashboardGrouping } from "./_data.ts";
import { isEmptyCell } from "./_format.ts";

/** The reader's choices. */
export interface DashboardState {
  /** Segments ticked in the filter. */
  readonly selected: ReadonlySet<string>;
  /** Column the table is sorted by, `-1` for the embedded order. */
  readonly sortCol: number;
  /** `1` ascending, `-1` descending. */
  readonly sortDir: 1 | -1;
  /** Page of the table, from 0 (may be past the end until {@linkcode paginate} clamps it). */
  readonly page: number;
  /** Column shown in the means chart, `-1` when there is none. */
  readonly valueCol: number;
  /** The grouping shown (an index of `data.groupings`), 0 for the first. */
  readonly grouping: number;
}

/** The groupings of the data: as given, or the one its segment column makes. */
export function groupingsOf(data: DashboardData): readonly DashboardGrouping[] {
  return data.groupings?.length
    ? data.groupings
    : [{ label: "", segmentIndex: data.segmentIndex, segments: data.segments, colors: data.colors }];
}

/** The grouping the state shows. */
export function activeGrouping(data: DashboardData, state: DashboardState): DashboardGrouping {
  const all = groupingsOf(data);
  return all[Math.min(Math.max(0, state.grouping), all.length - 1)]!;
}

/** Switch to another grouping: every one of its segments ticked, first page, the sort kept. */
export function chooseGrouping(data: DashboardData, state: DashboardState, grouping: number): DashboardState {
  const g = groupingsOf(data)[grouping];
  if (g === undefined) return state;
  return { ...state, grouping, selected: new Set(g.segments), page: 0 };
}

/** Every segment ticked, embedded order, first page, first value column. */
export function initialState(data: DashboardData): DashboardState {
  return {
    selected: new Set(data.segments),
    sortCol: -1,
    sortDir: 1,
    page: 0,
    valueCol: data.valueIndices[0] ?? -1,
    grouping: 0,
  };
}

/** Tick or untick one segment (back to the first page). */
export function toggleSegment(state: DashboardState, segment: string, on: boolean): DashboardState {
  const selected = new Set(state.selected);
  if (on) selected.add(segment);
  else selected.delete(segment);
  return { ...state, selected, page: 0 };
}

/** Tick the given segments only (all of them, or none; back to the first page). */
export function selectOnly(state: DashboardState, segments: readonly string[]): DashboardState {
  return { ...state, selected: new Set(segments), page: 0 };
}

/** Sort by a column: ascending, or the other way round when it is already the sort column (first page). */
export function sortBy(state: DashboardState, col: number): DashboardState {
  const sortDir = state.sortCol === col ? (-state.sortDir as 1 | -1) : 1;
  return { ...state, sortCol: col, sortDir, page: 0 };
}

/** Move `delta` pages, never before the first ({@linkcode paginate} stops at the last). */
export function turnPage(state: DashboardState, delta: number): DashboardState {
  return { ...state, page: Math.max(0, state.page + delta) };
}

/** Show another column in the means chart. */
export function chooseValue(state: DashboardState, col: number): DashboardState {
  return { ...state, valueCol: col };
}

/** The segment of a row, as text (numeric labels too). */
export function segmentOf(row: readonly unknown[], segmentIndex: number): string {
  return String(row[segmentIndex] ?? "");
}

/**
 * The rows in the ticked segments, sorted as chosen: a stable sort, empty cells last in either
 * direction.
 *
 * @param data The embedded data.
 * @param state The reader's choices.
 * @param compare The cell order (see `cellComparer`).
 * @returns The rows to show, download and count.
 */
export function visibleRows(
  data: DashboardData,
  state: DashboardState,
  compare: (a: unknown, b: unknown) => number,
): (readonly Cell[])[] {
  const segmentIndex = activeGrouping(data, state).segmentIndex;
  const rows = data.rows.filter((r) => state.selected.has(segmentOf(r, segmentIndex)));
  if (state.sortCol < 0) return rows;
  const c = state.sortCol, dir = state.sortDir;
  const idx = rows.map((_, i) => i);
  idx.sort((i, j) => {
    const a = rows[i]![c], b = rows[j]![c];
    if (isEmptyCell(a) || isEmptyCell(b)) return compare(a, b) || i - j; // empty cells last either way
    return dir * compare(a, b) || i - j;
  });
  return idx.map((i) => rows[i]!);
}
