/**
 * segmenta's public API: customer segmentation as a pipeline of pure functions,
 * load → clean → explore → RFM or customer columns → transform → cluster → choose k → validate →
 * profile and name → words → charts → report. Notebooks, the CLI and the app import only from
 * here; every export is named (nothing is re-exported wholesale), so this file is the list of what
 * the library offers. Sample generators have their own entry, `lib/generate/mod.ts`.
 *
 * @example A whole run on the bundled sample
 * ```ts ignore
 * import { analyzeFile, assignmentsCsv, reportHtml } from "./mod.ts";
 * const { analysis } = await analyzeFile("data/retail_sample.csv", { lang: "es", seed: 42 });
 * await Deno.writeTextFile("report.html", reportHtml(analysis));
 * await Deno.writeTextFile("segments.csv", assignmentsCsv(analysis));
 * ```
 *
 * @module
 */

// Shared types, errors and matrices
export { InputError, type InputLocation, type InputProblem } from "./base/errors.ts";
export { escapeHtml } from "./base/escape_html.ts";
export { parseLang, type Translations } from "./base/i18n.ts";
export { kneedle, type KneedleOptions, type KneedleResult } from "./base/kneedle.ts";
export { matrixFromRows, matrixToRows } from "./base/matrix.ts";
export { quantileStrata, type StratifiedSample, stratifiedSample } from "./base/stratified_sample.ts";
export { checkMemory, type CheckMemoryOptions, type MemoryCheck } from "./base/memory.ts";
export { suggestColumns } from "./base/suggest_columns.ts";
export {
  type Chart,
  type Clustering,
  type ExampleValue,
  type Facts,
  type Lang,
  LANGS,
  type Ledger,
  type LedgerEntry,
  type LedgerExample,
  type Matrix,
  type Note,
  type Progress,
  type ProgressCallback,
  type Role,
  type RoleMap,
  type SegmentProfile,
  type Warning,
} from "./base/types.ts";

// Load: read a file, its dialect, roles and kind
export { detectKind, type KindDecision } from "./load/detect_kind.ts";
export { mapRoles, type MapRolesOptions, type RoleMapping } from "./load/map_roles.ts";
export {
  type ColumnInfo,
  type ColumnRead,
  type FamilyId,
  type LoadedTable,
  readTable,
  type ReadTableOptions,
  ROW_COLUMN,
} from "./load/read_table.ts";
export { requireRoles } from "./load/require_roles.ts";
export { type Dialect, sniffDialect, type SniffDialectOptions } from "./load/sniff_dialect.ts";

// Clean: the cleaning steps and their ledger
export { checkLedger } from "./clean/check_ledger.ts";
export {
  CancellationRuleError,
  type CancellationRuleFacts,
  type CancellationRuleProblem,
  MAX_CANCELLED_SHARE,
  MAX_POSITIVE_SHARE,
} from "./clean/cancellation_rule_error.ts";
export {
  cleanCustomers,
  type CleanCustomersOptions,
  type CleanCustomersResult,
} from "./clean/clean_customers.ts";
export {
  type CleanResult,
  cleanTransactions,
  type CleanTransactionsOptions,
  type CleanTransactionsResult,
  REASON_COLUMN,
} from "./clean/clean_transactions.ts";

// Explore: column profiles, trends, countries, correlations, cohorts
export { cohortRetention, type CohortTable } from "./cohorts/cohort_retention.ts";
export { type CorrelationMatrix, correlationMatrix } from "./eda/correlation_matrix.ts";
export { type MonthlyPoint, monthlyTrend } from "./eda/monthly_trend.ts";
export {
  type ColumnProfile,
  profileColumns,
  type ProfileColumnsOptions,
  type ValueCount,
} from "./eda/profile_columns.ts";
export { type CountryTotal, topCountries, type TopCountriesOptions } from "./eda/top_countries.ts";
export { topValues, type TopValuesOptions } from "./eda/top_values.ts";

