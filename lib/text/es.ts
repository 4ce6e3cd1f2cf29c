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
    "hopkins-constant-columns": "Las columnas {columns:q} son constantes; no influyen en el estadístico",
    "hopkins-small-sample":
      "Solo se muestrean {sampleSize:raw} filas por repetición: el estadístico es ruidoso; use más filas",
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
          "Intenta recuperarlos con una oferta por tiempo limitado en los productos más vendidos",
          "Mantén el contacto con canales baratos, como el boletín; no inviertas mucho en ellos",
        ],
      },
      at_risk: {
        name: "En riesgo",
        description: "Compraban con cierta frecuencia, pero hace mucho que no vuelven.",
        actions: [
          "Escríbeles correos personalizados para retomar el contacto antes de perderlos",
          "Ofréceles un incentivo para volver en lo que solían comprar",
        ],
      },
      cant_lose: {
        name: "No se pueden perder",
        description: "Estaban entre tus compradores más frecuentes, pero llevan mucho tiempo sin comprar.",
        actions: [
          "Reconquístalos con novedades o una oferta exclusiva",
          "Llámalos o envíales una encuesta breve para saber por qué dejaron de comprar",
          "Que no se los lleve la competencia: dales prioridad",
        ],
      },
      about_to_sleep: {
        name: "A punto de dormirse",
        description: "Compran poco y su última compra empieza a quedar lejos.",
        actions: [
          "Muéstrales productos populares y contenido útil para despertar su interés",
          "Ofréceles un descuento moderado antes de que se alejen",
        ],
      },
      need_attention: {
        name: "Requieren atención",
        description: "Están en un punto medio de recencia y frecuencia; pueden ir a más o a menos.",
        actions: [
          "Lanza una oferta por tiempo limitado que los anime a volver a comprar",
          "Recomiéndales productos según su historial de compras",
        ],
      },
      loyal: {
        name: "Clientes leales",
        description: "Compran a menudo y han comprado hace relativamente poco.",
        actions: [
          "Ofréceles productos de mayor valor y paquetes",
          "Pídeles reseñas y que te recomienden",
          "Mantén su compromiso con un programa de fidelización",
        ],
      },
      promising: {
        name: "Prometedores",
        description: "Compraron hace relativamente poco, pero de momento solo una vez.",
        actions: [
          "Dales un pequeño incentivo para una segunda compra",
          "Dales a conocer el resto del catálogo",
        ],
      },
      new: {
        name: "Clientes nuevos",
        description: "Hicieron su primera compra hace muy poco.",
        actions: [
          "Dales la bienvenida y acompáñalos en sus primeros pasos",
          "Construye la relación desde el principio con contenido útil",
        ],
      },
      potential_loyalist: {
        name: "Potencialmente leales",
        description: "Clientes recientes que ya han repetido alguna vez.",
        actions: ["Invítalos a un club o programa de fidelización", "Recomiéndales productos relacionados"],
      },
      champions: {
        name: "Campeones",
        description: "Compraron hace muy poco y son los que más a menudo compran: tus mejores clientes.",
        actions: [
          "Prémialos y hazles sentir que los valoras",
          "Dales acceso anticipado a las novedades",
          "Conviértelos en embajadores con un programa de referidos",
        ],
      },
    },
    rfm11: {
      champions: {
        name: "Campeones",
        description: "Compraron hace poco, compran a menudo y gastan más que nadie.",
        actions: ["Prémialos"],
      },
      loyal: {
        name: "Clientes leales",
        description: "Gastan bastante y compran a menudo.",
        actions: ["Ofréceles productos de mayor valor"],
      },
      potential_loyalist: {
        name: "Potencialmente leales",
        description: "Clientes recientes con frecuencia y gasto medios.",
        actions: ["Ofréceles un programa de fidelización"],
      },
      recent: {
        name: "Clientes recientes",
        description: "Compraron hace muy poco, pero no a menudo.",
        actions: ["Acompáñalos en sus primeros pasos"],
      },
      promising: {
        name: "Prometedores",
        description: "Compradores recientes que aún han gastado poco.",
        actions: ["Dales a conocer la marca"],
      },
      need_attention: {
        name: "Requieren atención",
        description: "Recencia, frecuencia y gasto aceptables, pero en descenso.",
        actions: ["Lanza una oferta por tiempo limitado"],
      },
      about_to_sleep: {
        name: "A punto de dormirse",
        description: "Recencia, frecuencia y gasto por debajo de la media.",
        actions: ["Muéstrales productos populares"],
      },
      at_risk: {
        name: "En riesgo",
        description: "Gastaron mucho y compraban a menudo, pero hace tiempo.",
        actions: ["Escríbeles para retomar el contacto"],
      },
      cant_lose: {
        name: "No se pueden perder",
        description: "Hicieron las compras más grandes y frecuentes, pero hace mucho.",
        actions: ["Reconquístalos con novedades"],
      },
      hibernating: {
        name: "En hibernación",
        description: "Última compra lejana, pocos pedidos y gasto bajo.",
        actions: ["Ofréceles productos relevantes"],
      },
      lost: {
        name: "Perdidos",
        description: "La recencia, frecuencia y gasto más bajos.",
        actions: ["Intenta despertar su interés; si no, déjalos"],
      },
    },
    // (add above this line)
  },

  /** Words of lib/validate. */
  validate: {
    hopkins: {
      clustered:
        "Estadístico de Hopkins {h:fx2} (>= 0,75): los datos están claramente agrupados; existen grupos reales, así que los segmentos encontrados describen una estructura de los datos (cerca de 0,5 significaría datos aleatorios uniformes).",
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
        "Segmentos claros y estables: los datos tienen estructura de grupos (Hopkins {h:fx2}) y los {k:raw} segmentos resisten el remuestreo",
      weakStable:
        "Segmentos utilizables, con cautela: la estructura de grupos es débil (Hopkins {h:fx2}) pero los {k:raw} segmentos son reproducibles",
      clusteredFragile:
        "Los datos tienen grupos (Hopkins {h:fx2}) pero algunos de los {k:raw} segmentos son frágiles: revise k y los segmentos inestables",
      none:
        "No hay agrupación natural: los datos no muestran estructura de grupos clara (Hopkins {h:fx2}) y una división en {k:raw} segmentos es {stab}; trate los segmentos como una partición de conveniencia o use reglas de negocio",
      continuumStable:
        "Segmentos utilizables, con cautela: los datos no son uniformes (Hopkins {h:fx2}) pero no muestran grupos separados (el estadístico gap prefiere uno), así que los {k:raw} segmentos dividen un continuo; son reproducibles",
      continuumUnstable:
        "No hay grupos separados: los datos no son uniformes (Hopkins {h:fx2}) pero el estadístico gap prefiere un solo grupo, y una división en {k:raw} segmentos es {stab}; trate los segmentos como una partición de conveniencia o use reglas de negocio",
      unstable:
        "Segmentos inestables: una división en {k:raw} segmentos cambia de un remuestreo a otro (ARI medio {ari:fx2}); no actúe sobre estos segmentos tal como están",
      gap: "Estadístico gap (Tibshirani et al.): {g}",
      gapOne:
        "un solo grupo se ajusta tan bien como cualquier división, así que los segmentos dividen un continuo",
      gapMany: "k = {k:raw} grupos separados se ajustan mejor que uno",
      stab: {
        stable: "estable",
        fragile: "frágil",
        unstable: "inestable",
      },
      stabDetail: "Estabilidad en {n:raw} remuestreos bootstrap: ARI medio {ari:fx2}; {verdict}",
      silhouette: "Silueta media {s:fx2} (1 = bien separados, 0 = solapados)",
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
