/** jsdom documents for the dashboard's unit tests (no script runs: the tests call the modules). */
import { JSDOM } from "jsdom";

/** An empty HTML document. */
export function blankDocument(): Document {
  return new JSDOM("<!DOCTYPE html><body></body>").window.document as unknown as Document;
}

/** A report's HTML parsed with scripts off, as the dashboard finds it before it starts. */
export function parseReport(html: string): Document {
  return new JSDOM(html).window.document as unknown as Document;
}

/** Fire a DOM event (`change`, `click`) with the document's own `Event`. */
export function fire(doc: Document, el: Element, type: string): void {
  const view = doc.defaultView as unknown as { Event: typeof Event };
  el.dispatchEvent(new view.Event(type, { bubbles: true, cancelable: true }));
}