// RFM: values, scores, rule sets, the RF grid, movement, two periods compared
export {
  checkRuleSet,
  type RfmPattern,
  type RfmRuleSet,
  type RfmSegmentRule,
  type RuleSetCheck,
  type RuleSetOverlap,
} from "./rfm/check_rule_set.ts";
export {
  comparePeriods,
  type ComparePeriodsOptions,
  type Period,
  type PeriodComparison,
  type RevenueBridge,
} from "./rfm/compare_periods.ts";
export { computeRfm, type ComputeRfmOptions, type RfmResult } from "./rfm/compute_rfm.ts";
export { type RfGridCell, rfGridCells } from "./rfm/rf_grid_cells.ts";
export { RF_GRID_SEGMENTS } from "./rfm/rf_grid_segments.ts";
export { RFM_11_SEGMENTS } from "./rfm/rfm_11_segments.ts";
export { rfmSegmentProfiles, type RfmSegmentProfilesOptions } from "./rfm/rfm_segment_profiles.ts";
export { type RfmScores, scoreRfm, type ScoreRfmOptions } from "./rfm/score_rfm.ts";
export {
  type SegmentMovement,
  segmentMovement,
  type SegmentMovementOptions,
  type SegmentTransition,
} from "./rfm/segment_movement.ts";
export { type PositiveMonetarySplit, splitPositiveMonetary } from "./rfm/split_positive_monetary.ts";
export { type SnapshotSplit, splitAtSnapshot } from "./rfm/split_at_snapshot.ts";
export { segmentRfm, type SegmentRfmOptions } from "./rfm/segment_rfm.ts";

// Customer value: BG/NBD (P(alive), expected purchases), Gamma-Gamma, CLV
export { conditionalExpectedAverageProfit } from "./clv/conditional_expected_average_profit.ts";
export {
  type ClvModels,
  type CustomerLifetimeValue,
  customerLifetimeValue,
  type CustomerLifetimeValueOptions,
} from "./clv/customer_lifetime_value.ts";
export {
  type CumulativeTransactions,
  expectedCumulativeTransactions,
  type ExpectedCumulativeTransactionsOptions,
} from "./clv/expected_cumulative_transactions.ts";
export { expectedPurchases, type ExpectedPurchasesOptions } from "./clv/expected_purchases.ts";
export { expectedPurchasesUnconditional } from "./clv/expected_purchases_unconditional.ts";
export { fitBgNbd, type FitBgNbdOptions } from "./clv/fit_bg_nbd.ts";
export { fitGammaGamma, type FitGammaGammaOptions } from "./clv/fit_gamma_gamma.ts";
export { pAlive, type PAliveResult } from "./clv/p_alive.ts";
export {
  type CustomerSummary,
  summaryFromTransactions,
  type SummaryFromTransactionsOptions,
} from "./clv/summary_from_transactions.ts";
export {
  type BgNbdModel,
  type FitReport,
  type GammaGammaModel,
  type PurchaseHistory,
  type SpendHistory,
  type TimeUnit,
  type Transactions,
} from "./clv/types.ts";

// Transform: matrices, log1p, scalers, one-hot, PCA
export { applyScaler } from "./scale/apply_scaler.ts";
export { inverseScale } from "./scale/inverse_scale.ts";
export { log1pColumns, type Log1pColumnsOptions, type Log1pColumnsResult } from "./scale/log1p_columns.ts";
export { oneHot, type OneHotOptions, type OneHotResult } from "./scale/one_hot.ts";
export { pca, type PcaOptions, type PcaResult } from "./scale/pca.ts";
export {
  robustScale,
  type RobustScaleOptions,
  type RobustScaler,
  type RobustScaleResult,
} from "./scale/robust_scale.ts";
export { standardize, type StandardizeResult, type StandardScaler } from "./scale/standardize.ts";
export { toMatrix, type ToMatrixOptions } from "./scale/to_matrix.ts";
export { transformPca } from "./scale/transform_pca.ts";

// Cluster: k-means, DBSCAN
export { dbscan, type DbscanOptions, type DbscanResult } from "./cluster/dbscan.ts";
export { kDistances } from "./cluster/k_distances.ts";
export { kmeans, type KMeansOptions, type KMeansResult } from "./cluster/kmeans.ts";
export { kmeansRange, type KMeansRangeOptions } from "./cluster/kmeans_range.ts";
export { predictKmeans } from "./cluster/predict_kmeans.ts";
export { type EpsSuggestion, suggestEps, type SuggestEpsOptions } from "./cluster/suggest_eps.ts";

// Choose k
export { type KCriterion, type KSuggestion, suggestK } from "./choose_k/suggest_k.ts";
export { type KMetric, type KSweep, sweepK, type SweepKOptions } from "./choose_k/sweep_k.ts";

