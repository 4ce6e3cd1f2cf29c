/**
 * Every word segmenta shows in Spanish: the keys of `en.ts`. The reader is addressed as usted.
 *
 * @module
 */
import type { Shape } from "./_shape.ts";
import type { en } from "./en.ts";

/** The Spanish words. */
export const es: Shape<typeof en> = {
  warnings: {
    // -- warnings of cluster/, choose_k/, profile/ (first ones)
    "gap-keeps-rising":
      "El estadístico gap sigue subiendo hasta k = {kMax:raw}: ningún k en {kMin:raw}..{kMax:raw} cumple gap(k) >= gap(k+1) - s(k+1); pruebe un kMax mayor",
    "no-elbow":
      "La curva de inercia para k = {kMin:raw}..{kMax:raw} no tiene un codo claro: apóyese en los demás criterios",
    "rule-took-no-customer":
      'La regla "{rule}" no tomó a ningún cliente; revise sus umbrales o las reglas anteriores',
    "kmeans-fewer-clusters":
      "k-means encontró {distinct:raw} grupos distintos donde se pidió k = {k:raw}: los datos tienen menos puntos distintos que k",
    "dbscan-all-noise":
      "DBSCAN no encontró ningún grupo: las {n} filas quedaron como ruido con eps = {eps} y minSamples = {minSamples:raw}; aumente eps o reduzca minSamples (el codo de la curva de k-distancias sugiere un eps)",
    "dbscan-one-cluster":
      "DBSCAN reunió las {n} filas en un solo grupo con eps = {eps}: reduzca eps para separar grupos (el codo de la curva de k-distancias sugiere un eps)",
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
