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
