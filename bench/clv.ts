/**
 * Benchmark of lib/clv's fits (issue 19): BG/NBD and Gamma-Gamma on generated customers.
 *
 *     deno run -A bench/clv.ts                  # 1.5M customers, daily purchase times (weeks unit)
 *     deno run -A bench/clv.ts --n 300000       # another size
 *     deno run -A bench/clv.ts --continuous     # continuous times: no two customers alike (no grouping)
 *
 * Prints one line of JSON per fit: customers, distinct (frequency, recency, T) groups, seconds,
 * iterations, the estimates against the truth, the process's resident memory after the fits, and
 * the machine's load average (wall seconds on a busy machine say little; CPU seconds say more).
 * Timings are reported to the lead for bench/RESULTS.md, never kept in doc comments.
 *
 * @module
 */
import { fitBgNbd, fitGammaGamma } from "../lib/clv/mod.ts";
import { groupHistory } from "../lib/clv/_bgnbd.ts";
import { generateBgNbd } from "../lib/generate/bgnbd.ts";
import process from "node:process";

const argv = [...Deno.args];
const at = argv.indexOf("--n");
const N = at >= 0 ? Number(argv[at + 1]) : 1_500_000;
const CONTINUOUS = argv.includes("--continuous");
const TRUTH = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4259 };
const SPEND = { p: 6.25, q: 3.74, gamma: 15.44 };
const MB = 1024 * 1024;

let t0 = performance.now();
const data = generateBgNbd({
  n: N,
  ...TRUTH,
  T: [1, 52],
  spend: SPEND,
  step: CONTINUOUS ? 0 : 1 / 7,
  seed: 0,
});
const generateSeconds = (performance.now() - t0) / 1000;
const groups = groupHistory(data).x.length;

/** CPU seconds of this process (user + system): fairer than wall time on a busy machine. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
t0 = performance.now();
let c0 = cpuSeconds();
const bg = fitBgNbd(data);
const bgSeconds = (performance.now() - t0) / 1000, bgCpu = cpuSeconds() - c0;
t0 = performance.now();
c0 = cpuSeconds();
const gg = fitGammaGamma(data);
const ggSeconds = (performance.now() - t0) / 1000, ggCpu = cpuSeconds() - c0;
const rss = Deno.memoryUsage().rss / MB;

const round = (v: number) => Number(v.toPrecision(5));
console.log(JSON.stringify({
  customers: N,
  times: CONTINUOUS ? "continuous" : "daily",
  groups,
  generateSeconds: round(generateSeconds),
  bgNbd: {
    seconds: round(bgSeconds),
    cpuSeconds: round(bgCpu),
    iterations: bg.iterations,
    restarts: bg.restarts,
    converged: bg.converged,
    estimate: { r: round(bg.r), alpha: round(bg.alpha), a: round(bg.a), b: round(bg.b) },
    truth: TRUTH,
  },
  gammaGamma: {
    seconds: round(ggSeconds),
    cpuSeconds: round(ggCpu),
    repeatCustomers: gg.customers,
    iterations: gg.iterations,
    restarts: gg.restarts,
    converged: gg.converged,
    estimate: { p: round(gg.p), q: round(gg.q), gamma: round(gg.gamma) },
    truth: SPEND,
  },
  rssMB: Math.round(rss),
  loadAverage: Deno.loadavg()[0],
}));
