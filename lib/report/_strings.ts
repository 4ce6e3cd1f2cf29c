// Private: every UI string of the report and its dashboard, in en/es/id.
import type { Translations } from "../base/i18n.ts";

export const S = {
  contents: { en: "Contents", es: "Contenido", id: "Daftar isi" },
  verdict: { en: "Verdict", es: "Veredicto", id: "Kesimpulan" },
  verdictGood: { en: "Looks sound", es: "Parece sólido", id: "Tampak kuat" },
  verdictWarn: { en: "Read with care", es: "Leer con cautela", id: "Baca dengan hati-hati" },
  verdictBad: { en: "Not reliable", es: "No es fiable", id: "Tidak dapat diandalkan" },
  warnings: { en: "Warnings", es: "Advertencias", id: "Peringatan" },
  summary: { en: "Key numbers", es: "Cifras clave", id: "Angka utama" },
  segments: { en: "Segments", es: "Segmentos", id: "Segmen" },
  actions: { en: "Recommended actions", es: "Acciones recomendadas", id: "Tindakan yang disarankan" },
  keyMeans: { en: "Key averages", es: "Promedios clave", id: "Rata-rata utama" },
  customersShare: {
    en: "{n} customers · {share} of customers",
    es: "{n} clientes · {share} de los clientes",
    id: "{n} pelanggan · {share} dari pelanggan",
  },
  valueShare: { en: "{share} of value", es: "{share} del valor", id: "{share} dari nilai" },
  aboveAverage: { en: "above average", es: "por encima de la media", id: "di atas rata-rata" },
  belowAverage: { en: "below average", es: "por debajo de la media", id: "di bawah rata-rata" },
  explore: { en: "Explore customers", es: "Explorar clientes", id: "Jelajahi pelanggan" },
  filterBySegment: { en: "Filter by segment", es: "Filtrar por segmento", id: "Saring menurut segmen" },
  all: { en: "All", es: "Todos", id: "Semua" },
  none: { en: "None", es: "Ninguno", id: "Tidak ada" },
  valueColumn: { en: "Average of", es: "Promedio de", id: "Rata-rata dari" },
  downloadCsv: { en: "Download CSV", es: "Descargar CSV", id: "Unduh CSV" },
  countsTitle: { en: "Customers per segment", es: "Clientes por segmento", id: "Pelanggan per segmen" },
  meansTitle: {
    en: "Mean {column} per segment",
    es: "{column} medio por segmento",
    id: "Rata-rata {column} per segmen",
  },
  showing: {
    en: "Rows {from}–{to} of {n} (filtered from {total})",
    es: "Filas {from}–{to} de {n} (filtradas de {total})",
    id: "Baris {from}–{to} dari {n} (disaring dari {total})",
  },
  rows: { en: "rows", es: "filas", id: "baris" },
  rowsHeader: { en: "Rows", es: "Filas", id: "Baris" },
  page: { en: "Page {page} of {pages}", es: "Página {page} de {pages}", id: "Halaman {page} dari {pages}" },
  previous: { en: "Previous", es: "Anterior", id: "Sebelumnya" },
  next: { en: "Next", es: "Siguiente", id: "Berikutnya" },
  noRows: {
    en: "No customer matches the filter",
    es: "Ningún cliente coincide con el filtro",
    id: "Tidak ada pelanggan yang cocok",
  },
  sortHint: {
    en: "Click a column header to sort",
    es: "Haga clic en un encabezado para ordenar",
    id: "Klik judul kolom untuk mengurutkan",
  },
  scriptsOff: {
    en:
      "Scripts are off: this is the first page of {n} rows. Filtering, sorting and the download need scripts.",
    es:
      "Los scripts están desactivados: esta es la primera página de {n} filas. Filtrar, ordenar y descargar requieren scripts.",
    id:
      "Skrip dinonaktifkan: ini halaman pertama dari {n} baris. Penyaringan, pengurutan, dan unduhan memerlukan skrip.",
  },
  bigData: {
    en: "This file embeds all {n} rows ({size} MB); filtering and sorting may take a moment.",
    es: "Este archivo incluye las {n} filas ({size} MB); filtrar y ordenar puede tardar un momento.",
    id: "Berkas ini memuat semua {n} baris ({size} MB); penyaringan dan pengurutan mungkin perlu waktu.",
  },
  ledger: { en: "Cleaning ledger", es: "Registro de limpieza", id: "Catatan pembersihan" },
  ledgerBalance: {
    en: "{in} rows in, {kept} rows kept, {removed} rows removed",
    es: "{in} filas de entrada, {kept} filas conservadas, {removed} filas eliminadas",
    id: "{in} baris masuk, {kept} baris dipertahankan, {removed} baris dihapus",
  },
  ledgerEmpty: {
    en: "Nothing was removed or changed.",
    es: "No se eliminó ni cambió nada.",
    id: "Tidak ada yang dihapus atau diubah.",
  },
  step: { en: "Step", es: "Paso", id: "Langkah" },
  reason: { en: "Reason", es: "Motivo", id: "Alasan" },
  action: { en: "Action", es: "Acción", id: "Tindakan" },
  column: { en: "Column", es: "Columna", id: "Kolom" },
  examples: { en: "Examples", es: "Ejemplos", id: "Contoh" },
  removed: { en: "removed", es: "eliminadas", id: "dihapus" },
  imputed: { en: "imputed", es: "imputadas", id: "diimputasi" },
  excluded: { en: "excluded", es: "excluidas", id: "dikecualikan" },
  merged: { en: "merged", es: "fusionadas", id: "digabung" },
  record: {
    en: "Reproducibility record",
    es: "Registro de reproducibilidad",
    id: "Catatan reproduksibilitas",
  },
  recordNote: {
    en:
      'The same record is embedded as JSON in this file (script element with id "segmenta-run") for other tools.',
    es:
      'El mismo registro va incluido como JSON en este archivo (elemento script con id "segmenta-run") para otras herramientas.',
    id:
      'Catatan yang sama disematkan sebagai JSON dalam berkas ini (elemen script dengan id "segmenta-run") untuk alat lain.',
  },
  generatedBy: { en: "Generated by {who}", es: "Generado por {who}", id: "Dibuat oleh {who}" },
} as const satisfies Record<string, Translations>;
