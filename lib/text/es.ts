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
    // loader notes and dialect reasons (noteText): what readTable, sniffDialect and mapRoles decided
    "parquet-typed":
      "Los archivos Parquet tienen tipos: no hay delimitador, decimal ni codificación que adivinar",
    "xlsx-typed":
      "Las celdas del libro tienen tipos: los números y las fechas salen de las celdas, no del texto",
    encoding: "codificación {encoding}: {why}",
    "whitespace-columns":
      'Leído como una tabla sin encabezado cuyas {width:raw} columnas están separadas por grupos de espacios; las columnas se llaman "column 1" a "column {width:raw}"',
    "whitespace-columns-dated":
      'Leído como una tabla sin encabezado cuyas {width:raw} columnas están separadas por grupos de espacios; las columnas se llaman "column 1" a "column {width:raw}", y las fechas están escritas AAAAMMDD en {dated:q}',
    "latin-1-read": "Leído como latin-1 (Windows-1252): {why}",
    "non-finite-read-missing":
      'Columna "{column}": {n:count} valores NaN o infinitos se leyeron como faltantes',
    "header-missing": 'La columna {index:raw} no tiene encabezado; se llama "{name}"',
    "header-repeated": 'El encabezado "{header}" aparece más de una vez; el siguiente se llama "{name}"',
    "missing-tokens-read":
      'Columna "{column}": {n:count} celdas como "NA", "N/A", "NaN" o "-" se leyeron como faltantes',
    "xlsx-sheet":
      'Se leyó la hoja "{sheet}" del libro{others}; los números de fila cuentan desde la primera fila de la hoja con datos',
    "column-empty": 'La columna "{column}" está vacía en todas las filas',
    "dates-format-given": 'Fechas de "{column}" leídas con el formato "{format}" que usted indicó',
    "numbers-kept-as-ids":
      'La columna "{column}" contiene números, pero se mantiene como texto: su nombre indica que son identificadores',
    "numbers-kept-leading-zeros":
      'La columna "{column}" contiene números, pero se mantiene como texto: {n:count} valores tienen ceros a la izquierda{example}, como los códigos',
    "currency-removed":
      'Columna "{column}": se quitaron símbolos o códigos de moneda antes de leer los números',
    "column-decimal-asked":
      'Números de "{column}" leídos con el decimal "{decimal}"{example}: como usted pidió',
    "column-decimal-counted":
      'Números de "{column}" leídos con el decimal "{decimal}"{example}: {n:count} de {of:count} valores se leen así, {other:count} de la otra forma',
    "column-decimal-tie":
      'Números de "{column}" leídos con el decimal "{decimal}"{example}: los valores sirven de ambas formas, y los demás números del archivo usan "{decimal}"',
    "dates-year-first":
      'Fechas de "{column}" leídas como {format}: {n:count} de {of:count} valores empiezan por el año',
    "dates-order-found":
      'Fechas de "{column}" leídas como {format}: {n:count} de {of:count} valores solo encajan con {order}{example}',
    "dates-order-overruled":
      'Fechas de "{column}" leídas como {format}: {n:count} de {of:count} valores solo encajan con {order}{example}, así que no se siguió dayFirst: {flip}',
    "dates-order-asked":
      'Fechas de "{column}" leídas como {format}: ningún valor tiene una parte mayor que 12, así que el orden es ambiguo; {order}, como usted pidió (dayFirst: {dayFirst:raw})',
    "dates-order-file":
      'Fechas de "{column}" leídas como {format}: ningún valor tiene una parte mayor que 12, así que los valores por sí solos no indican el orden; {order}, como muestran las fechas de "{shownBy}" en el mismo archivo',
    "role-chosen": '{role}: "{column}" (elegida por usted)',
    "role-recognised": '{role}: "{column}" (reconocida por su nombre)',
    "dialect-bom": "el texto empieza con una marca de orden de bytes (quitada del primer encabezado)",
    "delimiter-asked": "delimitador {delimiter}: indicado por usted",
    "delimiter-none":
      'delimitador ",": ningún candidato (, ; tab |) divide el encabezado en dos o más campos',
    "delimiter-found":
      "delimitador {delimiter}: {agree:count} de {lines:count} líneas tienen {fields:count} campos",
    "decimal-asked": 'decimal "{decimal}": indicado por usted',
    "decimal-comma": 'decimal ",": {n:count} números de la muestra usan coma decimal (p. ej., "{sample}")',
    "decimal-comma-mixed":
      'decimal ",": {n:count} números de la muestra usan coma decimal (p. ej., "{sample}"), {other:count} punto decimal',
    "decimal-point": 'decimal ".": {n:count} números de la muestra usan punto decimal (p. ej., "{sample}")',
    "decimal-point-mixed":
      'decimal ".": {n:count} números de la muestra usan punto decimal (p. ej., "{sample}"), {other:count} coma decimal',
    "decimal-default":
      'decimal ".": ningún número de la muestra deja ver su separador decimal (el predeterminado)',
    "thousands-asked": 'miles "{thousands}": indicado por usted',
    "thousands-dot": 'miles ".": {n:count} números agrupan las cifras con puntos',
    "thousands-comma": 'miles ",": {n:count} números agrupan las cifras con comas',
    "ids-merged":
      'Se unificaron ID de cliente de "{column}" escritos de más de una forma: {n:count} ID tenían {spellings:count} grafías en total (p. ej., {example:json} → {into:json}); un número entero escrito con ".0", una letra con la tilde aparte y los espacios alrededor de un ID no crean otro cliente',
    "dates-order-irrelevant":
      'Fechas de "{column}" leídas como {format}: cada uno de los {n:count} valores tiene el mismo número de día y de mes, así que ambos órdenes dan las mismas fechas',
    "dates-month-names":
      'Fechas de "{column}" leídas como {format}: {n:count} de {of:count} valores nombran el mes en inglés, español o indonesio',
    "dates-offset-utc":
      'Las fechas de "{column}" llevan una diferencia horaria respecto a UTC{example}: todas las horas se convirtieron a UTC',
    "dates-excel-serial":
      'Fechas de "{column}" leídas como números de día de serie de Excel{example}: su nombre indica que contiene fechas y los {n:count} valores son números enteros de {min:raw} a {max:raw} (de 1950 a 2099)',
    "dates-ambiguous":
      'No se puede leer "{file}": las fechas de la columna "{column}" pueden leerse con el día primero o con el mes primero, y nada en el archivo indica cuál (ningún valor tiene una parte mayor que 12 y ninguna otra columna de fechas muestra el orden): {examples}; {fix}',
    "streamed-head":
      "DuckDB leyó el archivo por partes, sin guardar sus líneas en memoria: las columnas se decidieron con sus primeras {rows:count} filas de datos ({mb:f1} MB) y cada valor posterior se leyó con las mismas reglas (un valor que no encaja en ellas detiene el análisis, o se cuenta en el registro de limpieza si se descartan los valores erróneos); los recuentos de las notas sobre las columnas son de esas primeras filas, los del registro de limpieza son de todo el archivo",
    "sep-line":
      'La primera línea "sep=" indica el delimitador, {delimiter}, como lo escribe Excel; esa línea se omitió y se usó ese delimitador',
    "delimiter-sep-line": 'delimitador {delimiter}: indicado por la primera línea "sep=" del archivo',
    "currency-found": 'La columna "{column}" contiene importes en {currency}',
    "currency-mixed":
      'La columna "{column}" mezcla monedas ({currencies:q}); sus importes se suman tal como están escritos: conviértalos antes a una sola moneda',
    "column-percent":
      'Columna "{column}": {n:count} de {of:count} valores terminan en "%"; se leen como puntos porcentuales ("45,5 %" es 45,5)',
    "negatives-accounting":
      'Columna "{column}": {n:count} valores entre paréntesis o con un signo menos al final, como "(12,50)", se leen como negativos',
    "column-thousands-currency":
      'Números de "{column}" leídos con "{mark}" como separador de miles{example}: cada "{mark}" va seguido de exactamente 3 cifras, y los importes en {currency} nunca tienen 3 decimales',
    "column-decimal-file":
      'Números de "{column}" leídos con el decimal "{decimal}"{example}: cada "{mark}" va seguido de exactamente 3 cifras, así que ambos separadores encajan, y las demás columnas numéricas del archivo ({columns:q}) usan el decimal "{decimal}"',
    "decimal-ambiguous":
      'No se puede leer "{file}": los números de la columna "{column}" admiten dos lecturas ({examples}), y nada más en el archivo indica cuál es el separador decimal; indíquelo con {fix}',
    // (add above this line)

    // -- warnings of rfm/, validate/, choose_k/, cluster/
    "hopkins-constant-columns": "Las columnas {columns:q} son constantes; no influyen en el estadístico",
    "hopkins-small-sample":
      "Solo se muestrean {sampleSize:raw} filas por repetición: el estadístico es ruidoso; use más filas",
    "sigclust-few-simulations":
      "SigClust hizo {nSim:raw} simulaciones: demasiado pocas para un valor p menor que {alpha:raw}; use más simulaciones (nSim)",
    "stability-few-resamples":
      "Solo {nBoot:raw} remuestreos: las cifras de estabilidad son aproximadas; use nBoot = 20 o más",
    "stability-empty-segment": "El segmento {segment:raw} está vacío en la segmentación evaluada",
    "stability-segment-dissolved":
      "El segmento {segment:raw} es inestable: Jaccard medio {jaccard:fx2} < 0,6 en {nBoot:raw} remuestreos; se disuelve cuando los datos cambian un poco, no lo trate como un grupo real",
    "stability-segment-fragile":
      "El segmento {segment:raw} es frágil: su Jaccard medio {jaccard:fx2} está entre 0,6 y 0,75; su frontera se mueve entre remuestreos",
    "rfm-amount-from-price":
      'El gasto es "{quantity}" × "{price}" porque ninguna columna cumple el papel de "importe" (amount)',
    "rfm-rows-without-customer-or-date":
      "Se dejaron fuera {rows:raw} filas sin cliente o sin fecha ({noCustomer:raw} sin cliente, {noDate:raw} sin fecha)",
    "rfm-rows-without-amount": "{rows:raw} filas no tienen importe; cuentan como 0 en el gasto",
    "rfm-rows-without-invoice":
      "{rows:raw} filas no tienen número de factura; para cada cliente cuentan como una sola factura",
    "rfm-frequency-by-days":
      'La frecuencia cuenta días de compra distintos porque ninguna columna cumple el papel de "factura" (invoice)',
    "rfm-rows-after-snapshot":
      "Se dejaron fuera {rows:raw} filas con fecha igual o posterior al corte {snapshot}",
    "rfm-non-positive-customers":
      "{customers:raw} clientes tienen un importe total de 0 o menos; quite antes las cancelaciones y devoluciones (lo hace el paso de limpieza)",
    "rfm-few-recency-scores":
      "R obtuvo solo {got:raw} puntuaciones distintas de {bins:raw}: muchos clientes comparten la misma recencia, así que los cortes coinciden ({cuts:list6})",
    "rfm-few-frequency-scores":
      "F obtuvo solo {got:raw} puntuaciones distintas de {bins:raw}: muchos clientes comparten la misma frecuencia, así que los cortes coinciden ({cuts:list6})",
    "rfm-few-monetary-scores":
      "M obtuvo solo {got:raw} puntuaciones distintas de {bins:raw}: muchos clientes comparten la misma cifra de gasto, así que los cortes coinciden ({cuts:list6})",
    // (add above this line)

    // -- warnings of profile/
    // (add above this line)

    // -- warnings of chart/, report/, views/, run/
    "output-column-renamed":
      'El archivo tiene su propia columna "{column}": se conserva tal cual, y la columna "{column}" de segmenta se llama "{renamed}" en el CSV de segmentos',
    // (add above this line)

    // -- warnings of clv/
    "clv-dropout-negligible":
      "La probabilidad ajustada de que un cliente deje de comprar tras una compra es prácticamente cero ({dropout:pct1} %, a = {a:f3}, b = {b}): el modelo no ve a nadie irse en este periodo, así que P(vivo) está cerca de 1 para todos los clientes y no indica quién se está yendo; use un periodo de calibración más largo antes de actuar según P(vivo)",
    "clv-fit-not-converged":
      "El ajuste {model} no convergió tras {iterations:raw} iteraciones y {restarts:raw} reinicios: tome sus parámetros, P(vivo) y CLV como aproximados; pruebe un penalizador o un periodo de calibración más largo",
    "clv-standard-errors-unavailable":
      "El ajuste {model} no tiene errores estándar (su hessiana no es definida positiva): puede que estos datos no identifiquen los parámetros",
    "clv-calibration-short":
      "El periodo de calibración es corto para el ritmo de compra: {meanFrequency} compras repetidas por cliente en promedio (menos de {threshold}), el {repeatShare:pct1} % de los clientes volvió a comprar; P(vivo) y las compras esperadas se apoyan en pocas repeticiones",
    "clv-calibration-long":
      "El periodo de calibración es largo para el ritmo de compra: {meanFrequency} compras repetidas por cliente en promedio (más de {threshold}); los clientes que se fueron hace tiempo aún pesan en el ajuste, considere un periodo de calibración más corto",
    "clv-one-time-buyers-alive":
      "{customers} clientes ({share:pct1} %) compraron una sola vez: el modelo BG/NBD les asigna P(vivo) = 1 por construcción, lo que no dice nada sobre si volverán",
    "clv-frequency-value-correlated":
      "La frecuencia de compra y el valor medio del pedido están correlacionados (r = {correlation:f2}, más de {threshold:f2}): el modelo Gamma-Gamma supone que son independientes, así que sus estimaciones de gasto y el CLV están sesgados",
    "clv-rows-skipped":
      "{rows} filas sin cliente o sin fecha quedaron fuera de los modelos de valor del cliente",
    "clv-rows-after-observation":
      "{rows} filas con fecha posterior al fin del periodo de observación quedaron fuera de los modelos de valor del cliente",
    "clv-customers-after-calibration":
      "{customers} clientes compraron por primera vez después del periodo de calibración: no entran en el ajuste",
    "clv-too-few-repeat-customers":
      "Valor del cliente omitido: solo {repeat:count} de {customers:count} clientes compraron en dos días distintos del periodo de calibración y el modelo BG/NBD necesita al menos {needed:count}; elija un fin de calibración posterior o más datos",
    "clv-spend-no-amount":
      "Sin importes: se omitieron el modelo de gasto Gamma-Gamma y el CLV (P(vivo) y las compras esperadas se muestran igualmente)",
    "clv-spend-too-few-repeat-customers":
      "Solo {repeat:count} clientes volvieron a comprar: son muy pocos para el modelo de gasto Gamma-Gamma, así que no hay CLV",
    "clv-spend-mean-undefined":
      "El ajuste Gamma-Gamma da q = {q:f2}, igual o menor que 1, así que el gasto esperado por compra no existe: no hay CLV",
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
    "totals-row":
      "Fila de totales al final del archivo eliminada: sus números son las sumas de las filas de arriba",
    "not-number": 'Filas cuyo "{column}" tiene valores que no son números, eliminadas (badValues: "drop")',
    "not-date":
      'Filas cuyo "{column}" tiene valores que no son fechas con el formato {format}, eliminadas (badValues: "drop")',
    "future-date":
      'Filas cuyo "{column}" tiene fechas futuras (posteriores al {after}), eliminadas (badValues: "drop")',
    "non-positive-monetary": "Clientes cuyo gasto total es cero o negativo, excluidos de la agrupación",
    "removed-in-database": 'Eliminadas en la base de datos por la regla "{rule}"',
    "imputed-training-value":
      '"{column}" faltante completado con el valor de entrenamiento del modelo {value:raw}',
    /** How a ledger example is written (exampleText); a cell is `column = value`, a filled cell `... → value`. */
    example: {
      row: "fila {row:raw}",
      "row-cells": "fila {row:raw}: {cells}",
      "row-first": "fila {row:raw}: {cells} (fila {first:raw})",
      same: "fila {row:raw} = fila {first:raw}",
    },
    "after-snapshot":
      'Con fecha en "{column}" igual o posterior a la fecha de corte {snapshot}: un análisis a esa fecha no puede verlas; {customers:count} clientes solo compraron después y no están en ningún segmento',
    "totals-row-no-key":
      "Fila al final del archivo sin ID ni fecha ({columns:json}) eliminada, como fila de totales o de notas",
    "repeated-header":
      "Filas que repiten el encabezado (cada celda igual al encabezado de su columna) omitidas",
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
    /** Parts of the loader's notes (noteText): an example cell, the other sheets, the day order, why an encoding. */
    notes: {
      example: ' (p. ej., "{value}" en la fila {row:raw})',
      "other-sheets":
        " (no las otras hojas: {others:q}; elija otra con sheet, o con --sheet en la línea de comandos)",
      tab: "tabulador",
      "day-first": "el día primero",
      "month-first": "el mes primero",
      "utf-16le-bom": "el archivo empieza con una marca de orden de bytes UTF-16 little-endian",
      "utf-16be-bom": "el archivo empieza con una marca de orden de bytes UTF-16 big-endian",
      asked: "indicada por usted",
      "utf-8-bom": "el archivo empieza con una marca de orden de bytes UTF-8",
      "utf-8-valid": "todas las secuencias de bytes son UTF-8 válido",
      "not-utf-8": "el archivo no es UTF-8 válido, así que se leyó como latin-1 (Windows-1252)",
    },
    /** Partes de los errores del cargador (inputErrorText). */
    errors: {
      "ambiguous-example":
        '"{value}" (fila {row:raw}) es {dayFirst} con el día primero o {monthFirst} con el mes primero',
      "ambiguous-cli":
        'vuelva a ejecutar con --day-first o --month-first, o indique el formato exacto con --date-format (p. ej., --date-format "{format}")',
      "ambiguous-library":
        'indique dayFirst: true o dayFirst: false, o el formato exacto con dateFormat (p. ej., dateFormat: { "{column}": "{format}" })',
    },
    /** Parts of the error for numbers that read two ways (problemText). */
    ambiguous: {
      "ambiguous-example":
        '"{value}" en la fila {row:raw} es {point} con punto decimal o {comma} con coma decimal',
      "or": "o",
    },
    // (add above this line)
  },

  /** Words of lib/clean. */
  clean: {
    cancellation: {
      "cancellation-share":
        'No se puede limpiar "{file}": la regla de anulaciones eliminaría el {share:pct1} % de las facturas ({cancelled:count} de {invoices:count}): todo número de factura de "{column}" que empieza por "{prefix}" cuenta como anulación (p. ej., {examples:json}), y las anulaciones nunca son la mayoría de las facturas de una tienda; {fix}',
      "cancellation-positive":
        'No se puede limpiar "{file}": {positive:count} de las {rows:count} líneas cuyo número de factura en "{column}" empieza por "{prefix}" ({positiveShare:pct1} %) tienen valores positivos en {signed:q} (p. ej., {examples:json}), pero una anulación tiene cantidades e importes negativos; {fix}',
      cli:
        "si no son anulaciones, vuelva a ejecutarlo con --no-cancel-prefix, o indique con --cancel-prefix PREFIJO el prefijo que de verdad tienen sus anulaciones",
      score:
        "el modelo guardado las elimina con las reglas de limpieza con las que se entrenó; entrene un modelo nuevo con datos como este archivo con --no-cancel-prefix, o con --cancel-prefix PREFIJO para el prefijo que de verdad tienen sus anulaciones",
      library:
        'si no son anulaciones, ponga la opción de limpieza { dropCancellations: false }, o indique con { cancellationPrefix: "..." } el prefijo que de verdad tienen sus anulaciones',
    },
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
    periods: {
      title: "Comparación de dos periodos",
      periods:
        "Periodo anterior del {earlierStart:date} al {earlierLast:date} ({earlierDays:int} días); periodo posterior del {laterStart:date} al {laterLast:date} ({laterDays:int} días).",
      customers:
        "{repeating} clientes compraron en ambos periodos, {new} son nuevos en el periodo posterior ({returned} de ellos ya habían comprado antes del periodo anterior y volvieron) y {lapsed} compraron solo en el periodo anterior.",
      noCustomers: "Ningún cliente compró en ninguno de los dos periodos.",
      partial:
        "El periodo anterior empieza antes de la primera compra de los datos ({first:date}): solo {covered:int} de sus {days:int} días tienen datos, así que sus clientes e ingresos no son los de un periodo completo.",
      revenueUp:
        "Los ingresos subieron de {earlier} a {later} ({change:pct1} %): los clientes nuevos aportaron {fromNew}, los que dejaron de comprar restaron {lost}, los clientes recurrentes que gastaron más sumaron {grown} y los que gastaron menos restaron {shrunk}.",
      revenueDown:
        "Los ingresos bajaron de {earlier} a {later} ({change:pct1} %): los clientes nuevos aportaron {fromNew}, los que dejaron de comprar restaron {lost}, los clientes recurrentes que gastaron más sumaron {grown} y los que gastaron menos restaron {shrunk}.",
      revenueSame:
        "Los ingresos fueron {later} en ambos periodos: los clientes nuevos aportaron {fromNew}, los que dejaron de comprar restaron {lost}, los clientes recurrentes que gastaron más sumaron {grown} y los que gastaron menos restaron {shrunk}.",
      revenueFromZero:
        "Los ingresos pasaron de nada en el periodo anterior a {later}: los clientes nuevos aportaron {fromNew} y los recurrentes sumaron {grown}.",
      status: {
        new: "Nuevos",
        returned: "de ellos, regresaron",
        repeating: "Recurrentes",
        lapsed: "Perdidos",
      },
      bridge: {
        earlier: "Periodo anterior",
        fromNew: "+ clientes nuevos",
        lost: "- clientes perdidos",
        grown: "+ recurrentes que gastaron más",
        shrunk: "- recurrentes que gastaron menos",
        later: "Periodo posterior",
      },
      columns: { status: "estado", customers: "clientes", revenue: "ingresos" },
    },
    tieRule:
      "Los cortes son los cuantiles {quantiles} de los valores de los clientes (interpolación lineal, como numpy y pandas por defecto). Puntuación F y M = 1 + el número de cortes estrictamente menores que el valor; puntuación R = 1 + el número de cortes estrictamente mayores que el valor, de modo que los clientes más recientes obtienen la puntuación más alta. Valores iguales reciben siempre la misma puntuación, sea cual sea el orden de las filas; donde los cortes coinciden (muchos valores empatados) se saltan algunas puntuaciones en lugar de repartir entre ellas a clientes iguales.",
    check: {
      grid: {
        RF: "R×F",
        RFM: "R×F×M",
      },
      ok: 'El conjunto de reglas "{name}" cubre las {cells:raw} celdas {grid} exactamente una vez',
      notOk:
        'El conjunto de reglas "{name}" no reparte exactamente las {cells:raw} celdas {grid}: {findings}',
      gaps1: "{n:raw} celda no está en ningún segmento",
      gaps: "{n:raw} celdas no están en ningún segmento",
      overlaps1: "{n:raw} celda está en varios segmentos",
      overlaps: "{n:raw} celdas están en varios segmentos",
      eg: " (p. ej. {list})",
      unreachable: "segmentos que nunca se asignan con este orden: {list}",
      noneUnreachable: "todos los segmentos pueden asignarse",
    },
    others: "Otros",
    newCustomers: "(nuevo)",
    atSnapshot: "Al {at}: {text}",
    rfGrid: {
      hibernating: {
        name: "En hibernación",
        description: "Compraron una o dos veces, y hace ya mucho tiempo.",
        actions: [
          "Intente recuperarlos con una oferta por tiempo limitado en los productos más vendidos",
          "Mantenga el contacto con canales baratos, como el boletín; no invierta mucho en ellos",
        ],
      },
      at_risk: {
        name: "En riesgo",
        description: "Compraban con cierta frecuencia, pero hace mucho que no vuelven.",
        actions: [
          "Escríbales correos personalizados para retomar el contacto antes de perderlos",
          "Ofrézcales un incentivo para volver en lo que solían comprar",
        ],
      },
      cant_lose: {
        name: "No se pueden perder",
        description: "Estaban entre sus compradores más frecuentes, pero llevan mucho tiempo sin comprar.",
        actions: [
          "Reconquístelos con novedades o una oferta exclusiva",
          "Llámelos o envíeles una encuesta breve para saber por qué dejaron de comprar",
          "Que no se los lleve la competencia: deles prioridad",
        ],
      },
      about_to_sleep: {
        name: "A punto de dormirse",
        description: "Compran poco y su última compra empieza a quedar lejos.",
        actions: [
          "Muéstreles productos populares y contenido útil para despertar su interés",
          "Ofrézcales un descuento moderado antes de que se alejen",
        ],
      },
      need_attention: {
        name: "Requieren atención",
        description: "Están en un punto medio de recencia y frecuencia; pueden ir a más o a menos.",
        actions: [
          "Lance una oferta por tiempo limitado que los anime a volver a comprar",
          "Recomiéndeles productos según su historial de compras",
        ],
      },
      loyal: {
        name: "Clientes leales",
        description: "Compran a menudo y han comprado hace relativamente poco.",
        actions: [
          "Ofrézcales productos de mayor valor y paquetes",
          "Pídales reseñas y que lo recomienden",
          "Mantenga su compromiso con un programa de fidelización",
        ],
      },
      promising: {
        name: "Prometedores",
        description: "Compraron hace relativamente poco, pero de momento solo una vez.",
        actions: [
          "Deles un pequeño incentivo para una segunda compra",
          "Deles a conocer el resto del catálogo",
        ],
      },
      new: {
        name: "Clientes nuevos",
        description: "Hicieron su primera compra hace muy poco.",
        actions: [
          "Deles la bienvenida y acompáñelos en sus primeros pasos",
          "Construya la relación desde el principio con contenido útil",
        ],
      },
      potential_loyalist: {
        name: "Potencialmente leales",
        description: "Clientes recientes que ya han repetido alguna vez.",
        actions: ["Invítelos a un club o programa de fidelización", "Recomiéndeles productos relacionados"],
      },
      champions: {
        name: "Campeones",
        description: "Compraron hace muy poco y son los que más a menudo compran: sus mejores clientes.",
        actions: [
          "Prémielos y hágales sentir que los valora",
          "Deles acceso anticipado a las novedades",
          "Conviértalos en embajadores con un programa de referidos",
        ],
      },
    },
    rfm11: {
      champions: {
        name: "Campeones",
        description: "Compraron hace poco, compran a menudo y gastan más que nadie.",
        actions: ["Prémielos"],
      },
      loyal: {
        name: "Clientes leales",
        description: "Gastan bastante y compran a menudo.",
        actions: ["Ofrézcales productos de mayor valor"],
      },
      potential_loyalist: {
        name: "Potencialmente leales",
        description: "Clientes recientes con frecuencia y gasto medios.",
        actions: ["Ofrézcales un programa de fidelización"],
      },
      recent: {
        name: "Clientes recientes",
        description: "Compraron hace muy poco, pero no a menudo.",
        actions: ["Acompáñalos en sus primeros pasos"],
      },
      promising: {
        name: "Prometedores",
        description: "Compradores recientes que aún han gastado poco.",
        actions: ["Deles a conocer la marca"],
      },
      need_attention: {
        name: "Requieren atención",
        description: "Recencia, frecuencia y gasto aceptables, pero en descenso.",
        actions: ["Lance una oferta por tiempo limitado"],
      },
      about_to_sleep: {
        name: "A punto de dormirse",
        description: "Recencia, frecuencia y gasto por debajo de la media.",
        actions: ["Muéstreles productos populares"],
      },
      at_risk: {
        name: "En riesgo",
        description: "Gastaron mucho y compraban a menudo, pero hace tiempo.",
        actions: ["Escríbales para retomar el contacto"],
      },
      cant_lose: {
        name: "No se pueden perder",
        description: "Hicieron las compras más grandes y frecuentes, pero hace mucho.",
        actions: ["Reconquístelos con novedades"],
      },
      hibernating: {
        name: "En hibernación",
        description: "Última compra lejana, pocos pedidos y gasto bajo.",
        actions: ["Ofrézcales productos relevantes"],
      },
      lost: {
        name: "Perdidos",
        description: "La recencia, frecuencia y gasto más bajos.",
        actions: ["Intente despertar su interés; si no, déjelos"],
      },
    },
    // (add above this line)
  },

  /** Words of lib/validate. */
  validate: {
    hopkins: {
      clustered:
        "Estadístico de Hopkins {h:fx2} (>= 0,75): los datos distan de ser uniformes y se concentran en parte de su rango. Eso por sí solo no demuestra grupos separados: una sola nube asimétrica puntúa igual de alto (cerca de 0,5 significaría datos aleatorios uniformes).",
      noClearStructure:
        "Estadístico de Hopkins {h:fx2} (entre 0,3 y 0,75): no hay una estructura de grupos clara; los datos se parecen a datos aleatorios uniformes (0,5), así que cualquier agrupamiento corta un continuo y sus segmentos son una convención, no grupos naturales. Considere segmentos por reglas de negocio.",
      regular:
        "Estadístico de Hopkins {h:fx2} (< 0,3): los datos están repartidos de forma más regular que al azar (una rejilla o patrón regular); no hay grupos que encontrar.",
    },
    stability: {
      stable:
        "Estable: en {nBoot:raw} remuestreos bootstrap todos los segmentos se volvieron a encontrar (Jaccard medio >= 0,75, el menor {minJ:fx2}; índice de Rand ajustado medio {ari:fx2}).",
      fragile:
        "Frágil: en {nBoot:raw} remuestreos bootstrap algunos segmentos cambiaron notablemente (Jaccard medio más bajo {minJ:fx2}, menor que 0,75; índice de Rand ajustado medio {ari:fx2}). Tome sus fronteras como aproximadas.",
      unstable:
        "Inestable: en {nBoot:raw} remuestreos bootstrap al menos un segmento se disolvió (Jaccard medio más bajo {minJ:fx2}, menor que 0,6; índice de Rand ajustado medio {ari:fx2}). La división depende de qué clientes haya en los datos; no actúe como si los grupos fueran reales.",
    },
    readings: {
      "highly stable": "muy estable",
      stable: "estable",
      patterns: "hay patrón, pero dudoso",
      dissolved: "disuelto",
    },
    verdict: {
      clear:
        "Segmentos separados y estables: los datos se dividen en grupos con menos clientes entre ellos ({evidence}), y los {k:raw} segmentos resisten el remuestreo",
      weakStable:
        "No hay agrupación natural: los datos están casi tan repartidos como datos aleatorios uniformes (Hopkins {h:fx2}); los {k:raw} segmentos son reproducibles, pero solo los dividen",
      clusteredFragile:
        "Existen grupos separados ({evidence}), pero algunos de los {k:raw} segmentos son frágiles: revise k y los segmentos inestables",
      none:
        "No hay agrupación natural: los datos no muestran estructura de grupos clara (Hopkins {h:fx2}) y una división en {k:raw} segmentos es {stab}; trate los segmentos como una partición de conveniencia o use reglas de negocio",
      continuumStable:
        "Una sola población continua, sin grupos separados ({evidence}): los {k:raw} segmentos son una partición práctica de un continuo; son reproducibles",
      continuumUnstable:
        "Una sola población continua, sin grupos separados ({evidence}), y una división en {k:raw} segmentos es {stab}; trate los segmentos como una partición de conveniencia o use reglas de negocio",
      unstable:
        "Segmentos inestables: una división en {k:raw} segmentos cambia de un remuestreo a otro (ARI medio {ari:fx2}); no actúe sobre estos segmentos tal como están",
      gap: "Estadístico gap (Tibshirani et al.): {g}",
      gapOne:
        "un solo grupo se ajusta tan bien como cualquier división, comparado con datos de referencia uniformes",
      gapMany: "k = {k:raw} grupos separados se ajustan mejor que uno",
      mixedStable:
        "Evidencia mixta: una división en 2 medias muestra grupos separados ({evidence}), pero los datos están casi tan repartidos como datos aleatorios uniformes (Hopkins {h:fx2}); los {k:raw} segmentos son reproducibles, así que revise sus perfiles antes de tratarlos como grupos reales",
      mixedUnstable:
        "Evidencia mixta: una división en 2 medias muestra grupos separados ({evidence}), pero los datos están casi tan repartidos como datos aleatorios uniformes (Hopkins {h:fx2}), y una división en {k:raw} segmentos es {stab}; trate los segmentos como una partición de conveniencia",
      gapManyShape:
        "k = {k:raw} se ajusta mejor que un solo grupo frente a datos de referencia uniformes, pero las demás pruebas no encuentran grupos separados: en datos asimétricos o concentrados el estadístico gap prefiere varios grupos aunque no haya menos clientes entre ellos",
      gapOneMissed:
        "el estadístico gap prefiere un solo grupo, pero compara con datos uniformes en la caja que contiene los datos, lo que pasa por alto grupos estrechos en el eje que los separa y anchos en otro; SigClust prueba ese eje directamente",
      evidence: {
        separated:
          "SigClust p {p}; entre las dos mitades de una división en 2 medias la densidad baja al {v:pct0} %",
        shape: "SigClust p {p}, pero la densidad no baja entre las dos mitades de una división en 2 medias",
        notSignificant: "SigClust p {p}: no más separación que una sola nube gaussiana",
        gapMany: "el estadístico gap prefiere k = {k:raw}",
        gapOne: "el estadístico gap prefiere un solo grupo",
      },
      stab: {
        stable: "estable",
        fragile: "frágil",
        unstable: "inestable",
      },
      stabDetail: "Estabilidad en {n:raw} remuestreos bootstrap: ARI medio {ari:fx2}; {verdict}",
      silhouette: "Silueta media {s:fx2} (1 = bien separados, 0 = solapados)",
    },
    sigclust: {
      separated:
        "SigClust (Liu et al. 2008): la mejor división en 2 medias es más compacta que en una sola nube gaussiana con la covarianza de los propios datos (índice de agrupamiento {ci:fx2} frente a {ci0:fx2} esperado; p {p} en {n:raw} simulaciones), y entre sus dos mitades la densidad baja al {v:pct0} % del centro más bajo: grupos separados",
      shape:
        "SigClust (Liu et al. 2008): la mejor división en 2 medias es más compacta que en una sola nube gaussiana con la covarianza de los propios datos (índice de agrupamiento {ci:fx2} frente a {ci0:fx2} esperado; p {p} en {n:raw} simulaciones), pero la densidad no baja entre sus dos mitades (mínimo {v:pct0} % del centro más bajo): los datos difieren de una gaussiana en la forma (asimetría, un núcleo denso, empates), no en grupos separados",
      notSignificant:
        "SigClust (Liu et al. 2008): la mejor división en 2 medias no es más compacta que en una sola nube gaussiana con la covarianza de los propios datos (índice de agrupamiento {ci:fx2} frente a {ci0:fx2} esperado; p {p} en {n:raw} simulaciones): no hay indicios de grupos separados",
    },
    tiesSpread:
      "Los valores que comparten varias filas (conteos, importes redondeados o nulos) en {n:raw} de {d:raw} columnas se repartieron antes de forma uniforme según la resolución de los datos, para que los empates no hagan parecer agrupados los datos.",
    structureWhy: {
      none: "los datos están casi tan repartidos como datos aleatorios uniformes: Hopkins {h:fx2}",
      weak: "una sola población continua, sin grupos separados: {evidence}",
      mixed:
        "las pruebas no coinciden: {evidence}, pero los datos están casi tan repartidos como datos aleatorios uniformes (Hopkins {h:fx2})",
    },
    // (add above this line)
  },

  /** Words of lib/choose_k. */
  chooseK: {
    criteria: {
      elbow: "el codo de la curva de inercia",
      silhouette: "la silueta más alta",
      calinskiHarabasz: "el índice de Calinski-Harabasz más alto",
      daviesBouldin: "el índice de Davies-Bouldin más bajo",
      gap: "el estadístico gap",
    },
    agree: "k = {k:raw}: los {n:raw} criterios coinciden ({list}).",
    majority: "k = {k:raw}: {m:raw} de {n:raw} criterios lo señalan ({list}). No coinciden: {others}.",
    tie: " Hay empate; entre los valores empatados, k = {k:raw} tiene la silueta más alta.",
    tieSmallest: " Hay empate; se toma el menor de los valores empatados, la segmentación más simple.",
    check: " Compare los perfiles de los segmentos para estos k antes de decidir.",
    none:
      "k = {k:raw}: ningún criterio pudo votar (muy pocos valores de k o grupos en el barrido); elija k según los perfiles de los segmentos.",
    // (add above this line)
  },

  /** Words of lib/cluster. */
  cluster: {
    epsKnee:
      "eps = {eps:raw}: el codo de las distancias ordenadas al {k:raw}º vecino más cercano (Kneedle); el {share:raw}% de las filas tiene un vecindario más denso y serán filas núcleo",
    epsFallback:
      "eps = {eps:raw}: la curva de distancias k (k = {k:raw}) no tiene un codo claro; este es su punto de mayor curvatura (el más alejado de la cuerda); revise la curva a ojo",
    // (add above this line)
  },

  /** Words of lib/profile. */
  profile: {
    segments: {
      features: {
        "at-risk": {
          name: "Pagadores en riesgo",
          description: "Pagan con más atraso que la mayoría, la señal del riesgo de impago",
          actions: {
            offerRestructuring: "Ofrecer reestructuración o un plan de pagos antes de que crezca la mora",
            financialEducation: "Dar educación financiera y recordatorios de pago",
            noNewCredit: "No ofrecer nuevos productos de crédito hasta que paguen a tiempo",
          },
        },
        "revolvers": {
          name: "Usuarios de crédito rotativo",
          description: "Arrastran un saldo alto mes a mes en lugar de pagarlo",
          actions: {
            instalmentPlan: "Ofrecer un plan de cuotas o traspaso de saldo a menor tasa",
            monitorCredit: "Vigilar de cerca el uso del crédito y los pagos",
            steerCashAdvance: "Orientar el uso de avances de efectivo hacia compras con tarjeta",
          },
        },
        "heavy-users": {
          name: "Usuarios intensivos",
          description: "Compran mucho y mantienen un saldo alto",
          actions: {
            premiumUpgrade: "Ofrecer una tarjeta premium con premios por su gasto",
            instalmentsOnLarge: "Ofrecer cuotas para compras grandes y mantener el saldo manejable",
            watchLimitUse: "Vigilar qué parte del límite utilizan",
          },
        },
        "big-spenders": {
          name: "Grandes compradores activos",
          description: "Compran mucho y con frecuencia, y lo pagan",
          actions: {
            rewardSpending: "Premiar el gasto con un nivel de cashback o puntos",
            limitIncrease: "Ofrecer un aumento de límite o una tarjeta premium",
          },
        },
        "full-payers": {
          name: "Pagan el total",
          description: "Pagan el saldo completo cada mes y casi no tienen deuda",
          actions: {
            encourageCardUse: "Fomentar más uso de la tarjeta con premios por compra",
            instalmentPurchases: "Ofrecer compras en cuotas para artículos grandes",
          },
        },
        "premium": {
          name: "Clientes premium",
          description: "Ganan más o compran productos más caros que la mayoría, sin problemas de pago",
          actions: {
            exclusiveOffers: "Hacer ofertas premium exclusivas con condiciones flexibles",
            crossSell: "Venta cruzada de seguros y paquetes de servicio",
          },
        },
        "stretched": {
          name: "Compradores al límite",
          description: "Dan poco enganche para lo que ganan o compran, así que cada cuota pesa mucho",
          actions: {
            checkAffordability: "Verificar la capacidad de pago antes de aprobar nuevo financiamiento",
            lowerInstalment: "Ofrecer un plazo más largo o un enganche mayor para bajar la cuota",
            watchFirstPayments: "Vigilar de cerca los primeros pagos",
          },
        },
        "budget": {
          name: "Clientes de ticket bajo",
          description: "Financian compras más baratas que la mayoría, sin problemas de pago",
          actions: {
            upgradeAtEnd: "Ofrecer un cambio a un modelo superior cuando su financiamiento esté por terminar",
            crossSell: "Venta cruzada de seguros y paquetes de servicio accesibles",
          },
        },
        "disciplined": {
          name: "Pagadores cumplidos",
          description: "Pagan a tiempo y no tienen más créditos que la mayoría",
          actions: {
            inviteLoyalty: "Invitarlos a un programa de lealtad",
            topUpCredit: "Ofrecer un crédito adicional preaprobado con tasa preferente",
          },
        },
        "on-time-multi": {
          name: "Cumplidos con varios créditos",
          description: "Pagan a tiempo aunque tienen más créditos que la mayoría",
          actions: {
            rewardPunctual: "Premiar la puntualidad con un beneficio de lealtad",
            consolidate: "Ofrecer consolidar sus créditos en una sola cuota",
            checkTotalDebt: "Revisar su deuda total antes de ofrecer más crédito",
          },
        },
        "frequent-small": {
          name: "Compradores frecuentes de bajo monto",
          description: "Compran seguido pero gastan poco cada vez",
          actions: {
            raiseBasket: "Subir el ticket con paquetes y ofertas en cuotas",
            rewardVisits: "Premiar cada visita con puntos de lealtad",
          },
        },
        "low-balance": {
          name: "Cuentas de saldo bajo",
          description: "Deben poco y mueven poco dinero en la cuenta",
          actions: {
            usageIncentives: "Ofrecer incentivos de uso para aumentar el gasto cotidiano",
            limitIncrease: "Preaprobar un aumento moderado de límite a quienes pagan a tiempo",
          },
        },
        "low-limit": {
          name: "Cuentas de límite bajo",
          description: "Tienen límites de crédito más bajos que la mayoría y los usan con moderación",
          actions: {
            reviewLimits: "Revisar el límite de quienes pagan a tiempo",
            encourageEveryday: "Fomentar el uso cotidiano con pequeños premios",
          },
        },
        "dormant": {
          name: "Clientes inactivos",
          description: "Casi no usan el producto; la cuenta está prácticamente parada",
          actions: {
            reactivation: "Lanzar una campaña de reactivación con un incentivo por tiempo limitado",
            askWhyIdle: "Preguntar qué les frena y reducir el costo de contacto con quienes no respondan",
          },
        },
        "new": {
          name: "Clientes nuevos",
          description: "Llegaron hace poco, así que su historial aún es corto",
          actions: {
            onboarding: "Darles la bienvenida con una serie de mensajes sobre los beneficios del producto",
            reviewTerms: "Revisar sus condiciones tras los primeros meses de uso",
          },
        },
        "new-inactive": {
          name: "Nuevos que aún no arrancan",
          description: "Llegaron hace poco y casi no han usado el producto",
          actions: {
            activation: "Lanzar una campaña de activación con un incentivo a la primera compra",
            remindBenefits: "Recordar los beneficios del producto en mensajes de bienvenida",
          },
        },
      },
      rfm: {
        "champions": {
          name: "Mejores clientes",
          description: "Compraron hace poco, compran seguido y son los que más gastan",
          actions: {
            vipTreatment: "Dar trato VIP y acceso anticipado a novedades",
            askReferrals: "Pedir referidos y reseñas",
          },
        },
        "loyal": {
          name: "Clientes habituales",
          description: "Vuelven con frecuencia y siguen comprando",
          actions: {
            loyaltyProgramme: "Inscribirlos en un programa de fidelización",
            upsell: "Ofrecer productos de mayor valor",
          },
        },
        "big-spenders": {
          name: "Compradores ocasionales de alto gasto",
          description: "Gastan mucho pero compran pocas veces",
          actions: {
            premiumBundles: "Ofrecer productos premium y paquetes afines a lo que compraron",
            reasonToReturn: "Darles un motivo para volver antes, como un beneficio de membresía",
          },
        },
        "cant-lose": {
          name: "Valiosos que se alejan",
          description: "Compraban seguido o mucho pero hace tiempo que no vuelven",
          actions: {
            winBack: "Recuperarlos con contacto personal y una oferta especial",
            askWhy: "Preguntar por qué dejaron de comprar",
          },
        },
        "lost-one-time": {
          name: "Compraron una vez y no volvieron",
          description: "Compraron una sola vez, hace tiempo, y no volvieron",
          actions: {
            oneWinBack:
              "Enviar un único mensaje de recuperación de bajo costo y luego dejar de invertir en contactarlos",
            askWhatPutOff: "Averiguar qué los desanimó tras la primera compra (producto, precio, entrega)",
          },
        },
        "at-risk": {
          name: "Recurrentes que dejaron de comprar",
          description: "Compraron varias veces y luego dejaron de volver",
          actions: {
            winBackOffer: "Enviar una oferta de recuperación basada en lo que solían comprar",
            askWhy: "Preguntar con una encuesta breve por qué dejaron de comprar",
          },
        },
        "hibernating": {
          name: "Compradores ocasionales inactivos",
          description: "Compraron poco, pocas veces y hace mucho",
          actions: {
            lowCostReactivation: "Probar una oferta de reactivación de bajo costo",
            lowContactCosts: "Mantener bajo el costo de contacto; depurar la lista",
          },
        },
        "new": {
          name: "Recién llegados",
          description: "Hicieron su primera compra hace poco",
          actions: {
            secondPurchase: "Darles la bienvenida y un incentivo a la segunda compra",
            recommendProducts: "Recomendar productos relacionados con su primera compra",
          },
        },
        "promising": {
          name: "Compradores recientes con potencial",
          description: "Compraron hace poco y más de una vez, pero todavía no con frecuencia",
          actions: {
            loyaltyProgramme: "Invitarlos a un programa de fidelización mientras se forma el hábito",
            recommendProducts: "Recomendar productos relacionados con lo que compraron",
          },
        },
        "cooling": {
          name: "Se están enfriando",
          description: "Llevan más tiempo que la mayoría sin comprar y podrían estar alejándose",
          actions: {
            timelyReminder: "Enviar un recordatorio oportuno con una oferta por tiempo limitado",
            recommendProducts: "Recomendar productos según sus compras anteriores",
          },
        },
      },
      outliers: {
        name: "Atípicos",
        description: "Clientes lejos de todo grupo denso; conviene revisarlos uno por uno",
        actions: {
          reviewOneByOne: "Revisar a estos clientes uno por uno",
          checkRecords: "Verificar sus datos en busca de errores",
        },
      },
      average: {
        name: "Clientes promedio",
        description: "Cerca del promedio en todas las variables",
        actions: {
          keepStandard: "Mantener la oferta y el servicio estándar",
          watchMoves: "Vigilar si pasan a otros segmentos",
        },
      },
      descriptor: {
        description: "Se distingue del promedio por",
        actions: {
          reviewProfile: "Revisar el perfil de este segmento con el equipo de negocio antes de actuar",
          testOffer: "Probar una oferta en una muestra pequeña del segmento y medir la respuesta",
        },
      },
    },
    naming: {
      levelFirst: { high: "{feature} alto", low: "{feature} bajo" },
      level: { high: "{feature} alto", low: "{feature} bajo" },
      contrast: { higher: "{feature} más alto", lower: "{feature} más bajo" },
      conceptContrast: {
        recency: { higher: "menos recientes", lower: "más recientes" },
        frequency: { higher: "más frecuentes", lower: "menos frecuentes" },
        purchases: { higher: "mayor gasto", lower: "menor gasto" },
      },
    },
    evidence: {
      near: "{feature} cerca del promedio (media {mean}{vs})",
      muchHigher: "{feature} muy por encima del promedio (media {mean}{vs})",
      higher: "{feature} por encima del promedio (media {mean}{vs})",
      lower: "{feature} por debajo del promedio (media {mean}{vs})",
      muchLower: "{feature} muy por debajo del promedio (media {mean}{vs})",
      vs: " frente a {overall} en general",
      and: "{rest} y {last}",
    },
    risk: {
      units: { months: " meses", days: " días" },
      "at-risk": {
        name: "Clientes en riesgo",
        description: "Atraso promedio de {delay}{unit} o más: la señal del riesgo de impago.",
        actions: {
          creditReview: "Aplicar una revisión de crédito más estricta",
          restructuring: "Ofrecer reestructuración o un plan de pagos",
          financialEducation: "Dar educación financiera",
          noNewProducts: "No ofrecer productos nuevos hasta que mejore su historial de pagos",
        },
      },
      disciplined: {
        name: "Clientes cumplidos",
        description:
          "Atraso promedio de {disciplinedDelay}{unit} como máximo con {credits} o más créditos activos: clientes activos que pagan a tiempo.",
        actions: {
          loyaltyProgramme: "Invitarlos a un programa de lealtad",
          topUpCredit: "Ofrecer un crédito adicional con una tasa de interés menor",
          insuranceTradeIn: "Ofrecer seguros y la renovación de su vehículo con entrega del actual",
        },
      },
      premium: {
        name: "Clientes premium",
        description:
          "Ingreso de {incomeThreshold} o más{ratio}, con un atraso promedio menor que {delay}{unit}: potencial premium.",
        actions: {
          exclusiveOffers: "Ofrecer productos exclusivos o premium",
          higherLimits: "Ofrecer límites de crédito más altos",
          crossSell: "Venta cruzada del vehículo con seguros y paquetes de servicio",
        },
      },
      regular: {
        name: "Clientes regulares",
        description:
          "Atraso promedio menor que {delay}{unit}, fuera del grupo cumplido con {credits} o más créditos{premium}.",
        actions: {
          reminders: "Enviar recordatorios antes del vencimiento",
          lightPromotions: "Ofrecer promociones de crédito ligeras a quienes pagan a tiempo",
        },
      },
      premiumRatio: " ({ratio} veces el ingreso mediano)",
      regularNotPremium: " y por debajo del ingreso premium",
    },
    summary: {
      segment: "Segmento",
      customers: "Clientes",
      mean: "Media de {c}",
      interpretation: "Interpretación",
      recommendation: "Recomendación",
      unnamed: "Segmento {label:raw}",
    },
    concepts: {
      balance: { noun: "saldo", high: "saldo alto", low: "saldo bajo" },
      purchases: { noun: "gasto", high: "gasto alto", low: "gasto bajo" },
      frequency: { noun: "frecuencia de compra", high: "compras frecuentes", low: "compras poco frecuentes" },
      recency: { noun: "recencia", high: "última compra lejana", low: "compra reciente" },
      cashAdvance: {
        noun: "avances de efectivo",
        high: "muchos avances de efectivo",
        low: "pocos avances de efectivo",
      },
      creditLimit: {
        noun: "límite de crédito",
        high: "límite de crédito alto",
        low: "límite de crédito bajo",
      },
      payments: { noun: "pagos", high: "pagos altos", low: "pagos bajos" },
      minPayments: { noun: "pagos mínimos", high: "pagos mínimos altos", low: "pagos mínimos bajos" },
      fullPayment: { noun: "pago total", high: "suelen pagar el total", low: "rara vez pagan el total" },
      tenure: { noun: "antigüedad", high: "antigüedad larga", low: "antigüedad corta" },
      income: { noun: "ingreso", high: "ingreso alto", low: "ingreso bajo" },
      price: { noun: "precio", high: "precio alto", low: "precio bajo" },
      downPayment: { noun: "pago inicial", high: "pago inicial alto", low: "pago inicial bajo" },
      delay: { noun: "atraso en los pagos", high: "pagos atrasados", low: "pagos puntuales" },
      activeCredits: {
        noun: "créditos activos",
        high: "muchos créditos activos",
        low: "pocos créditos activos",
      },
      age: { noun: "edad", high: "mayor edad", low: "menor edad" },
    },
    conceptsUsed: " Los nombres de los segmentos leen las variables por su significado: {list}.",
    conceptsNone: " Las variables sin un significado conocido se nombran por su columna: {list}.",
    grid: {
      name: "Mayormente {segment}",
      mixOf: "Mezcla de {a} y {b}",
      description: "Una mezcla de segmentos RFM que ningún perfil único describe",
      actions: {
        actByGrid: "Trabajar cada segmento RFM de su interior con las acciones propias de ese segmento",
      },
      mix: {
        active: "{name}, con algunos compradores recientes",
        lapsed: "{name}, con algunos compradores inactivos",
      },
      inside: " Segmentos RFM en su interior: {list}.",
      gridActive:
        "Separar primero a los {n:raw} compradores recientes de su interior ({list}) y tratarlos según su segmento RFM, no como inactivos",
      gridLapsed:
        "Recuperar a los {n:raw} clientes inactivos de su interior ({list}) con la oferta de su segmento RFM",
    },
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
    bestBy: "mejor según {criterion}",
    chosenK: "k elegido = {k:raw}",
    criterionShort: {
      inertia: "el codo",
      silhouette: "la silueta",
      calinskiHarabasz: "Calinski-Harabasz",
      daviesBouldin: "Davies-Bouldin",
      gap: "el estadístico gap",
    },
    /** After a histogram's title when its x axis is logarithmic. */
    logScale: "escala logarítmica",
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
      /** A ledger entry's step, keyed by `LedgerEntry.step`. */
      ledgerStep: {
        load: "lectura",
        clean: "limpieza",
        rfm: "RFM",
        features: "variables",
        score: "puntuación",
      },
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
        q1: "cuartil 1",
        median: "mediana",
        q3: "cuartil 3",
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
      featureMean: "{feature}, media",
      featureMedian: "{feature}, mediana",
      meanOf: "{c} medio por segmento",
    },
    sigclust: "p de SigClust (2 medias frente a una sola nube gaussiana)",
    /** Role names, keyed by the role, as the data notes and the roles table show them. */
    roleNames: {
      customer: "id de cliente",
      invoice: "factura",
      date: "fecha",
      amount: "importe",
      quantity: "cantidad",
      price: "precio unitario",
      country: "país",
    },
    /** Display names of the columns and features segmenta makes (the CSV keeps the codes). */
    columnNames: {
      customer_id: "Cliente",
      recency: "recencia",
      recency_days: "recencia (días)",
      frequency: "frecuencia",
      monetary: "gasto",
      r_score: "puntuación R",
      f_score: "puntuación F",
      m_score: "puntuación M",
      rfm_code: "código RFM",
      rfm_segment: "segmento RFM",
      cluster: "grupo k-means",
      cluster_segment: "segmento k-means",
      p_alive: "P(vivo)",
      segment: "Segmento",
      rule_segment: "Segmento por reglas",
      risk_score: "Puntuación de riesgo (0-100)",
      dbscan_group: "Grupo DBSCAN",
      row: "Fila",
    },
    /** Customer-value columns of the customer table; {h} is the horizon in months. */
    expectedPurchasesColumn: "compras esperadas, {h:raw} meses",
    clvColumn: "CLV, {h:raw} meses",
    /** A header with its unit or currency: "monetary (€)", "recency (days)". */
    withUnit: "{label} ({unit})",
    /** Units of durations, as a header shows them and after a value. */
    units: { days: "días", months: "meses", weeks: "semanas" },
    /** A value with its unit: "30.5 days". */
    valueWithUnit: "{value} {unit}",
    /** The country table. */
    country: "País",
    countryRevenue: "Ingresos",
    countryShare: "Proporción de los ingresos",
    /** A share too small to show with one decimal. */
    belowTenth: "<0,1 %",
    /** The dashboard's switch between the two segmentations of an RFM run. */
    groupingRfm: "Segmentos RFM (la cuadrícula de marketing)",
    groupingKmeans: "Segmentos k-means",
    groupingRules: "Segmentos por reglas de negocio",
    /** Scaler names, keyed by `transform.scaler`. */
    scalers: {
      standard: "estandarización: media 0 y desviación típica 1",
      robust: "escalado robusto: mediana y rango intercuartílico",
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
    /** The switch between segmentations (the RFM grid's, k-means'). */
    groupBy: "Segmentos que se muestran",
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
    hopkinsDistinct:
      "Estadístico de Hopkins calculado sobre las {distinct:raw} filas distintas de {rows:raw}: los puntos repetidos parecerían grupos",
    movementSkipped:
      "Movimiento entre segmentos omitido: los datos empiezan menos de {days:raw} días antes del corte",
    dbscanLarge: "DBSCAN omitido: {n:raw} filas supera las 200.000 con las que este informe lo ejecuta",
    /** Where the risk rules came from (`rules.origin`). */
    risk: {
      origin:
        'reglas de riesgo sobre "{delay}" y "{credits}"{income}: en riesgo desde un atraso de {d:raw} o más; cumplidos con un atraso de {dd:raw} como máximo y {c:raw} o más créditos activos{how}',
      premiumBy: ' (premium según "{i}")',
      howGiven: " (umbrales fijados por el analista)",
      howDefault:
        " (los umbrales por defecto del equipo de financiamiento, no cuartiles de este archivo; fije los suyos con --delay-threshold, --disciplined-delay, --cross-sell-credits y --premium-income)",
      score:
        'El puntaje de riesgo de cada cliente (columna "risk_score", de 0 a 100) es 100 × mín(atraso / {d:raw}, 1) × (3 + mín(créditos / {c:raw}, 1)) / 4: lo determina el atraso en los pagos y los créditos vigentes lo aumentan, así que quien paga a tiempo obtiene 0 aunque tenga muchos créditos.',
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
        "k = {k:raw}, el codo de la curva de inercia, como número práctico de segmentos: {why}, así que no hay un k que descubrir; pasado el codo, más segmentos apenas reducen la dispersión dentro de cada uno. ({reason})",
      convenienceVote:
        "k = {k:raw}, el menor número de segmentos, de 3 o más, que señala algún criterio, por conveniencia: {why}, y la curva de inercia no tiene un codo claro. ({reason})",
    },
    /** segmentMatrix's stability warnings; {names} lists the segments with their Jaccard. */
    unstableSegments:
      "Segmentos inestables (Jaccard bootstrap medio por debajo de 0,6): {names}; sus miembros cambian en cuanto los datos cambian un poco, así que no los trate como grupos reales",
    fragileSegments:
      "Segmentos frágiles (Jaccard bootstrap medio entre 0,6 y 0,75): {names}; sus fronteras se mueven entre remuestreos",
    /** The command line's words about the paths of a run, writing its outputs, and signals (cli/). */
    cli: {
      outRoot:
        'No se puede escribir en "{out}": es la carpeta raíz del equipo, y una ejecución solo escribe en una carpeta propia; elija una con --out',
      outContainsProject:
        'No se puede escribir en "{out}": contiene el propio segmenta ("{project}"), cuyos archivos una ejecución no debe poder cambiar; elija otra carpeta con --out',
      commaOut:
        'No se puede escribir en "{out}": su ruta tiene una coma, y Deno separa sus listas de permisos por comas, así que la carpeta no se puede conceder sola; elija con --out una carpeta sin coma',
      commaRead:
        'No se puede leer "{path}": la ruta del archivo y la de su carpeta tienen comas, y Deno separa sus listas de permisos por comas; mueva el archivo a una carpeta sin comas en su ruta',
      overwritesInput:
        'No se puede escribir "{output}": es el archivo de entrada "{input}", que la ejecución sobrescribiría; elija otra carpeta con --out',
      /** An input that is not a regular file, by what it is. */
      notAFile: {
        folder:
          'No se puede leer "{path}": es una carpeta, no un archivo; indique la ruta de un archivo dentro de ella',
        fifo:
          'No se puede leer "{path}": es una tubería con nombre (FIFO), no un archivo, y segmenta lee su entrada más de una vez; guarde los datos en un archivo e indique ese archivo',
        device:
          'No se puede leer "{path}": es un dispositivo, no un archivo; indique la ruta de un archivo de datos',
        socket:
          'No se puede leer "{path}": es un punto de conexión entre procesos, no un archivo; indique la ruta de un archivo de datos',
      },
      /** A write that failed, by its cause ({code} is the system's error code, e.g. ENOSPC). */
      write: {
        full:
          'No se puede escribir en la carpeta de salida "{out}": el disco está lleno ({code}); libere espacio en él o elija otra carpeta con --out',
        readOnly:
          'No se puede escribir en la carpeta de salida "{out}": está en un sistema de archivos de solo lectura ({code}); elija otra carpeta con --out',
        denied:
          'No se puede escribir en la carpeta de salida "{out}": no hay permiso para escribir en ella ({code}); elija con --out una carpeta en la que pueda escribir',
        gone:
          'No se puede escribir en la carpeta de salida "{out}": ya no existe ({code}; ¿se borró durante la ejecución?); vuelva a crearla o elija otra carpeta con --out',
        notFolder:
          'No se puede escribir en la carpeta de salida "{out}": parte de su ruta es un archivo, no una carpeta ({code}); elija otra carpeta con --out',
        other: 'No se puede escribir en la carpeta de salida "{out}": {cause}; elija otra carpeta con --out',
      },
      interruptedRemoved:
        'Detenido por {signal} mientras se escribían los resultados: se borraron los archivos a medio escribir, y "{out}" conserva lo que tenía',
      interruptedCompleted:
        'Detenido por {signal} mientras se colocaban los resultados: primero se terminó de colocarlos, así que "{out}" tiene los archivos nuevos completos',
      abandoned: 'El lanzador (deno task segment) se detuvo, así que no se escribió nada en "{out}"',
      leftovers:
        'Se borraron {n:raw} archivo(s) a medio escribir de una ejecución anterior que se detuvo mientras escribía en "{out}": {names}',
    },
    rulesDisagree: {
      some:
        'Si cada segmento k-means se lee como su segmento por reglas más frecuente, las dos segmentaciones coinciden en {agree:raw} de {n:raw} clientes ({pct}%) y difieren en {differ:raw}. El mayor grupo en que discrepan: {count:raw} clientes que k-means pone en "{km}" (sobre todo "{usual}" según las reglas) son "{rule}" según las reglas. k-means agrupa a los clientes por sus {f:raw} variables a la vez, mientras que las reglas solo miran {cols} frente a umbrales fijos, así que los clientes cerca de un umbral o parecidos en las demás variables quedan en grupos distintos.',
      none:
        "Cada segmento k-means cae dentro de un único segmento por reglas: las dos segmentaciones coinciden en los {n:raw} clientes.",
    },
    givenRules: "reglas indicadas por el analista",
    /** The CLI's summary of a run (stdout); the English lines are the historical ones. */
    summary: {
      kind: "  tipo de análisis: {kind} ({reason})",
      sample: "  muestra: {text}",
      periods: "  dos periodos: {text}",
      lead: "  segmentación principal: {reason}",
      kmeansSegment: '  segmento de k-medias "{name}": {n} clientes ({share:pct1} %)',
      kinds: { rfm: "RFM (transacciones)", features: "variables por cliente" },
      rows: "  filas: {read} leídas, {kept} conservadas; {customers} clientes segmentados",
      ledger: "  registro: {rows} {action}{column}: {reason}",
      ledgerColumn: ' en "{column}"',
      verdict: "  veredicto: {headline}",
      segment: '  segmento "{name}": {n} clientes ({share:pct1} %)',
      warning: "  aviso: {text}",
      value:
        "  valor del cliente: {fit} con {n} clientes (calibración del {start:date} al {end:date}, en {unit})",
      fit: "BG/NBD r = {r}, alfa = {alpha}, a = {a}, b = {b}",
      noFit: "sin ajuste BG/NBD",
      valueWarning: "  aviso sobre el valor del cliente: {text}",
      wrote: "archivo escrito: {path}",
      noModel: "modelo no guardado: {reason}",
      done: "terminado en {s:f1} s",
    },
    /** Progress bars' step names, keyed by the step code the computations report. */
    progress: {
      "k sweep": "barrido de k",
      "bootstrap stability": "estabilidad por remuestreo",
      "k-means": "ajuste k-means",
      silhouette: "silueta",
      typing: 'tipos de columna de "{file}"',
      reading: 'lectura de "{file}"',
      head: 'lectura del comienzo de "{file}"',
      "monthly trend": "tendencia mensual",
      cohorts: "cohortes",
      "recency, frequency, monetary": "recencia, frecuencia, valor",
      "customer value": "valor del cliente",
    },
    /** `deno task segment score`: its summary (stdout) and its page; the English lines are the historical ones. */
    score: {
      model: "  modelo: {path} ({kind}, k = {k:raw}, entrenado con {trained}, segmenta {version})",
      snapshot: "  fecha de corte: {date:date} ({rule})",
      scored: "  clientes puntuados: {n}",
      segment: '  segmento "{name}": {n} clientes ({now:pct1} %; en el modelo {model:pct1} %)',
      moved: "  cambios: {from} -> {to}: {n}",
      new: "(nuevo)",
      gone: "(ya no está)",
      drift: "  deriva: {feature} PSI {psi:f3} ({level})",
      levels: { stable: "estable", moderate: "cambio moderado", major: "cambio grande" },
      title: "Clientes puntuados: {file}",
      modelText:
        "Modelo {path}: {kind}, k = {k:raw}, entrenado con {trained} (SHA-256 {sha}…) con segmenta {version}. {n} clientes puntuados sin volver a ajustar el modelo.",
      snapshotText: " Fecha de corte: {date:date}.",
      movementTitle: "Cambios desde los segmentos anteriores",
      newCustomer: "(cliente nuevo)",
      notInFile: "(no está en este archivo)",
      sizesTitle: "Tamaño de los segmentos",
      sizesHead: {
        segment: "segmento",
        now: "clientes ahora",
        shareNow: "proporción ahora",
        shareModel: "proporción en el modelo",
      },
      movementHead: { from: "desde", to: "hacia", customers: "clientes" },
      driftTitle: "Deriva (índice de estabilidad de la población)",
      driftHead: { feature: "variable", psi: "PSI", reading: "lectura" },
      driftNote:
        "Por debajo de 0,1: estable; de 0,1 a 0,25: cambio moderado; 0,25 o más: cambio grande, considere volver a ajustar el modelo.",
      share: "{share:pct1} %",
    },
    /** segmentMatrix on a stratified sample (`sample`): {size} rows of {of}, the sample's seed. */
    sampled:
      "k, la estabilidad y el veredicto (SigClust, Hopkins, el estadístico gap) se calcularon con una muestra estratificada de {size} de los {of} clientes (extraída en proporción de los 10 deciles de la primera componente principal, semilla {seed:raw}); los centros de segmento hallados en la muestra se ajustaron después con todos los clientes, y cada cliente se asignó al centro de segmento más cercano",
    // (add above this line)
  },

  /** Words of lib/views. */
  views: {
    explainedTitle: "Proporción de varianza explicada por componente principal",
    explainedValue: "proporción de la varianza",
    component: "CP{i:raw}",
    meanPerSegment: "Media de {column} por segmento",
    corrPair: "{a:raw} y {b:raw} están {strength:raw} correlacionadas (r = {r:f2}).",
    corrWeakest:
      "Ningún par de variables pasa de una correlación débil: el par más correlacionado, {a:raw} y {b:raw}, tiene r = {r:f2}, así que cada variable aporta información propia a las distancias.",
    corrWeight:
      "Las variables muy correlacionadas miden casi lo mismo dos veces, y eso pesa más en las distancias de k-medias.",
    corrStrength: {
      weak: "débilmente",
      moderate: "moderadamente",
      strong: "fuertemente",
      veryStrong: "muy fuertemente",
    },
    segmentLine: "**{name:raw}**: {size:count} clientes ({share:pct0} %). {action:raw}",
    noSection: 'Este análisis no tiene la parte "{id:raw}" (el informe tiene: {ids:raw})',
    exported:
      "El informe para marketing es {html:raw}; el CSV para el CRM, una fila por cliente con su segmento, es {csv:raw}.",
    // (add above this line)
  },

  /** Palabras de la aplicación web local (app/). */
  app: {
    title: "segmenta: segmentos de clientes a partir de un archivo",
    intro:
      "Elija un archivo de clientes: CSV, TSV, Parquet o Excel (.xlsx). Se queda en este equipo: no se envía a ningún otro lugar.",
    drop: "Suelte un archivo aquí, o",
    choose: "elija un archivo",
    uploading: "Subiendo {name}…",
    reading: "Leyendo {name}…",
    another: "Otro archivo",
    language: "Idioma",
    detected: "Lo que se detectó en {name}",
    rowsColumns: "{rows:int} filas, {columns:int} columnas",
    format: "Formato",
    delimiter: "Separador de campos",
    decimal: "Separador decimal",
    thousands: "Separador de miles",
    encoding: "Codificación",
    dateFormat: "Formato de fecha",
    detectedValue: "detectado: {value}",
    asDetected: "como se detectó",
    none: "ninguno",
    comma: "coma (,)",
    semicolon: "punto y coma (;)",
    tab: "tabulador",
    pipe: "barra vertical (|)",
    period: "punto (.)",
    kind: "Qué contiene el archivo",
    kindAuto: "Decidirlo a partir del archivo",
    kindRfm: "Transacciones: una fila por compra (RFM)",
    kindFeatures: "Una fila por cliente",
    roles: "Roles de las columnas",
    roleCustomer: "ID de cliente",
    roleInvoice: "Factura o pedido",
    roleDate: "Fecha",
    roleAmount: "Monto",
    roleQuantity: "Cantidad",
    rolePrice: "Precio unitario",
    roleCountry: "País",
    noColumn: "(ninguna columna)",
    features: "Variables para segmentar (una fila por cliente)",
    featuresHelp: "Se sugieren las columnas numéricas; los ID y códigos quedan fuera, con el motivo.",
    leftOutId: "fuera: su nombre indica que es un ID o un código",
    leftOutLabel: "fuera: contiene etiquetas de un análisis anterior",
    notNumeric: "no numérica",
    options: "Opciones",
    k: "Número de segmentos",
    kAuto: "Automático (sugerido por el barrido de k)",
    kFixed: "Fijo",
    seed: "Semilla",
    currency: "Moneda",
    currencyLeft:
      "Un código ISO como EUR, USD o IDR (se muestra como Rp). Si lo deja vacío, se usa la moneda que indiquen los símbolos o códigos de la columna de importes, si los hay.",
    run: "Ejecutar el análisis",
    runAgain: "Ejecutar de nuevo",
    progress: "Progreso",
    stepReading: "Leyendo el archivo",
    stepTyping: "Leyendo las columnas",
    stepCleaning: "Limpiando",
    stepSweep: "Probando cada número de segmentos (barrido de k)",
    stepSilhouette: "Midiendo cuánto se separan los segmentos",
    stepStability: "Comprobando la estabilidad (bootstrap)",
    stepReport: "Redactando el informe",
    stepWorking: "Trabajando",
    done: "Listo en {seconds:f1} s",
    result: "Resultado",
    verdict: "Veredicto",
    kindChosen: "Análisis",
    segments: "Segmentos",
    segment: "Segmento",
    customers: "Clientes",
    share: "Proporción",
    actions: "Qué hacer",
    downloads: "Descargas",
    downloadReport: "Descargar el informe (HTML)",
    downloadCsv: "Descargar los segmentos (CSV)",
    downloadModel: "Descargar el modelo guardado (JSON)",
    report: "Informe completo",
    errorTitle: "Este archivo no se puede usar tal como está",
    errorFile: "Archivo",
    errorColumn: "Columna",
    errorRows: "Filas",
    errorFix:
      "Corrija un rol o una opción más arriba y ejecute de nuevo; no hace falta volver a subir el archivo.",
    errorInternal:
      "segmenta tuvo un error interno (un fallo del programa). La ventana donde se ejecuta la aplicación muestra los detalles; por favor, infórmelos.",
    errorTooLarge:
      "El archivo tiene {size} MB, más que el límite de {limit} MB de esta aplicación. Inicie la aplicación con un --max-upload mayor, o divida el archivo por periodos.",
    errorEmpty: "El archivo está vacío (0 bytes); exporte los datos de nuevo.",
    errorExpired:
      "Este archivo ya no está en el servidor (la aplicación se reinició o el archivo caducó); elíjalo de nuevo.",
    errorNetwork: "La aplicación no responde; compruebe que sigue en marcha.",
    readAgain: "Leer el archivo de nuevo",
    dayOrder: "Orden de día y mes en las fechas",
    dayFirst: "primero el día (31/12/2024)",
    monthFirst: "primero el mes (12/31/2024)",
    sheet: "Hoja del libro",
    sheetFirst: "la primera hoja",
    cancelPrefix: "Facturas anuladas: el número de factura empieza por",
    cancelOff: "No eliminar ninguna factura como anulada",
    cancelHelp:
      "Solo para transacciones. Las facturas anuladas se eliminan antes del análisis; cada una figura en la tabla de limpieza del informe.",
    fixChoice: 'la opción "{control}" de abajo y vuelva a leer el archivo',
    fixDayOrder: 'elija el orden en "{control}" aquí abajo y vuelva a leer el archivo',
    fixCancellation:
      'si no son anulaciones, marque "{off}" aquí abajo y vuelva a ejecutarlo, o escriba en "{control}" el prefijo que de verdad tienen sus anulaciones',
    riskRules: "Reglas de riesgo (una fila por cliente, con días de atraso en los pagos)",
    riskDelay: "Atraso medio a partir del cual un cliente está en riesgo",
    disciplinedDelay: "Atraso medio hasta el cual un cliente paga a tiempo",
    crossSellCredits: "Créditos activos a partir de los cuales un cliente puntual es disciplinado",
    premiumIncome: "Ingreso a partir del cual un cliente sin riesgo es prémium",
    riskDefault: "por defecto: {value}",
    riskPremiumDefault: "1,25 × el ingreso mediano",
    // (add above this line)
  },

  /** Words of the customer-value part of the RFM run (BG/NBD, Gamma-Gamma, CLV). */
  clv: {
    title: "Valor del cliente",
    intro:
      "Quién sigue siendo cliente y cuánto vale. Los modelos aprenden de las compras del {start:date} al {end:date} (el periodo de calibración, {customers:count} clientes, tiempos en {unit}); P(vivo), las compras esperadas y el CLV se calculan a fecha {end:date}.",
    introHoldout:
      " Las compras posteriores, hasta el {obs:date}, sirven para comprobar el ajuste (periodo de control).",
    bgnbd:
      "BG/NBD (quién sigue comprando): mientras está activo, cada cliente compra a su propio ritmo y, tras cada compra, puede dejar de comprar para siempre. Aquí un cliente activo compra {rate:f2} veces por {unitOne} en promedio y abandona tras una compra con una probabilidad media del {drop:pct1} %. La P(vivo) de un cliente baja cuanto más tiempo pasa sin comprar en relación con su propio ritmo.",
    gammaGamma:
      "Gamma-Gamma (cuánto vale una compra): cada cliente tiene su propio gasto medio y cada compra varía en torno a él. Ajustado con los {repeat:count} clientes que volvieron a comprar, una compra vale {spend} en promedio.",
    correlationOk:
      "La frecuencia de compra y el gasto medio apenas están correlacionados (r = {r:f2}), como supone el modelo Gamma-Gamma.",
    correlationHigh:
      "La frecuencia de compra y el gasto medio están correlacionados (r = {r:f2}): el modelo Gamma-Gamma supone que no lo están, así que tome el CLV como aproximado.",
    clv:
      "CLV (cuánto vale un cliente en los próximos {months:raw} meses): compras esperadas por gasto esperado por compra, descontado un {rate:pct1} % al mes. En total {total}; {mean} por cliente en promedio; la décima parte de clientes de más valor reúne el {topShare:pct0} %.",
    holdoutClose:
      "Comprobación en el periodo de control: en las {duration:f1} {unit} posteriores a la calibración, el modelo esperaba {predicted} compras repetidas y hubo {actual} (diferencia del {gap:pct0} %): se ajusta bien a estos datos.",
    holdoutOver:
      "Comprobación en el periodo de control: en las {duration:f1} {unit} posteriores a la calibración, el modelo esperaba {predicted} compras repetidas pero solo hubo {actual} (un {gap:pct0} % menos): aquí es demasiado optimista, así que tome las compras esperadas y el CLV como valores máximos.",
    holdoutUnder:
      "Comprobación en el periodo de control: en las {duration:f1} {unit} posteriores a la calibración, el modelo esperaba {predicted} compras repetidas pero hubo {actual} (un {gap:pct0} % más): aquí es demasiado prudente, así que tome las compras esperadas y el CLV como valores mínimos.",
    noHoldout:
      "Sin comprobación: el periodo de calibración llega hasta el último día de los datos, así que el ajuste no se contrasta con compras posteriores.",
    skipped:
      "Los modelos de valor del cliente no pudieron ejecutarse con estos datos (vea los avisos de arriba).",
    paramsCaption: "Parámetros ajustados, con sus errores estándar",
    parameter: "parámetro",
    estimate: "estimación",
    standardError: "error estándar",
    logLik: "log-verosimilitud",
    holdoutCaption:
      "Compras en el periodo de control según las compras repetidas en la calibración (media por cliente)",
    calibrationPurchases: "compras repetidas en la calibración",
    orMore: "{n:raw} o más",
    customers: "clientes",
    actual: "reales",
    predicted: "previstas",
    segmentCaption: "P(vivo) y CLV por segmento",
    segment: "segmento",
    meanPAlive: "P(vivo) media",
    meanExpected: "compras esperadas medias, {months:raw} meses",
    meanClv: "CLV medio, {months:raw} meses",
    totalClv: "CLV total, {months:raw} meses",
    saveText:
      "Los clientes que más vale la pena retener: los que volvieron a comprar y cuya P(vivo) ha bajado, ordenados por CLV × (1 − P(vivo)), el valor en riesgo. Contacte con ellos antes de que se vayan.",
    saveCaption: "Los {n:raw} clientes que más vale la pena retener",
    customer: "cliente",
    pAlive: "P(vivo)",
    clvColumn: "CLV, {months:raw} meses",
    valueAtRisk: "valor en riesgo",
    trackingTitle: "Compras repetidas acumuladas: reales y previstas",
    trackingX: "{unit} desde la primera compra de los datos",
    trackingY: "compras repetidas acumuladas",
    calibrationEnd: "fin de la calibración",
    /** The time units, plural and singular. */
    units: { days: "días", weeks: "semanas", months: "meses" },
    unitOne: { days: "día", weeks: "semana", months: "mes" },
    // (add above this line)
  },
};
