/**
 * Every word segmenta shows in Indonesian: the keys of `en.ts`. The reader is addressed as Anda.
 *
 * @module
 */
import type { Shape } from "./_shape.ts";
import type { en } from "./en.ts";

/** The Indonesian words. */
export const id: Shape<typeof en> = {
  warnings: {
    // -- warnings of cluster/, choose_k/, profile/ (first ones)
    "gap-keeps-rising":
      "Statistik gap terus naik sampai k = {kMax:raw}: tidak ada k dalam {kMin:raw}..{kMax:raw} yang memenuhi gap(k) >= gap(k+1) - s(k+1); coba kMax yang lebih besar",
    "no-elbow":
      "Kurva inersia untuk k = {kMin:raw}..{kMax:raw} tidak memiliki siku yang jelas: andalkan kriteria lainnya",
    "rule-took-no-customer":
      'Aturan "{rule}" tidak mengambil satu pun pelanggan; periksa ambang batasnya atau aturan sebelumnya',
    "kmeans-fewer-clusters":
      "k-means menemukan {distinct:raw} klaster berbeda padahal diminta k = {k:raw}: data memiliki lebih sedikit titik berbeda daripada k",
    "dbscan-all-noise":
      "DBSCAN tidak menemukan klaster: seluruh {n} baris menjadi noise dengan eps = {eps} dan minSamples = {minSamples:raw}; naikkan eps atau turunkan minSamples (tekukan pada kurva jarak-k menyarankan nilai eps)",
    "dbscan-one-cluster":
      "DBSCAN memasukkan seluruh {n} baris ke satu klaster dengan eps = {eps}: turunkan eps agar kelompok terpisah (tekukan pada kurva jarak-k menyarankan nilai eps)",
    // -- warnings of load/, clean/, eda/, cohorts/, scale/
    // (add above this line)

    // -- warnings of rfm/, validate/, choose_k/, cluster/
    // (add above this line)

    // -- warnings of profile/
    // (add above this line)

    // -- warnings of chart/, report/, views/, run/
    // (add above this line)
  },

  /** The cleaning ledger: each reason in words, keyed by its reason code. */
  ledger: {
    // (add above this line)
  },

  /** Words of lib/load. */
  load: {
    // (add above this line)
  },

  /** Words of lib/clean. */
  clean: {
    // (add above this line)
  },

  /** Words of lib/eda. */
  eda: {
    // (add above this line)
  },

  /** Words of lib/scale. */
  scale: {
    // (add above this line)
  },

  /** Words of lib/rfm. */
  rfm: {
    // (add above this line)
  },

  /** Words of lib/validate. */
  validate: {
    // (add above this line)
  },

  /** Words of lib/choose_k. */
  chooseK: {
    // (add above this line)
  },

  /** Words of lib/cluster. */
  cluster: {
    // (add above this line)
  },

  /** Words of lib/profile. */
  profile: {
    // (add above this line)
  },

  /** Words of lib/chart. */
  chart: {
    // (add above this line)
  },

  /** Words of lib/report. */
  report: {
    // (add above this line)
  },

  /** Words of lib/dashboard. */
  dashboard: {
    // (add above this line)
  },

  /** Words of lib/run. */
  run: {
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    // (add above this line)
  },
};