// Validate: cluster metrics, Hopkins, stability, the structure verdict
export { adjustedRandScore } from "./validate/adjusted_rand_score.ts";
export { calinskiHarabaszScore } from "./validate/calinski_harabasz_score.ts";
export { daviesBouldinScore } from "./validate/davies_bouldin_score.ts";
export {
  hopkins,
  HOPKINS_CLUSTERED,
  HOPKINS_REGULAR,
  type HopkinsOptions,
  type HopkinsResult,
  type HopkinsVerdict,
} from "./validate/hopkins.ts";
export { type SegmentSilhouette, silhouetteBySegment } from "./validate/silhouette_by_segment.ts";
export {
  type SilhouetteEstimate,
  silhouetteEstimate,
  type SilhouetteEstimateOptions,
} from "./validate/silhouette_estimate.ts";
export { silhouetteSamples, type SilhouetteSamplesOptions } from "./validate/silhouette_samples.ts";
export { silhouetteScore, type SilhouetteScoreOptions } from "./validate/silhouette_score.ts";
export { silhouetteScores, type SilhouetteScoresOptions } from "./validate/silhouette_scores.ts";
export {
  JACCARD_DISSOLVED,
  JACCARD_STABLE,
  type SegmentStability,
  stability,
  type StabilityOptions,
  type StabilityReading,
  type StabilityResult,
  type StabilityVerdict,
} from "./validate/stability.ts";
export { type FitLabels, stabilityOfFit, type StabilityOfFitOptions } from "./validate/stability_of_fit.ts";
export {
  clusterIndex,
  type ClusterIndexOptions,
  sigclust,
  type SigClustOptions,
  type SigClustResult,
  SPLIT_VALLEY_MAX,
} from "./validate/sigclust.ts";
export {
  type ClusterStructure,
  clusterStructure,
  type StructureVerdict,
  structureVerdict,
  type StructureVerdictOptions,
} from "./validate/structure_verdict.ts";

// Profile and name segments (facts; their words come from the text layer)
export { type Crosstab, crosstab, type CrosstabOptions } from "./profile/crosstab.ts";
export {
  type Concept,
  type ConceptMap,
  CONCEPTS,
  detectConcepts,
  type DetectConceptsOptions,
} from "./profile/detect_concepts.ts";
export {
  type CitedFeature,
  GRID_MIX_SHARE,
  type GridFacts,
  gridNameKeys,
  type NameContrast,
  type NamedSegmentProfile,
  type NameLevel,
  type NameQualifier,
  nameSegments,
  type NameSegmentsOptions,
  type SegmentNaming,
} from "./profile/name_segments.ts";
export { type ConceptClaim, type ConceptScore, failedClaims, type NameClaim } from "./profile/name_claims.ts";
export { profileSegments, type ProfileSegmentsOptions } from "./profile/profile_segments.ts";
export { RISK_DEFAULTS, type RiskRuleFacts, riskRules, type RiskRulesOptions } from "./profile/risk_rules.ts";
export { riskScore, type RiskScoreOptions } from "./profile/risk_score.ts";
export {
  type BetweenComparison,
  type QuantileComparison,
  type RiskRule,
  type RuleBase,
  type RuleCondition,
  type RuleSegment,
  type RuleSegmentation,
  ruleSegments,
  type RuleSegmentsOptions,
  type SegmentRule,
  type SegmentRules,
  type ValueComparison,
  type WordedRule,
} from "./profile/rule_segments.ts";

// Words: the text layer in en, es and id
export { suggestKText } from "./text/choose_k.ts";
export { cancellationRuleText } from "./text/clean.ts";
export { epsText } from "./text/cluster.ts";
export {
  en,
  examplesText,
  exampleText,
  fill,
  inputErrorText,
  kindText,
  ledgerText,
  log1pText,
  noteText,
  problemText,
  type Shape,
  type TextValue,
  warningText,
  type Words,
  words,
} from "./text/mod.ts";
export {
  columnLabel,
  currencySymbol,
  formatMoney,
  formatShare,
  formatTickValue,
  numberLocale,
  withUnit,
} from "./text/format.ts";
export {
  conceptsUsedText,
  namedSegmentTexts,
  ruleSegmentationTexts,
  segmentActionTexts,
  segmentDescriptionText,
  segmentNameText,
  type SegmentTextOptions,
  type WordedRuleSegment,
  type WordedRuleSegmentation,
} from "./text/profile.ts";
export {
  movementWarningText,
  type NamedSegmentMovement,
  type NamedSegmentTransition,
  nameMovement,
  rfmProfilesText,
  ruleSetCheckText,
  ruleSetSegmentNames,
  type SegmentWords,
  segmentWords,
  tieRuleText,
  withSegmentNames,
} from "./text/rfm.ts";
export { type BridgeRow, bridgeRows, periodSentences } from "./text/periods.ts";
export {
  type SegmentSummary,
  segmentSummary,
  type SegmentSummaryOptions,
  type SegmentTexts,
} from "./text/segment_summary.ts";
export {
  hopkinsText,
  type SigClustEvidence,
  stabilityReadingLabel,
  stabilityText,
  structureWhyText,
  verdictDetails,
  verdictHeadline,
} from "./text/validate.ts";

