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

    // -- warnings of clv/
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
    segments: {
      features: {
        "at-risk": {
          name: "Pagadores en riesgo",
          description: "Pagan con atraso o tienen muchos créditos a la vez, señal de dificultad para pagar",
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
        description:
          "Atraso promedio de {delay}{unit} o más, o {credits} o más créditos activos: les cuesta pagar.",
        actions: {
          restructuring: "Ofrecer reestructuración o un plan de pagos",
          financialEducation: "Dar educación financiera",
          noNewCredit: "No ofrecer nuevos productos de crédito por ahora",
        },
      },
      premium: {
        name: "Clientes premium",
        description: "Ingreso de {incomeThreshold} o más (el {top}% más alto) y sin riesgo.",
        actions: {
          exclusiveOffers: "Hacer ofertas premium exclusivas",
          crossSell: "Venta cruzada de seguros y paquetes de servicio",
        },
      },
      disciplined: {
        name: "Clientes cumplidos",
        description:
          "Atraso promedio de {disciplinedDelay}{unit} como máximo y menos de {credits} créditos activos.",
        actions: {
          loyaltyProgramme: "Invitarlos a un programa de lealtad",
          topUpCredit: "Ofrecer un crédito adicional con tasa preferente",
        },
      },
      regular: {
        name: "Clientes regulares",
        description:
          "Sin riesgo, pero con algo de atraso (más de {disciplinedDelay} y menos de {delay}{unit}).",
        actions: {
          reminders: "Enviar recordatorios antes del vencimiento",
          lightPromotions: "Ofrecer promociones de crédito ligeras a quienes pagan a tiempo",
        },
      },
    },
    summary: {
      segment: "Segmento",
      customers: "Clientes",
      mean: "Media de {c}",
      interpretation: "Interpretación",
      recommendation: "Recomendación",
      unnamed: "Segmento {label:raw}",
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
    currencyLeft: "Los montos se muestran como en el archivo (el informe aún no tiene opción de moneda).",
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
    modelLater: "Modelo guardado: aún no disponible (llegará en una versión posterior).",
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
  },
};
