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
    distribution: "Distribución de {column}",
    distributions: "Distribuciones",
    skew: "asimetría {skew}",
    skewNote: "n = {n:raw}; asimetría {skew} ({meaning})",
    skewRight: "cola larga a la derecha",
    skewLeft: "cola larga a la izquierda",
    skewNone: "aproximadamente simétrica",
    nonFinite: "{n:raw} valor(es) no finito(s) excluido(s)",
    count: "Recuento",
    monthlyTrend: "Ingresos mensuales y clientes activos",
    revenue: "Ingresos",
    activeCustomers: "Clientes activos",
    cohortTitle: "Retención mensual por cohorte",
    cohort: "Cohorte (primera compra)",
    monthsSince: "Meses desde la primera compra",
    rfmGridTitle: "Clientes por puntuación de recencia y frecuencia",
    recencyScore: "Recencia R (5 = más reciente)",
    frequencyScore: "Frecuencia F (5 = más frecuente)",
    customers: "Clientes",
    /** The total under a chart: {n} is already written for the language. */
    customersTotal: "Clientes: {n}",
    elbowTitle: "Codo: inercia por número de segmentos",
    k: "Número de segmentos k",
    inertia: "Inercia (suma de cuadrados intra-segmento)",
    knee: "codo en k = {k:raw}",
    noKnee: "sin codo claro",
    silhouetteTitle: "Silueta media por k",
    silhouette: "Silueta media (más alto es mejor)",
    calinskiHarabasz: "Calinski-Harabasz (más alto es mejor)",
    daviesBouldin: "Davies-Bouldin (más bajo es mejor)",
    gap: "Estadístico gap",
    inertiaShort: "Inercia (buscar el codo)",
    kPanelTitle: "Elegir k: todos los criterios",
    chosen: "k elegido = {k:raw}",
    suggested: "k sugerido = {k:raw}",
    kDistanceTitle: "Curva de k-distancias",
    kDistance: "Distancia al vecino {k:raw}",
    pointsSorted: "Puntos ordenados por distancia",
    eps: "eps sugerido = {eps}",
    scatterTitle: "Clientes por segmento",
    downsampled:
      "Se muestran {m} de {n} puntos: muestra determinista que conserva la proporción de cada segmento",
    segment: "Segmento",
    /** The legend name of DBSCAN's noise points (label -1). */
    outliers: "Atípicos",
    /** PCA axes; {v} is the share of variance, already a whole percentage. */
    pc1: "CP1 ({v}% de la varianza)",
    pc2: "CP2 ({v}% de la varianza)",
    silhouettePlotTitle: "Silueta de cada cliente",
    silhouetteValue: "Coeficiente de silueta",
    meanSilhouette: "silueta media {s}",
    zTitle: "Perfiles de segmento (puntuaciones z)",
    zLegend: "puntuación z: media del segmento frente a todos, en desviaciones típicas",
    correlationTitle: "Correlación entre variables",
    correlation: "Correlación de Pearson",
    sizesTitle: "Tamaño de los segmentos",
    profileTitle: "Qué distingue a cada segmento",
    profileNote: "Barras: puntuación z de la media del segmento; etiquetas: la media en unidades originales",
    value: "Valor",
    // (add above this line)
  },

  /** Words of lib/report. */
  report: {
    /** The page's own words (renderReport): headings, labels, buttons. */
    render: {
      contents: "Contenido",
      verdict: "Veredicto",
      /** The verdict's level, keyed by `ReportVerdict.level`. */
      verdictLevel: {
        good: "Parece sólido",
        warn: "Leer con cautela",
        bad: "No es fiable",
      },
      warnings: "Advertencias",
      summary: "Cifras clave",
      segments: "Segmentos",
      actions: "Acciones recomendadas",
      keyMeans: "Promedios clave",
      /** A segment card's sizes: {n} and {share} are already written for the language. */
      customersShare: "{n} clientes · {share} de los clientes",
      valueShare: "{share} del valor",
      aboveAverage: "por encima de la media",
      belowAverage: "por debajo de la media",
      ledger: "Registro de limpieza",
      ledgerBalance: "{in} filas de entrada, {kept} filas conservadas, {removed} filas eliminadas",
      ledgerEmpty: "No se eliminó ni cambió nada.",
      step: "Paso",
      reason: "Motivo",
      action: "Acción",
      rows: "Filas",
      column: "Columna",
      examples: "Ejemplos",
      /** A ledger entry's action, keyed by `LedgerEntry.action`. */
      ledgerAction: {
        removed: "eliminadas",
        imputed: "imputadas",
        excluded: "excluidas",
        merged: "fusionadas",
      },
      record: "Registro de reproducibilidad",
      recordNote:
        'El mismo registro va incluido como JSON en este archivo (elemento script con id "segmenta-run") para otras herramientas.',
      generatedBy: "Generado por {who}",
    },
    /** What buildReport says about an analysis: section titles, captions, table headers. */
    build: {
      title: "Segmentos de clientes: {file}",
      subtitle: "{file} · {rows:raw} filas · {customers:raw} clientes · k = {k:raw} · semilla {seed:raw}",
      sumRows: "Filas en el archivo",
      sumKept: "Filas conservadas tras la limpieza",
      sumCustomers: "Clientes segmentados",
      sumK: "Segmentos (k)",
      sumHopkins: "Estadístico de Hopkins",
      sumAri: "Estabilidad (ARI medio)",
      sumSil: "Silueta media",
      sumSnapshot: "Fecha de corte RFM",
      secData: "Datos y cómo se leyeron",
      roles: "Roles de las columnas",
      role: "Rol",
      column: "Columna",
      secEda: "Exploración",
      colProfile: "Perfil de columnas",
      /** The column profile's headers (after the column name). */
      profileColumns: {
        missing: "faltantes",
        min: "mín",
        q1: "q1",
        median: "mediana",
        q3: "q3",
        max: "máx",
        mean: "media",
        skew: "asimetría",
        outliers: "atípicos IQR",
      },
      countries: "Principales países por ingresos",
      revenue: "ingresos",
      revenueShare: "proporción",
      secCohorts: "Retención por cohortes",
      cohortsText:
        "Proporción de clientes de cada mes de primera compra que volvieron a comprar n meses después.",
      secRfm: "Puntuaciones RFM y segmentos con nombre",
      thresholds: "Umbrales de puntuación (1..5)",
      /** The rows of the thresholds table. */
      recencyDays: "recencia (días)",
      frequency: "frecuencia",
      monetary: "monetario",
      rfmSegments: "Segmentos RFM con nombre",
      bins:
        "Intervalos de puntuación distintos obtenidos: R {r:raw}, F {f:raw}, M {m:raw} de {bins:raw}. {tie}",
      secMovement: "Movimiento entre segmentos",
      movementText:
        "Clientes por segmento con nombre el {from:date} y el {to:date}: hacia dónde se movieron.",
      from: "Desde",
      to: "Hacia",
      customers: "Clientes",
      secK: "Elección del número de segmentos",
      kTable: "Criterios por k",
      inertia: "inercia",
      silhouetteColumn: "silueta",
      secValid: "Validación: ¿la estructura es real?",
      stabTable: "Estabilidad por segmento (Jaccard bootstrap)",
      segment: "Segmento",
      size: "Tamaño",
      reading: "Lectura",
      silhouette: "Silueta",
      secSegments: "Los segmentos",
      crosstab: "Segmentos k-means (filas) × segmentos RFM con nombre (columnas)",
      secTransform: "Transformaciones",
      scaler: "Después cada variable se escaló ({scaler}) para que ninguna unidad domine las distancias.",
      secDbscan: "DBSCAN: grupos por densidad y atípicos",
      /** {eps}, {share} and {ari} are written by the report's fixed-decimal rule ("–" when not finite). */
      dbscanText:
        "DBSCAN con eps = {eps} y minSamples = {min:raw} encontró {k:raw} grupo(s) y {noise:raw} atípico(s) ({share}% de los clientes). Concordancia con k-means: índice de Rand ajustado {ari}.",
      secRules: "Segmentos por reglas de negocio",
      rulesText:
        "Segmentos por reglas de negocio explícitas ({origin}). Concordancia con k-means: índice de Rand ajustado {ari}.",
      rulesCross: "Segmentos k-means (filas) × segmentos por reglas (columnas)",
      summaryTable: "Resumen de segmentos",
      dashboardSample:
        "La tabla de clientes muestra {shown:raw} de {all:raw} clientes, cada segmento en proporción, para que el informe sea ligero; el CSV de segmentos los tiene todos",
      profileTable: "Perfiles de los segmentos: tamaño, proporciones, media y mediana de cada variable",
      share: "Proporción de clientes",
      valueShare: "Proporción del valor",
      /** A profile table's header for a feature's mean or median. */
      featureMean: "{feature} (media)",
      featureMedian: "{feature} (mediana)",
      meanOf: "{c} medio por segmento",
    },
    // (add above this line)
  },

  /** Words of lib/dashboard. */
  dashboard: {
    /** Sent to the browser too: its placeholders take no format (the dashboard fills `{name}` itself). */
    countsTitle: "Clientes por segmento",
    meansTitle: "{column} medio por segmento",
    showing: "Filas {from}–{to} de {n} (filtradas de {total})",
    page: "Página {page} de {pages}",
    noRows: "Ningún cliente coincide con el filtro",
    /** The static page around it. */
    explore: "Explorar clientes",
    filterBySegment: "Filtrar por segmento",
    all: "Todos",
    none: "Ninguno",
    valueColumn: "Promedio de",
    downloadCsv: "Descargar CSV",
    previous: "Anterior",
    next: "Siguiente",
    sortHint: "Haga clic en un encabezado para ordenar",
    scriptsOff:
      "Los scripts están desactivados: esta es la primera página de {n} filas. Filtrar, ordenar y descargar requieren scripts.",
    bigData: "Este archivo incluye las {n} filas ({size} MB); filtrar y ordenar puede tardar un momento.",
    // (add above this line)
  },

  /** Words of lib/run. */
  run: {
    /** How analyzeFeatures chose its features (`featureChoice.reason`). */
    features: {
      given: "variables elegidas por el analista",
      every: "todas las columnas numéricas",
      leaving: ", sin {what}",
      and: " y ",
      ids: "los identificadores {c}",
      labels: "las etiquetas de análisis anteriores {c}",
      oneHot: "; {c} codificadas en {n:raw} columnas 0/1 (one-hot)",
    },
    dbscanSmall:
      "DBSCAN omitido: minSamples = {m:raw} (2 × {f:raw} variables) necesita más de {n:raw} clientes",
    dbscanLarge: "DBSCAN omitido: {n:raw} filas supera las 200.000 con las que este informe lo ejecuta",
    /** Where the risk rules came from (`rules.origin`). */
    risk: {
      origin:
        'reglas de riesgo sobre "{delay}" y "{credits}"{income}: en riesgo desde un atraso >= {d:raw} o créditos activos >= {c:raw}{how}',
      premiumBy: ' (premium según "{i}")',
      howGiven: " (umbrales fijados por el analista)",
      howOne: " (un umbral fijado por el analista, el otro en el cuartil superior de este archivo)",
      howQuartiles:
        " (umbrales en los cuartiles superiores de este archivo: solo ilustrativos, porque un cuartil siempre marca más o menos una cuarta parte; fije --delay-threshold y --credits-threshold con el equipo de crédito)",
    },
    /** Which segments lead a features analysis (`primary.reason`), keyed by `primary.by`. */
    primary: {
      kmeans: "Los segmentos k-means van primero: los datos tienen estructura suficiente",
      rules:
        "Los segmentos por reglas de negocio van primero: los datos no tienen agrupación natural y los segmentos k-means serían arbitrarios",
    },
    /** Why segmentMatrix took its k (`kReason`) when not the suggested one; {h} is Hopkins with 2 decimals. */
    kReason: {
      analyst: "k = {k:raw} fijado por el analista (el barrido sugería {s:raw})",
      convenience:
        "k = {k:raw}, el codo de la curva de inercia, como número de segmentos de conveniencia: los datos no muestran grupos separados (Hopkins {h}; vea el estadístico gap) y los criterios no coinciden, así que no hay un k que descubrir. ({reason})",
      convenienceVote:
        "k = {k:raw}, el menor número de segmentos que señala algún criterio, por conveniencia: los datos no muestran grupos separados (Hopkins {h}; vea el estadístico gap) y la curva de inercia no tiene un codo claro. ({reason})",
    },
    /** segmentMatrix's stability warnings; {names} lists the segments with their Jaccard. */
    unstableSegments:
      "Segmentos inestables (Jaccard bootstrap medio por debajo de 0,6): {names}; se disuelven si los datos cambian un poco: no los trate como grupos reales",
    fragileSegments:
      "Segmentos frágiles (Jaccard bootstrap medio entre 0,6 y 0,75): {names}; sus fronteras se mueven entre remuestreos",
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    explainedTitle: "Proporción de varianza explicada por componente principal",
    explainedValue: "proporción de la varianza",
    component: "CP{i:raw}",
    meanPerSegment: "Media de {column} por segmento",
    // (add above this line)
  },
};
