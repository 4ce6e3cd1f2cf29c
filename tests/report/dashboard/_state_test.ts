import assert from "node:assert/strict";
import type { DashboardData } from "../../../lib/report/dashboard/_data.ts";
import { cellComparer } from "../../../lib/report/dashboard/_format.ts";
import {
  activeGrouping,
  chooseGrouping,
  chooseValue,
  initialState,
  segmentOf,
  selectOnly,
  sortBy,
  toggleSegment,
  turnPage,
  visibleRows,
} from "../../../lib/report/dashboard/_state.ts";

const compare = cellComparer(new Intl.Collator("en", { numeric: true }));

function data(rows: DashboardData["rows"], options: Partial<DashboardData> = {}): DashboardData {
  return {
    lang: "en",
    columns: ["id", "spend", "segment"],
    rows,
    segmentIndex: 2,
    valueIndices: [1],
    segments: ["a", "b"],
    colors: ["#111", "#222"],
    pageSize: 2,
    fileName: "s.csv",
    strings: {},
    ...options,
  };
}

const ROWS = [["x1", 5, "a"], ["x2", null, "b"], ["x3", 1, "a"], ["x4", 9, "b"], ["x5", "", "a"]] as const;

Deno.test("initialState() ticks every segment, keeps the embedded order and shows the first value column", () => {
  const s = initialState(data(ROWS));
  assert.deepEqual([...s.selected], ["a", "b"]);
  assert.deepEqual({ ...s, selected: null }, {
    selected: null,
    sortCol: -1,
    sortDir: 1,
    page: 0,
    valueCol: 1,
    grouping: 0,
  });
  assert.equal(initialState(data(ROWS, { valueIndices: [] })).valueCol, -1);
});

Deno.test("toggleSegment() and selectOnly() return a new state on the first page, leaving the old one", () => {
  const s = { ...initialState(data(ROWS)), page: 3 };
  const off = toggleSegment(s, "a", false);
  assert.deepEqual([...off.selected], ["b"]);
  assert.equal(off.page, 0);
  assert.deepEqual([...s.selected], ["a", "b"], "the input state is unchanged");
  assert.deepEqual([...toggleSegment(off, "a", true).selected].sort(), ["a", "b"]);
  assert.deepEqual([...selectOnly(s, []).selected], []);
  assert.equal(selectOnly(s, ["a"]).page, 0);
});

Deno.test("sortBy() sorts ascending, flips on the same column and starts ascending on another", () => {
  const s = { ...initialState(data(ROWS)), page: 2 };
  const up = sortBy(s, 1);
  assert.deepEqual([up.sortCol, up.sortDir, up.page], [1, 1, 0]);
  const down = sortBy(up, 1);
  assert.deepEqual([down.sortCol, down.sortDir], [1, -1]);
  const other = sortBy(down, 0);
  assert.deepEqual([other.sortCol, other.sortDir], [0, 1]);
});

Deno.test("turnPage() never goes before the first page; chooseValue() keeps the page", () => {
  const s = initialState(data(ROWS));
  assert.equal(turnPage(s, -1).page, 0);
  assert.equal(turnPage(turnPage(s, 1), 1).page, 2);
  const v = chooseValue({ ...s, page: 1 }, 0);
  assert.deepEqual([v.valueCol, v.page], [0, 1]);
});

Deno.test("segmentOf() reads numeric labels and empty cells as text", () => {
  assert.equal(segmentOf([1, -1], 1), "-1");
  assert.equal(segmentOf([1, null], 1), "");
});

Deno.test("visibleRows() keeps the ticked segments in the embedded order", () => {
  const d = data(ROWS);
  const rows = visibleRows(d, toggleSegment(initialState(d), "b", false), compare);
  assert.deepEqual(rows.map((r) => r[0]), ["x1", "x3", "x5"]);
  const numeric = data([[1, 0, 0], [2, 0, 1], [3, 0, -1]], { segments: ["0", "1", "-1"] });
  assert.deepEqual(
    visibleRows(numeric, toggleSegment(initialState(numeric), "1", false), compare).map((r) => r[0]),
    [1, 3],
  );
});

Deno.test("visibleRows() sorts stably either way, with empty cells last in both directions", () => {
  const d = data(ROWS);
  const up = sortBy(initialState(d), 1);
  assert.deepEqual(visibleRows(d, up, compare).map((r) => r[0]), ["x3", "x1", "x4", "x2", "x5"]);
  assert.deepEqual(visibleRows(d, sortBy(up, 1), compare).map((r) => r[0]), ["x4", "x1", "x3", "x2", "x5"]);
  const bySegment = sortBy(initialState(d), 2);
  assert.deepEqual(visibleRows(d, bySegment, compare).map((r) => r[0]), ["x1", "x3", "x5", "x2", "x4"]);
  assert.deepEqual(visibleRows(d, sortBy(bySegment, 2), compare).map((r) => r[0]), [
    "x2",
    "x4",
    "x1",
    "x3",
    "x5",
  ]);
});

Deno.test("chooseGrouping() switches the filter to another segment column: all its segments ticked, first page", () => {
  const rows = [["x1", 5, "a", "Champions"], ["x2", 1, "b", "At risk"], ["x3", 2, "a", "At risk"]] as const;
  const d = data(rows, {
    columns: ["id", "spend", "segment", "rfm"],
    groupings: [
      { label: "k-means", segmentIndex: 2, segments: ["a", "b"], colors: ["#111", "#222"] },
      { label: "RFM", segmentIndex: 3, segments: ["Champions", "At risk"], colors: ["#333", "#444"] },
    ],
  });
  const first = initialState(d);
  assert.equal(activeGrouping(d, first).label, "k-means");
  const rfm = chooseGrouping(d, { ...turnPage(first, 1), sortCol: 1 }, 1);
  assert.deepEqual([rfm.grouping, rfm.page, rfm.sortCol], [1, 0, 1]);
  assert.deepEqual([...rfm.selected], ["Champions", "At risk"]);
  const atRisk = toggleSegment(rfm, "Champions", false);
  assert.deepEqual(visibleRows(d, atRisk, compare).map((r) => r[0]), ["x2", "x3"]); // sorted by spend
  assert.equal(chooseGrouping(d, rfm, 5), rfm, "an unknown grouping changes nothing");
});
