// segmenta app: the page's one script. Every text comes from the words the server embeds
// (lib/text, section `app`); every user string reaches the page through textContent or a
// form control's value, never as HTML. It talks to its own server only.
"use strict";

const WORDS = JSON.parse(document.getElementById("words").textContent);
const LOCALES = { en: "en-US", es: "es-ES", id: "id-ID" };
const ROLES = [
  ["customer", "roleCustomer"],
  ["invoice", "roleInvoice"],
  ["date", "roleDate"],
  ["amount", "roleAmount"],
  ["quantity", "roleQuantity"],
  ["price", "rolePrice"],
  ["country", "roleCountry"],
];
const DELIMITERS = [[",", "comma"], [";", "semicolon"], ["\t", "tab"], ["|", "pipe"]];
const DECIMALS = [[".", "period"], [",", "comma"]];
const ENCODINGS = [["utf-8", "UTF-8"], ["latin-1", "latin-1 (Windows-1252)"]];
const RISK_KEYS = ["riskDelay", "disciplinedDelay", "crossSellCredits", "premiumIncome"];
/** Errors whose fix is a read option: the error panel offers the read options and "read again". */
const READ_FIXES = ["decimal", "dayFirst", "sheet"];
/** Progress steps: the library's step name (its start), the words' key, and the bar's span in %. */
const STEPS = [
  ["reading", "stepReading", 0, 12],
  ["typing", "stepTyping", 12, 18],
  ["cleaning", "stepCleaning", 18, 24],
  ["k sweep", "stepSweep", 24, 62],
  ["silhouette", "stepSilhouette", 62, 70],
  ["bootstrap stability", "stepStability", 70, 95],
  ["report", "stepReport", 95, 100],
];

const $ = (id) => document.getElementById(id);
const state = {
  lang: pickLang(),
  file: null, // { id, name }
  detection: null,
  read: {},
  run: null,
  percent: 0,
  stepKey: "stepWorking",
  error: null,
  result: null,
  seconds: 0,
  timer: 0,
};

function pickLang() {
  for (const l of navigator.languages || []) {
    const short = String(l).slice(0, 2).toLowerCase();
    if (short in WORDS) return short;
  }
  return "en";
}

/** The words of the page's language, `{name}` and `{name:format}` filled. */
function t(key, values = {}) {
  const template = WORDS[state.lang][key];
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (_m, name, format) => {
    const v = values[name];
    const nf = (o) => new Intl.NumberFormat(LOCALES[state.lang], o).format(Number(v));
    if (format === "int") return nf({ maximumFractionDigits: 0 });
    if (format === "f1") {
      return nf({ minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    }
    if (typeof v === "number") return nf({ maximumFractionDigits: 2 });
    return String(v);
  });
}

function el(tag, props = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") e.textContent = v;
    else if (k === "class") e.className = v;
    else if (k in e) e[k] = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function show(id, visible) {
  $(id).hidden = !visible;
}

// ---- words of the static page ----

function renderStatic() {
  document.documentElement.lang = state.lang;
  document.title = t("title");
  $("lang").value = state.lang;
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  $("report").title = t("report");
  for (const key of RISK_KEYS) {
    const input = $(`risk-${key}`);
    input.placeholder = t("riskDefault", {
      value: input.dataset.default ? Number(input.dataset.default) : t("riskPremiumDefault"),
    });
  }
  const kMode = $("k-mode");
  const mode = kMode.value || "auto";
  kMode.replaceChildren(
    el("option", { value: "auto", text: t("kAuto") }),
    el("option", { value: "fixed", text: t("kFixed") }),
  );
  kMode.value = mode;
  if (state.detection) renderDetection();
  renderProgress();
  if (state.error) renderError();
  if (state.result) renderResult();
}

// ---- choosing and uploading a file ----

async function upload(file) {
  forget();
  state.detection = state.result = state.error = null;
  state.read = {};
  show("setup", false);
  show("result", false);
  show("error", false);
  show("progress-box", false);
  const limit = Number(document.body.dataset.maxUpload);
  if (limit > 0 && file.size > limit) {
    return fail({ kind: "tooLarge", size: file.size, limit });
  }
  if (file.size === 0) return fail({ kind: "empty" });
  $("status").textContent = t("uploading", { name: file.name });
  let answer;
  try {
    const response = await fetch("/api/files", {
      method: "POST",
      headers: { "x-file-name": encodeURIComponent(file.name), "content-type": "application/octet-stream" },
      body: file,
    });
    answer = await response.json();
  } catch {
    return fail({ kind: "network" });
  }
  received(answer, file.size);
}

function received(answer, size) {
  $("status").textContent = "";
  if (answer.id) {
    state.file = { id: answer.id, name: answer.name };
    show("another", true);
  }
  if (answer.error) return fail({ ...answer.error, size }, answer.error.kind === "input");
  state.detection = answer.detection;
  renderDetection();
  show("setup", true);
  $("detected").focus();
}

async function reinspect() {
  $("status").textContent = t("reading", { name: state.file.name });
  try {
    const response = await fetch(`/api/files/${state.file.id}/inspect`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ read: state.read }),
    });
    const answer = await response.json();
    show("error", false);
    state.error = null;
    received(answer, 0);
  } catch {
    fail({ kind: "network" });
  }
}

