/**
 * The variable through which the launcher hands a refused path to the CLI (a JSON `PathProblem`
 * of cli/_paths.ts): the CLI says it in the user's language, with nothing of the user's granted.
 */
export const REFUSE_ENV = "SEGMENTA_REFUSE";

/**
 * Test-only: pause the write phase at a point (`temp-1`, `temps`, `rename-1`; see cli/_write.ts)
 * so that a test can signal or remove the output folder there. Unset, nothing pauses.
 */
export const PAUSE_ENV = "SEGMENTA_TEST_PAUSE";

/**
 * The launcher's process id, given to the CLI it starts: a CLI whose parent is no longer that
 * process (the launcher was killed outright) writes nothing.
 */
export const LAUNCHER_ENV = "SEGMENTA_LAUNCHER";

/** Environment variables the CLI reads by name, and the only ones it is granted (`--allow-env`). */
export const ENV_NAMES: readonly string[] = [
  "NO_COLOR",
  "SEGMENTA_PROGRESS",
  "COLUMNS",
  REFUSE_ENV,
  PAUSE_ENV,
  LAUNCHER_ENV,
];
