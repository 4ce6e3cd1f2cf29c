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
    "ids-read-as-numbers":
      'Los ID de cliente de "{column}" se leyeron como números; se conservan como texto sin decimales (p. ej. "{value}")',
    "ids-trimmed": 'Se quitaron los espacios alrededor de {n:raw} ID de cliente en "{column}"',
    "amount-derived":
      'No hay columna de monto: el monto se calcula como "{a}" × "{b}" en una nueva columna "{new}"',
    "rule-off": 'La regla "{rule}" está desactivada: esas filas se conservan',
    "no-rows-left":
      "No queda ninguna fila después de la limpieza; el registro indica qué reglas las eliminaron",
    "non-finite-values": '{n:count} valores de "{column}" eran NaN o infinito; se tratan como faltantes',
    "knn-fallback-median":
      '{n:count} valores faltantes de "{column}" no tenían con qué clientes compararse; se completaron con la mediana ({value:measure})',
    "column-constant":
      'La columna "{column}" es constante (todos sus valores son {value}); se centró pero no se escaló (escala 1, como hace scikit-learn) y no aporta información para agrupar; considere dejarla fuera',
    "column-no-spread":
      'La columna "{column}" no tiene dispersión entre los percentiles {low} y {high}; se centró pero no se escaló (escala 1, como hace scikit-learn)',
    "levels-grouped":
      'La columna "{column}" tiene {levels} niveles, más que maxLevels = {maxLevels:raw}; los {grouped} menos frecuentes ({rows} filas) se agruparon como "{column}=other"',
    "other-level-exists":
      'La columna "{column}" ya tiene un nivel "other"; los niveles poco frecuentes agrupados se sumaron a él',
    "empty-cells-zero":
      'La columna "{column}" tiene {n} celdas vacías; valen 0 en todas las columnas "{column}=..."',
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
    "missing-customer": 'Sin ID de cliente en "{column}"',
    "missing-date": 'Sin fecha, o con una fecha que no se pudo leer, en "{column}"',
    "missing-amount": 'Sin monto, o con un monto que no es un número, en "{column}"',
    cancellation: 'Cancelaciones: el número de factura en "{column}" empieza por "{prefix}"',
    negative: "Devoluciones: un valor negativo en {columns:json}",
    "non-positive-amount": 'Monto igual a cero o menor en "{column}"',
    duplicate: "Duplicados exactos de una fila anterior (todas las columnas iguales); se conserva la primera",
    "duplicate-id": 'ID de cliente repetido en "{column}"; se conserva la primera fila de cada ID',
    "missing-value": "Falta un valor en una variable ({columns:json}); filas eliminadas como se pidió",
    "empty-column": 'La columna "{column}" está completamente vacía: excluida de las variables',
    "constant-column":
      'La columna "{column}" tiene el mismo valor ({value:measure}) en todas las filas: no aporta información, excluida',
    "imputed-median":
      'Valores faltantes de "{column}" completados con la mediana de la columna ({value:measure})',
    "imputed-knn":
      'Valores faltantes de "{column}" completados con la media de los {k:raw} clientes más parecidos (según las demás variables, estandarizadas)',
    "blank-line": "Líneas en blanco (todas las celdas vacías) omitidas",
    "totals-row": "Fila de totales al final del archivo (una suma, no un registro) eliminada",
    "not-number": 'Filas cuyo "{column}" tiene valores que no son números, eliminadas (badValues: "drop")',
    "not-date":
      'Filas cuyo "{column}" tiene valores que no son fechas con el formato {format}, eliminadas (badValues: "drop")',
    "future-date":
      'Filas cuyo "{column}" tiene fechas futuras (posteriores al {after}), eliminadas (badValues: "drop")',
    "non-positive-monetary": "Clientes cuyo gasto total es cero o negativo, excluidos de la agrupación",
    // (add above this line)
  },

  /** Words of lib/load. */
  load: {
    /** Why `detectKind` decided the kind, by reason code, and its parts. */
    kind: {
      "no-customer": "no hay columna de cliente",
      "no-date": "no hay columna de fecha",
      "not-dates": 'la columna de fecha "{column}" no contiene fechas',
      "no-amount": "no hay columna de monto con números (ni de cantidad y precio unitario)",
      "missing-roles":
        'Una fila por cliente: {missing}, así que el archivo no se puede leer como transacciones (asigne los roles a mano para cambiarlo, o indique kind "rfm")',
      "ids-unique":
        'Una fila por cliente: cada uno de los {n:count} ID de cliente de "{column}" aparece una sola vez, aunque el archivo tiene fecha y monto',
      transactions:
        'Transacciones: {rows:count} filas de {customers:count} clientes en "{column}", cada una con fecha ("{date}") y {what}, así que se aplica RFM',
      amount: 'monto ("{amount}")',
      "quantity-price": 'cantidad ("{quantity}") y precio ("{price}")',
      forced: "{kind} elegido con --kind (la detección indicaba {detected}: {reason})",
    },
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
    /** Why `log1pColumns` transformed the columns it did. */
    log1p: {
      some: "log1p aplicado a {list}: asimetría mayor que {threshold:f2}.",
      none: "Ninguna columna tiene asimetría mayor que {threshold:f2}; no se aplicó log1p.",
      chosen: "log1p aplicado a {list}, como se pidió.",
      negative:
        " Asimétricas pero sin transformar porque tienen valores negativos (log1p requiere valores >= 0): {list}.",
      item: "{column} ({skew:f2})",
    },
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