function forget() {
  if (state.file) navigator.sendBeacon(`/api/files/${state.file.id}/forget`);
  state.file = null;
  show("another", false);
}

// ---- what was detected, with controls to correct it ----

function select(id, options, value) {
  const s = el("select", { id });
  for (const [v, label] of options) s.append(el("option", { value: v, text: label }));
  s.value = value;
  return s;
}

/** The sheet of a workbook: a text field (its name or number) suggesting the sheets read so far. */
function sheetField(id, sheets, readOnChange) {
  const list = el("datalist", { id: `${id}-list` });
  for (const name of sheets ?? []) list.append(el("option", { value: name }));
  const input = el("input", {
    type: "text",
    id,
    value: state.read.sheet === undefined ? "" : String(state.read.sheet),
    placeholder: sheets?.length ? sheets[0] : t("sheetFirst"),
    autocomplete: "off",
    maxLength: 31,
  });
  input.setAttribute("list", list.id);
  input.addEventListener("change", () => {
    const v = input.value.trim();
    if (v === "") delete state.read.sheet;
    else state.read.sheet = /^\d+$/.test(v) ? Number(v) : v;
    if (readOnChange) reinspect();
  });
  return el("label", {}, [el("span", { text: t("sheet") }), input, list]);
}

function renderDetection() {
  const d = state.detection;
  $("detected").textContent = t("detected", { name: state.file.name });
  $("shape").textContent = t("rowsColumns", { rows: d.rows, columns: d.columns.length });
  const fields = $("read-fields");
  fields.replaceChildren(el("p", { text: `${t("format")}: ${d.format.toUpperCase()}` }));
  if (d.format === "csv") {
    const detectedAs = (list, value) => {
      const hit = list.find(([v]) => v === value);
      return hit ? (hit[1] in WORDS[state.lang] ? t(hit[1]) : hit[1]) : String(value);
    };
    const add = (key, name, list, detected) => {
      const options = [["", t("detectedValue", { value: detectedAs(list, detected) })]].concat(
        list.map(([v, label]) => [v, label in WORDS[state.lang] ? t(label) : label]),
      );
      const s = select(`read-${name}`, options, state.read[name] ?? "");
      s.addEventListener("change", () => {
        if (s.value === "") delete state.read[name];
        else state.read[name] = s.value;
        reinspect();
      });
      fields.append(el("label", {}, [el("span", { text: t(key) }), s]));
    };
    add("delimiter", "delimiter", DELIMITERS, d.dialect.delimiter);
    add("decimal", "decimal", DECIMALS, d.dialect.decimal);
    add(
      "encoding",
      "encoding",
      ENCODINGS,
      d.dialect.encoding === "windows-1252" ? "latin-1" : d.dialect.encoding,
    );
    const th = d.dialect.thousands;
    fields.append(el("p", { text: `${t("thousands")}: ${th === null ? t("none") : `"${th}"`}` }));
  }
  if (d.format === "xlsx") fields.append(sheetField("read-sheet", d.sheets, true));
  if (d.columns.some((c) => c.kind === "date")) {
    const monthFirst = d.columns.find((c) => c.dateFormat)?.dateFormat?.startsWith("M");
    const detected = t(monthFirst ? "monthFirst" : "dayFirst");
    const value = state.read.dayFirst === undefined ? "" : String(state.read.dayFirst);
    const s = select("read-dayFirst", [
      ["", t("detectedValue", { value: detected })],
      ["true", t("dayFirst")],
      ["false", t("monthFirst")],
    ], value);
    s.addEventListener("change", () => {
      if (s.value === "") delete state.read.dayFirst;
      else state.read.dayFirst = s.value === "true";
      reinspect();
    });
    fields.append(el("label", {}, [el("span", { text: t("dayOrder") }), s]));
  }
  $("dates").replaceChildren(
    ...d.columns.filter((c) => c.dateFormat).map((c) =>
      el("li", { text: `${t("dateFormat")}: ${c.name}: ${c.dateFormat}` })
    ),
  );

  const kind = $("kind");
  const kindValue = kind.value || "auto";
  kind.replaceChildren(
    el("option", {
      value: "auto",
      text: `${t("kindAuto")}: ${t(d.kind === "rfm" ? "kindRfm" : "kindFeatures")}`,
    }),
    el("option", { value: "rfm", text: t("kindRfm") }),
    el("option", { value: "features", text: t("kindFeatures") }),
  );
  kind.value = kindValue;
  $("kind-reason").textContent = d.kindReason[state.lang];

  const roles = $("roles");
  const chosen = Object.fromEntries(ROLES.map(([r]) => [r, $(`role-${r}`)?.value ?? d.roles[r] ?? ""]));
  roles.replaceChildren(
    ...ROLES.map(([role, key]) => {
      const options = [["", t("noColumn")]].concat(d.columns.map((c) => [c.name, c.name]));
      const s = select(
        `role-${role}`,
        options,
        d.columns.some((c) => c.name === chosen[role]) ? chosen[role] : "",
      );
      return el("label", {}, [el("span", { text: t(key) }), s]);
    }),
  );

  const list = $("features");
  const checked = new Set(
    list.children.length
      ? [...list.querySelectorAll("input:checked")].map((i) => i.value)
      : d.features.filter((f) => f.suggested).map((f) => f.name),
  );
  list.replaceChildren(
    ...d.features.map((f, i) => {
      const box = el("input", {
        type: "checkbox",
        id: `feature-${i}`,
        value: f.name,
        checked: checked.has(f.name),
        disabled: f.why === "notNumeric",
      });
      const children = [box, " ", el("label", { htmlFor: `feature-${i}`, text: f.name })];
      if (f.why) children.push(el("span", { class: "why", text: t(f.why) }));
      return el("li", {}, children);
    }),
  );
  showFeatures();
}

