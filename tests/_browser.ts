/**
 * Debian's Chromium for browser tests, driven by playwright-core (never a downloaded browser).
 * The flags keep it off the network: this machine reaches no host but the package registries.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether the browser is installed; tests that need it are ignored, with a notice, where not. */
export const haveChromium: boolean = existsSync(CHROMIUM);

/** Launch headless Chromium with no sandbox, GPU or background networking. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--headless",
    ],
  });
}
