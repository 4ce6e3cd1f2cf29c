// Private: the one jsdom window whose `document` every chart renders with.
import { JSDOM } from "jsdom";

let shared: Document | undefined;

/** The shared jsdom document, created on first use (creating a window costs ~50 ms). */
export function chartDocument(): Document {
  shared ??= new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>").window.document as Document;
  return shared;
}