function showFeatures() {
  const d = state.detection;
  const kind = $("kind").value === "auto" ? d.kind : $("kind").value;
  show("features-set", kind === "features");
  show("risk-set", kind === "features");
  show("clean-set", kind === "rfm");
}

/** The page's choices, as the server's `analysisOptions` reads them. */
function choices() {
  const d = state.detection;
  const roles = {};
  for (const [role] of ROLES) {
    const v = $(`role-${role}`).value;
    if (v !== "") roles[role] = v;
  }
  const picked = [...$("features").querySelectorAll("input:checked")].map((i) => i.value);
  const suggested = d.features.filter((f) => f.suggested).map((f) => f.name);
  const same = picked.length === suggested.length && picked.every((f) => suggested.includes(f));
  const fixed = $("k-mode").value === "fixed";
  return {
    lang: state.lang,
    kind: $("kind").value,
    seed: Math.max(0, Math.floor(Number($("seed").value) || 0)),
    currency: $("currency").value.trim().toUpperCase() || null,
    k: fixed ? Math.max(2, Math.floor(Number($("k").value) || 2)) : null,
    roles,
    read: state.read,
    clean: $("cancel-off").checked
      ? { cancellations: false }
      : { cancellationPrefix: $("cancel-prefix").value.trim() },
    risk: Object.fromEntries(
      RISK_KEYS.filter((key) => $(`risk-${key}`).value !== "").map((
        key,
      ) => [key, Number($(`risk-${key}`).value)]),
    ),
    // The suggestion is analyzeFeatures' own default: only a changed selection is sent.
    features: same ? null : picked,
  };
}

// ---- running, progress ----

