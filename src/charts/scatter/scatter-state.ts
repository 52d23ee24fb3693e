/**
 * A scatter's state — axes, their scales, the colour grouping — and its two outside forms: the
 * URL query (`recipe.x=params_billion&recipe.xlog=1…`) and the chart's form. Pure, so every
 * round trip is tested; unknown or hostile values fall back to the defaults.
 */
import { ignoredParams } from '../shared/url-state.ts';
import type { ScatterField, ScatterPayload } from './scatter-payload.ts';

export interface ScatterState {
  x: string;
  y: string;
  xlog: boolean;
  ylog: boolean;
  /** Colour-by key, or '' for one colour. */
  color: string;
}

const fieldOf = (p: ScatterPayload, key: string): ScatterField | undefined => p.fields.find((f) => f.key === key);
const isField = (p: ScatterPayload, key: string | null): key is string => key !== null && fieldOf(p, key) !== undefined;
const isColor = (p: ScatterPayload, key: string | null): key is string => key !== null && p.colors.some((c) => c.key === key);

/** The state a page opens with: the payload's axes at their usual scales, the first colour grouping. */
export function defaultScatterState(p: ScatterPayload): ScatterState {
  const x = isField(p, p.x) ? p.x : (p.fields[0]?.key ?? '');
  const y = isField(p, p.y) ? p.y : (p.fields[1]?.key ?? x);
  return { x, y, xlog: fieldOf(p, x)?.log ?? false, ylog: fieldOf(p, y)?.log ?? false, color: p.colors[0]?.key ?? '' };
}

/** The state in a query string; what is missing or unknown keeps its default. */
export function scatterStateFromQuery(query: string, p: ScatterPayload): ScatterState {
  const params = new URLSearchParams(query);
  const get = (k: string) => params.get(`${p.prefix}.${k}`);
  const base = defaultScatterState(p);
  const x = isField(p, get('x')) ? get('x')! : base.x;
  const y = isField(p, get('y')) ? get('y')! : base.y;
  const flag = (k: string, fallback: boolean) => (get(k) === '1' ? true : get(k) === '0' ? false : fallback);
  const color = get('color') === '' ? '' : isColor(p, get('color')) ? get('color')! : base.color;
  return { x, y, xlog: flag('xlog', fieldOf(p, x)?.log ?? false), ylog: flag('ylog', fieldOf(p, y)?.log ?? false), color };
}

/** `query` with the state written into the chart's parameters (other parameters kept). */
export function scatterStateToQuery(state: ScatterState, p: ScatterPayload, query = ''): string {
  const params = new URLSearchParams(query);
  params.set(`${p.prefix}.x`, state.x);
  params.set(`${p.prefix}.y`, state.y);
  params.set(`${p.prefix}.xlog`, state.xlog ? '1' : '0');
  params.set(`${p.prefix}.ylog`, state.ylog ? '1' : '0');
  params.set(`${p.prefix}.color`, state.color);
  return params.toString();
}

/** The form's values after a change of `changed`: a newly chosen field takes its usual scale. */
export interface ScatterForm {
  x?: string;
  y?: string;
  xlog: boolean;
  ylog: boolean;
  color?: string;
}

export function scatterStateFromForm(form: ScatterForm, changed: string | null, previous: ScatterState, p: ScatterPayload): ScatterState {
  const x = form.x !== undefined && isField(p, form.x) ? form.x : previous.x;
  const y = form.y !== undefined && isField(p, form.y) ? form.y : previous.y;
  const color = form.color === undefined ? previous.color : form.color === '' || isColor(p, form.color) ? form.color : previous.color;
  return {
    x,
    y,
    xlog: changed === 'x' ? (fieldOf(p, x)?.log ?? false) : form.xlog,
    ylog: changed === 'y' ? (fieldOf(p, y)?.log ?? false) : form.ylog,
    color,
  };
}

export const sameScatterState = (a: ScatterState, b: ScatterState) => a.x === b.x && a.y === b.y && a.xlog === b.xlog && a.ylog === b.ylog && a.color === b.color;

/** The chart's parameters in `query` whose values it cannot use (`recipe.x=__proto__`), for its note. */
export function scatterIgnored(query: string, p: ScatterPayload): string[] {
  const bit = (v: string) => v === '0' || v === '1';
  return ignoredParams(query, {
    [`${p.prefix}.x`]: (v) => isField(p, v),
    [`${p.prefix}.y`]: (v) => isField(p, v),
    [`${p.prefix}.xlog`]: bit,
    [`${p.prefix}.ylog`]: bit,
    [`${p.prefix}.color`]: (v) => v === '' || isColor(p, v),
  });
}
