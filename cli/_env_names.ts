/** Environment variables the CLI reads by name, and the only ones it is granted (`--allow-env`). */
export const ENV_NAMES: readonly string[] = ["NO_COLOR", "SEGMENTA_PROGRESS", "COLUMNS"];
