// Private: the report's inline stylesheet (system fonts only, nothing fetched).

/**
 * Widths (px) a table may need before it no longer fits: `renderReport` gives each table the class
 * `fit-<w>` of the first of these at least its estimated width, and below that container width the
 * table is stacked (one block per row, each cell with its header), so no column is pushed out of view.
 */
export const FIT_WIDTHS: readonly number[] = [
  400,
  500,
  600,
  700,
  800,
  900,
  1000,
  1100,
  1300,
  1600,
  2000,
  3000,
];

/** The stacked layout of a table, for the tables that need at least `width` px. */
function stacked(width: number): string {
  const t = `table.fit-${width}`;
  return `@container (max-width:${width - 1}px){` +
    `${t},${t} tbody,${t} tr{display:block}${t} thead tr{display:flex;flex-wrap:wrap;gap:2px 14px}` +
    `${t} thead th{border:0;padding:2px 0;white-space:normal}` +
    `${t} tbody tr{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 8px}` +
    `${t} td{display:grid;grid-template-columns:minmax(7em,40%) minmax(0,1fr);gap:10px;border:0;padding:1px 0;` +
    `text-align:left;max-width:none!important;white-space:normal!important;overflow-wrap:anywhere;min-width:0}` +
    `${t} td::before{content:attr(data-label);color:var(--muted);overflow-wrap:anywhere;min-width:0}}`;
}

export const CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#dde1e8;--bg:#fff;--soft:#f5f7fa;--good:#1a7f37;--warn:#9a6700;--bad:#cf222e}
*{box-sizing:border-box}[hidden]{display:none!important}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1040px;margin:0 auto;padding:24px 20px 60px}
h1{font-size:1.8em;margin:.2em 0}h2{font-size:1.35em;margin:1.8em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--line)}
h3{font-size:1.08em;margin:.2em 0}
.subtitle{color:var(--muted);margin:0 0 1em}
nav.toc{font-size:.9em;color:var(--muted)}nav.toc a{margin-right:1em;color:inherit}
.verdict{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:6px;padding:12px 16px;margin:16px 0;background:var(--soft)}
.verdict.good{border-left-color:var(--good)}.verdict.warn{border-left-color:var(--warn)}.verdict.bad{border-left-color:var(--bad)}
.verdict .level{font-weight:700;text-transform:uppercase;font-size:.8em;letter-spacing:.05em}
.verdict.good .level{color:var(--good)}.verdict.warn .level{color:var(--warn)}.verdict.bad .level{color:var(--bad)}
.verdict .headline{font-size:1.15em;font-weight:600;margin:.2em 0}
.warnings{border:1px solid #f0d58c;background:#fff8e1;border-radius:6px;padding:8px 16px}
.summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin:0;padding:0}
.summary div{background:var(--soft);border-radius:6px;padding:8px 12px}.summary dt{color:var(--muted);font-size:.85em}.summary dd{margin:0;font-size:1.25em;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px}
.card{border:1px solid var(--line);border-top:5px solid var(--c,#4269d0);border-radius:6px;padding:12px 14px}
.card .meta{color:var(--muted);font-size:.9em;margin:0 0 .4em}.card h4{margin:.6em 0 .2em;font-size:.9em}
.card ol{margin:.2em 0;padding-left:1.3em}.card dl{display:grid;grid-template-columns:auto auto;gap:0 12px;margin:.2em 0;font-size:.9em}.card dd{margin:0;text-align:right}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.table-wrap{overflow-x:auto;container-type:inline-size}
th{overflow-wrap:break-word}
#sg-table th,#sg-table td{white-space:nowrap}#sg-table td{max-width:30ch;overflow:hidden;text-overflow:ellipsis}
td.long{min-width:30ch}
.dash-controls{display:flex;flex-wrap:wrap;gap:10px 24px;align-items:flex-end;margin:8px 0}
.dash-controls fieldset{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:0}
.dash-controls label{margin-right:10px;white-space:nowrap}
.dash-controls .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 2px;vertical-align:baseline}
button{font:inherit;padding:4px 12px;border:1px solid #b8c0cc;border-radius:5px;background:#fff;cursor:pointer}
button:hover{background:var(--soft)}button:disabled{opacity:.5;cursor:default}
th button{border:0;padding:0;background:none;font-weight:600;text-align:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.dash-charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:16px}
.dash-charts figure{margin:0}.dash-charts figcaption{font-weight:600;margin-bottom:4px}
.pager{display:flex;gap:10px;align-items:center;margin:6px 0}
.muted{color:var(--muted);font-size:.9em}
pre.record{background:var(--soft);padding:10px;border-radius:6px;overflow:auto;max-height:420px;font-size:.8em}
td,th,li,dt,dd,h1,h3,label,option,.headline,.meta{unicode-bidi:isolate}
footer{margin-top:3em;color:var(--muted);font-size:.85em}
@media print{.dash-controls,.pager,nav.toc{display:none}}
${FIT_WIDTHS.map(stacked).join("\n")}
`;