// Charts (Observable Plot, inline SVG, displayable in Jupyter)
export { trackingChart, type TrackingChartInput, type TrackingChartOptions } from "./chart/tracking_chart.ts";
export type { BaseChartOptions } from "./chart/mod.ts";
export type { ChartSegmentNames } from "./chart/mod.ts";
export { barChart, type BarChartDatum, type BarChartOptions } from "./chart/bar_chart.ts";
export { cohortHeatmap, type CohortHeatmapInput } from "./chart/cohort_heatmap.ts";
export {
  distributionChart,
  type DistributionChartOptions,
  distributionCharts,
  type DistributionChartsOptions,
} from "./chart/distribution_chart.ts";
export {
  elbowChart,
  type ElbowChartInput,
  silhouetteByKChart,
  type SilhouetteByKChartInput,
} from "./chart/elbow_chart.ts";
export {
  kDistanceChart,
  type KDistanceChartInput,
  type KDistanceChartOptions,
} from "./chart/k_distance_chart.ts";
export {
  kSelectionChart,
  type KSelectionChartInput,
  type KSelectionChartOptions,
} from "./chart/k_selection_chart.ts";
export {
  type KPanelCriterion,
  kSelectionPanel,
  type KSelectionPanelInput,
} from "./chart/k_selection_panel.ts";
export { type DisplayableChart, JUPYTER_DISPLAY, makeChart } from "./chart/make_chart.ts";
export {
  monthlyTrendChart,
  type MonthlyTrendChartOptions,
  type MonthlyTrendPoint,
} from "./chart/monthly_trend_chart.ts";
export {
  pcaScatterChart,
  type PcaScatterChartInput,
  type PcaScatterChartOptions,
} from "./chart/pca_scatter_chart.ts";
export { rfmGridHeatmap, type RfmGridHeatmapCell } from "./chart/rfm_grid_heatmap.ts";
export { scatterChart, type ScatterChartInput, type ScatterChartOptions } from "./chart/scatter_chart.ts";
export { segmentProfileChart, type SegmentProfileChartOptions } from "./chart/segment_profile_chart.ts";
export { segmentSizesChart } from "./chart/segment_sizes_chart.ts";
export {
  silhouetteChart,
  type SilhouetteChartOptions,
  type SilhouetteChartSegmentation,
} from "./chart/silhouette_chart.ts";
export {
  silhouettePlot,
  type SilhouettePlotInput,
  type SilhouettePlotOptions,
} from "./chart/silhouette_plot.ts";
export {
  correlationHeatmap,
  type CorrelationHeatmapInput,
  zScoreHeatmap,
  type ZScoreHeatmapOptions,
} from "./chart/z_score_heatmap.ts";

// Whole runs
export {
  analyzeFeatures,
  type AnalyzeFeaturesOptions,
  type DbscanComparison,
  type FeatureAnalysis,
  type OutputColumns,
  type RulesComparison,
} from "./run/analyze_features.ts";
export {
  analyzeFile,
  type AnalyzeFileOptions,
  analyzeLoaded,
  type FileAnalysis,
} from "./run/analyze_file.ts";
export { analyzeRfm, type AnalyzeRfmOptions, type RfmAnalysis } from "./run/analyze_rfm.ts";
export { progressBar, type ProgressBarOptions } from "./run/progress.ts";
export {
  DEFAULT_SAMPLE_SIZE,
  MIN_SAMPLE_SIZE,
  type RecordedSettings,
  type RunSettings,
} from "./run/settings.ts";
export {
  EXACT_SILHOUETTE_MAX_ROWS,
  type FitSample,
  fitSampleText,
  type MatrixSegmentation,
  SAMPLE_STRATA,
  segmentMatrix,
  type SegmentMatrixOptions,
} from "./run/segment_matrix.ts";

export {
  type CustomerValue,
  customerValue,
  type CustomerValueOptions,
  type HoldoutByFrequency,
} from "./run/customer_value.ts";

