/** A DOM document for drawing charts at build time, with the same renderers the browser runs. */
import { parseHTML } from 'linkedom';

export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}