async function run(event) {
  event?.preventDefault();
  clearTimeout(state.timer);
  state.error = state.result = null;
  show("error", false);
  show("result", false);
  state.percent = 0;
  state.stepKey = "stepReading";
  renderProgress();
  show("progress-box", true);
  let answer;
  try {
    const response = await fetch(`/api/files/${state.file.id}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(choices()),
    });
    answer = await response.json();
  } catch {
    return fail({ kind: "network" });
  }
  if (answer.error) return fail(answer.error);
  state.run = answer.run;
  poll(answer.run);
}

async function poll(id) {
  if (state.run !== id) return;
  let status;
  try {
    status = await (await fetch(`/api/runs/${id}`)).json();
  } catch {
    return fail({ kind: "network" });
  }
  if (state.run !== id) return;
  if (status.error && !status.state) return fail(status.error);
  if (status.state === "running") {
    const step = STEPS.find(([name]) => status.step.startsWith(name));
    if (step) {
      const frac = status.total > 0 ? Math.min(1, status.done / status.total) : 0;
      state.percent = Math.max(state.percent, step[2] + frac * (step[3] - step[2]));
      state.stepKey = step[1];
    }
    renderProgress();
    state.timer = setTimeout(() => poll(id), 200);
    return;
  }
  if (status.state === "error") return fail(status.error, true);
  state.percent = 100;
  state.stepKey = "done";
  state.result = status.result;
  state.seconds = status.seconds;
  renderProgress();
  renderResult();
  show("result", true);
  $("result-title").focus();
}

function renderProgress() {
  $("step").textContent = t(state.stepKey, { seconds: state.seconds });
  $("bar").value = Math.round(state.percent);
}

// ---- errors ----

function fail(error, canFix = false) {
  $("status").textContent = "";
  state.error = { ...error, canFix };
  show("progress-box", false);
  renderError();
  show("error", true);
  $("error-title").focus();
}

function renderError() {
  const e = state.error;
  const mb = (n) => Math.max(1, Math.ceil(n / 1024 ** 2));
  $("error-title").textContent = t(e.kind === "input" ? "errorTitle" : "errorTitle");
  const message = {
    input: () => e.messages?.[state.lang] ?? e.message,
    internal: () => t("errorInternal"),
    tooLarge: () =>
      t("errorTooLarge", { size: e.size ? mb(e.size) : `> ${mb(e.limit)}`, limit: mb(e.limit) }),
    empty: () => t("errorEmpty"),
    expired: () => t("errorExpired"),
    network: () => t("errorNetwork"),
    badRequest: () => t("errorInternal"),
  }[e.kind] ?? (() => t("errorInternal"));
  $("error-message").textContent = message();
  const at = e.at ?? {};
  const rows = at.rows?.length ? at.rows.join(", ") : at.row;
  $("error-at").replaceChildren(
    ...[["errorFile", at.file], ["errorColumn", at.column], ["errorRows", rows]]
      .filter(([, v]) => v !== undefined && v !== null && v !== "")
      .flatMap(([key, v]) => [el("dt", { text: t(key) }), el("dd", { text: String(v) })]),
  );
  const readFix = e.canFix && state.file && (!state.detection || READ_FIXES.includes(e.fix));
  const cleanFix = e.canFix && state.file && state.detection && e.fix === "cancellation";
  $("error-fix").textContent = e.canFix && state.detection && !readFix && !cleanFix ? t("errorFix") : "";
  $("error-read").replaceChildren();
  if (readFix) renderReadAgain();
  else if (cleanFix) renderCleanAgain();
}

/** A refused cancellation rule: the form's cancellation controls, mirrored, and a button to run again. */
function renderCleanAgain() {
  const box = $("error-read");
  const prefix = el("input", {
    type: "text",
    id: "retry-cancel-prefix",
    value: $("cancel-prefix").value,
    placeholder: "C",
    maxLength: 20,
    autocomplete: "off",
  });
  prefix.addEventListener("input", () => $("cancel-prefix").value = prefix.value);
  const off = el("input", { type: "checkbox", id: "retry-cancel-off", checked: $("cancel-off").checked });
  off.addEventListener("change", () => $("cancel-off").checked = off.checked);
  const again = el("button", { type: "button", id: "run-again", text: t("runAgain") });
  again.addEventListener("click", run);
  box.append(
    el("label", {}, [el("span", { text: t("cancelPrefix") }), prefix]),
    el("label", { class: "check" }, [off, " ", el("span", { text: t("cancelOff") })]),
    again,
  );
}

/** A file that could not be read at all: the read options, and a button to read the same upload again. */
function renderReadAgain() {
  const box = $("error-read");
  const add = (key, name, list) => {
    const options = [["", t("asDetected")]].concat(
      list.map(([v, label]) => [v, label in WORDS[state.lang] ? t(label) : label]),
    );
    const s = select(`retry-${name}`, options, state.read[name] ?? "");
    s.addEventListener("change", () => {
      if (s.value === "") delete state.read[name];
      else state.read[name] = s.value;
    });
    box.append(el("label", {}, [el("span", { text: t(key) }), s]));
  };
  add("delimiter", "delimiter", DELIMITERS);
  add("decimal", "decimal", DECIMALS);
  add("encoding", "encoding", ENCODINGS);
  const dayFirst = select("retry-dayFirst", [
    ["", t("asDetected")],
    ["true", t("dayFirst")],
    ["false", t("monthFirst")],
  ], state.read.dayFirst === undefined ? "" : String(state.read.dayFirst));
  dayFirst.addEventListener("change", () => {
    if (dayFirst.value === "") delete state.read.dayFirst;
    else state.read.dayFirst = dayFirst.value === "true";
  });
  box.append(el("label", {}, [el("span", { text: t("dayOrder") }), dayFirst]));
  if (state.error.fix === "sheet" || /\.xls[xm]$/i.test(state.file.name)) {
    box.append(sheetField("retry-sheet", state.detection?.sheets, false));
  }
  const again = el("button", { type: "button", id: "read-again", text: t("readAgain") });
  again.addEventListener("click", reinspect);
  box.append(again);
}

// ---- the result ----

function renderResult() {
  const r = state.result;
  $("kind-chosen").textContent = r.kindReason;
  $("verdict").textContent = r.verdict;
  $("k-reason").textContent = [r.leadReason, r.kReason].filter((x) => x).join(" ");
  const pct = new Intl.NumberFormat(LOCALES[state.lang], { style: "percent", maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(LOCALES[state.lang]);
  $("segments").tBodies[0].replaceChildren(
    ...r.segments.map((s) =>
      el("tr", {}, [
        el("th", { scope: "row", text: s.name, title: s.description }),
        el("td", { class: "num", text: int.format(s.size) }),
        el("td", { class: "num", text: pct.format(s.share) }),
        el("td", { text: s.actions.join("; ") }),
      ])
    ),
  );
  $("warnings").replaceChildren(...r.warnings.map((w) => el("li", { text: w })));
  $("dl-report").href = `/api/runs/${state.run}/report.html?download`;
  $("dl-csv").href = `/api/runs/${state.run}/segments.csv`;
  // The saved model scores next month's customers (deno task segment score FILE --model M.json).
  $("dl-model").hidden = !r.hasModel;
  $("dl-model").href = r.hasModel ? `/api/runs/${state.run}/model.json` : "";
  $("model").hidden = r.hasModel;
  $("model").textContent = r.hasModel ? "" : r.noModel;
  const src = `/api/runs/${state.run}/report.html`;
  if ($("report").getAttribute("src") !== src) $("report").src = src;
}

// ---- wiring ----

function init() {
  renderStatic();
  $("lang").addEventListener("change", () => {
    state.lang = $("lang").value;
    renderStatic();
  });
  $("file").addEventListener("change", () => {
    const f = $("file").files[0];
    if (f) upload(f);
  });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer.files[0];
    if (f) upload(f);
  });
  $("another").addEventListener("click", () => {
    forget();
    clearTimeout(state.timer);
    state.run =
      state.detection =
      state.result =
      state.error =
        null;
    for (const id of ["setup", "result", "error", "progress-box"]) show(id, false);
    $("file").value = "";
    $("file").focus();
  });
  $("kind").addEventListener("change", showFeatures);
  $("k-mode").addEventListener("change", () => {
    $("k").disabled = $("k-mode").value !== "fixed";
  });
  $("setup").addEventListener("submit", run);
  addEventListener("pagehide", forget);
}

init();