// Saved models and scoring
export { buildModel, type BuildModelOptions } from "./model/build_model.ts";
export { type Json, parseModel } from "./model/parse_model.ts";
export {
  type DriftLevel,
  type PopulationStability,
  populationStability,
} from "./model/population_stability.ts";
export {
  type FeatureDrift,
  scoreCustomers,
  type ScoreCustomersOptions,
  type ScoredCustomers,
  type ScoredSegmentSize,
  type SegmentMove,
} from "./model/score_customers.ts";
export { scoreRfmTable, type ScoreRfmTableOptions } from "./model/score_rfm_table.ts";
export {
  type FeatureBins,
  MODEL_FORMAT_VERSION,
  type ModelCleaningRules,
  type ModelCustomers,
  type ModelRfm,
  type ModelRisk,
  type ModelRules,
  type SegmentModel,
} from "./model/segment_model.ts";

// SQL
export { type DialectParts, dialectParts, DIALECTS, SQL_DIALECTS, type SqlDialect } from "./sql/dialect.ts";
export { type RfmQueries, rfmQuery, type RfmQueryOptions } from "./sql/rfm_query.ts";
export {
  type CancellationContext,
  type CancellationCounts,
  cancellationRefusal,
} from "./sql/cancellation_refusal.ts";
export { scoreQuery, type ScoreQueryOptions } from "./sql/score_query.ts";

// Larger than memory: invoice lines streamed through embedded DuckDB
export {
  analyzeFileStreamed,
  type AnalyzeFileStreamedOptions,
  type Engine,
  STREAM_BYTES,
  streamsFile,
} from "./scan/analyze_file_streamed.ts";
export { analyzeRfmScanned, type AnalyzeRfmScannedOptions } from "./scan/analyze_rfm_scanned.ts";
export { type FileHead, type ScanInvoicesOptions } from "./scan/scan_invoices.ts";
export { monthlyTrendSql, type MonthlyTrendSqlOptions } from "./scan/monthly_trend_sql.ts";
export { topCountriesSql, type TopCountriesSqlOptions } from "./scan/top_countries_sql.ts";
export { cohortRetentionSql, type CohortRetentionSqlOptions } from "./scan/cohort_retention_sql.ts";

// Report, segments CSV, run record
export { assignmentsCsv, assignmentsCsvChunks } from "./report/assignments_csv.ts";
export {
  type AssignmentsTable,
  assignmentsTable,
  type AssignmentsTableOptions,
} from "./report/assignments_table.ts";
export { buildReport, type BuildReportOptions } from "./report/build_report.ts";
export { outputName } from "./report/output_name.ts";
export {
  renderReport,
  type ReportAssignments,
  type ReportColumns,
  type ReportInput,
  type ReportLedger,
  type ReportSection,
  type ReportTable,
  type ReportVerdict,
} from "./report/render_report.ts";
export { reportHtml } from "./report/report_html.ts";
export { type RunRecord, runRecord, VERSION } from "./report/run_record.ts";
export {
  type AssignmentsCsvCell,
  toAssignmentsCsv,
  type ToAssignmentsCsvOptions,
} from "./report/to_assignments_csv.ts";

// Notebook views
export { columnsFrame, type ColumnsFrameInput } from "./views/columns_frame.ts";
export { crosstabFrame } from "./views/crosstab_frame.ts";
export {
  explainedVarianceChart,
  type ExplainedVarianceChartOptions,
} from "./views/explained_variance_chart.ts";
export { featureDistributions, type FeatureDistributionsOptions } from "./views/feature_distributions.ts";
export {
  featureScatterChart,
  type FeatureScatterChartOptions,
  type FeatureScatterChartSegmentation,
} from "./views/feature_scatter_chart.ts";
export { ledgerFrame } from "./views/ledger_frame.ts";
export { movementFrame } from "./views/movement_frame.ts";
export { previewFrame, type PreviewFrameOptions } from "./views/preview_frame.ts";
export { profilesFrame } from "./views/profiles_frame.ts";
export { segmentMeanChart, type SegmentMeanChartOptions } from "./views/segment_mean_chart.ts";
export { stabilityFrame } from "./views/stability_frame.ts";
export { sweepFrame, type SweepFrameInput } from "./views/sweep_frame.ts";
export { tableFrame, type TableFrameInput } from "./views/table_frame.ts";
export { thresholdsFrame } from "./views/thresholds_frame.ts";
export { valueCountsFrame, type ValueCountsFrameOptions } from "./views/value_counts_frame.ts";
export { flushOutput, type Markdown, markdown, show, type ShowOptions } from "./views/show.ts";
export {
  correlationReading,
  type CorrelationReadingOptions,
  correlationStrength,
  exportedReading,
  reading,
  sectionView,
  type SectionViewOptions,
  segmentsReading,
} from "./views/readings.ts";
export { inputPath } from "./views/input_path.ts";
export { matrixDistributions } from "./views/matrix_distributions.ts";
