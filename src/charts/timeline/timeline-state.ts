/**
 * The timeline's state — view mode, colouring, date window (to the month, as the URL keeps it),
 * filters — with its URL form
 * (`?mode=survey&from=2022-01&access=open-weights…`) and its form's values. Pure and tested for
 * round trips; anything unknown in a URL falls back to the default. Also the filter the state
 * applies to the payload.
 */
import { decimalYear, periodStart, yearMonth } from '../../values/partial-date.ts';
import { ignoredParams } from '../shared/url-state.ts';
import type { TimelineModel } from './timeline-layout.ts';
import type { TimelineRow } from './timeline-payload.ts';

export const ACCESS_VALUES = ['open-weights', 'api', 'closed', 'unknown'] as const;

/** What the marks are coloured by. */
export const COLOR_BY = ['organization', 'access', 'compute'] as const;
export type ColorBy = (typeof COLOR_BY)[number];
const isColor = (v: string | null | undefined): v is ColorBy => (COLOR_BY as readonly (string | null | undefined)[]).includes(v);

/**
 * Training-compute classes, a decade of FLOP each (open at both ends): estimated compute spans
 * five orders of magnitude across the atlas, so colour shows the order, not the value.
 */
export const COMPUTE_CLASSES = ['lt-1e22', '1e22', '1e23', '1e24', 'ge-1e25'] as const;

/** The compute class of an estimate in FLOP; `unknown` without one. */
export function computeClass(flop: number | null | undefined): string {
  if (flop === null || flop === undefined || !(flop > 0)) return 'unknown';
  const decade = Math.floor(Math.log10(flop) + 1e-9);
  if (decade < 22) return 'lt-1e22';
  if (decade >= 25) return 'ge-1e25';
  return `1e${decade}`;
}

export interface TimelineState {
  mode: 'all' | 'survey';
  color: ColorBy;
  /** Date window as decimal years (undefined: the data's full extent). */
  from?: number;
  to?: number;
  /** Access values shown (empty: all). */
  access: string[];
  /** Organization shown ('' : all). */
  org: string;
  /** Parameter range in billions. */
  min?: number;
  max?: number;
}

export const DEFAULT_TIMELINE_STATE: TimelineState = { mode: 'all', color: 'organization', access: [], org: '' };

const number = (text: string | null) => (text !== null && text.trim() !== '' && Number.isFinite(Number(text)) && Number(text) >= 0 ? Number(text) : undefined);
/** A window edge in the URL is the start of its month. */
const date = (text: string | null) => (text && /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text) ? periodStart(text) : undefined);
const isAccess = (v: string) => (ACCESS_VALUES as readonly string[]).includes(v);

export function timelineStateFromQuery(query: string): TimelineState {
  const p = new URLSearchParams(query);
  const state: TimelineState = {
    mode: p.get('mode') === 'survey' ? 'survey' : 'all',
    color: isColor(p.get('color')) ? (p.get('color') as ColorBy) : 'organization',
    access: [...new Set((p.get('access') ?? '').split(',').filter(isAccess))],
    org: p.get('org') ?? '',
  };
  const assign = (key: 'from' | 'to' | 'min' | 'max', value: number | undefined) => value !== undefined && (state[key] = value);
  assign('from', date(p.get('from')));
  assign('to', date(p.get('to')));
  assign('min', number(p.get('min')));
  assign('max', number(p.get('max')));
  return state;
}

/** The query string of a state: only what differs from the default. Dates to the month. */
export function timelineStateToQuery(s: TimelineState): string {
  const p = new URLSearchParams();
  if (s.mode !== 'all') p.set('mode', s.mode);
  if (s.color !== 'organization') p.set('color', s.color);
  if (s.from !== undefined) p.set('from', yearMonth(s.from));
  if (s.to !== undefined) p.set('to', yearMonth(s.to));
  if (s.access.length) p.set('access', s.access.join(','));
  if (s.org) p.set('org', s.org);
  if (s.min !== undefined) p.set('min', String(s.min));
  if (s.max !== undefined) p.set('max', String(s.max));
  return p.toString();
}

/** The values of the timeline's form. */
export interface TimelineForm {
  mode?: string;
  color?: string;
  access: string[];
  org?: string;
  min?: string;
  max?: string;
}

/** The state after the form changed: the date window is kept (the zoom owns it). */
export function timelineStateFromForm(form: TimelineForm, previous: TimelineState): TimelineState {
  const next: TimelineState = {
    mode: form.mode === 'survey' ? 'survey' : form.mode === 'all' ? 'all' : previous.mode,
    color: isColor(form.color) ? form.color : previous.color,
    access: form.access.filter(isAccess),
    org: form.org ?? previous.org,
  };
  if (previous.from !== undefined) next.from = previous.from;
  if (previous.to !== undefined) next.to = previous.to;
  const min = number(form.min ?? null);
  const max = number(form.max ?? null);
  if (min !== undefined) next.min = min;
  if (max !== undefined) next.max = max;
  return next;
}

/** The models with a release date that pass the state's filters (all of them with `filtered` false). */
export function timelineModels(rows: readonly TimelineRow[], s: TimelineState, filtered = true): TimelineModel[] {
  const out: TimelineModel[] = [];
  for (const [id, name, organization, release, params, access, , compute] of rows) {
    if (!release) continue;
    if (filtered) {
      if (s.access.length && !s.access.includes(access ?? 'unknown')) continue;
      if (s.org && organization !== s.org) continue;
      if (s.min !== undefined && !(params !== null && params >= s.min)) continue;
      if (s.max !== undefined && !(params !== null && params <= s.max)) continue;
    }
    out.push({
      id,
      name,
      organization,
      date: decimalYear(release),
      ...(params !== null ? { params } : {}),
      open: access === 'open-weights',
      group: s.color === 'organization' ? organization : s.color === 'compute' ? computeClass(compute) : (access ?? 'unknown'),
    });
  }
  return out;
}

/** The timeline's parameters in `query` whose values it cannot use (`org=constructor`), for its note. */
export function timelineIgnored(query: string, organizations: ReadonlySet<string>): string[] {
  const isNumber = (v: string) => v === '' || number(v) !== undefined;
  return ignoredParams(query, {
    mode: (v) => v === 'all' || v === 'survey',
    color: isColor,
    from: (v) => date(v) !== undefined,
    to: (v) => date(v) !== undefined,
    access: (v) => v.split(',').every((a) => a === '' || isAccess(a)),
    org: (v) => v === '' || organizations.has(v),
    min: isNumber,
    max: isNumber,
  });
}

/** The state as its URL keeps it: the date window snapped to month starts. */
export const timelineStateAsLinked = (s: TimelineState): TimelineState => timelineStateFromQuery(timelineStateToQuery(s));

/** The width of the timeline's wide drawing; a narrower frame gets a drawing of its own width. */
export const TIMELINE_WIDTH = 960;
/** The server's drawing for phones: its 11 px text stays at least 11 px in any frame this wide or wider. */
export const NARROW_TIMELINE_WIDTH = 340;
