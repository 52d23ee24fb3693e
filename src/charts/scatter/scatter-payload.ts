/** What a scatter's `.astro` shell hands its `<llm-scatter>` element (one type, both sides). */

/** A numeric field a scatter can put on an axis, labelled in the page's language. */
export interface ScatterField {
  key: string;
  label: string;
  /** Whether the field is drawn on a log axis by default. */
  log: boolean;
  /** False for a field whose linear axis should not start at zero (a date). */
  zero?: false;
}

/** One model: [id, name, values by field key, groups by colour key]. */
export type ScatterDatum = [string, string, Record<string, number>, Record<string, string>];

export interface ScatterPayload {
  /** Prefix of the chart's URL parameters, so two charts share a page (`recipe.x=…`). */
  prefix: string;
  fields: ScatterField[];
  points: ScatterDatum[];
  /** Colour-by choices: a group key and its label. */
  colors: { key: string; label: string }[];
  /** Default axes. */
  x: string;
  y: string;
}

/** Marks that take part in the roving focus: the chart is one tab stop, arrows move between marks. */
export const SCATTER_MARKS = 'circle.mark[data-id]';

/** The width a scatter is drawn for on a wide screen (a phone's frame gets its own). */
export const SCATTER_WIDTH = 720;
/** A frame narrower than this gets its own layout (the stylesheet's container query agrees). */
export const SCATTER_REDRAW_BELOW = 576;
