/**
 * Cell helpers: each CSV column is a zod schema built from one small parse function
 * (string → typed value or a human message) plus metadata that code can read
 * (`schema.meta()`): description, unit, example, kind. The validator, the loader, the data
 * dictionary and the JSON Schema all read these.
 *
 * Conventions: an empty cell never reaches a parser (read-csv drops it, so the key is absent and
 * the value is `undefined` = unknown); the literal `n/a` means "not applicable" and parses to
 * `null` where a column allows it.
 */
import { z } from 'astro/zod';
import type { Unit } from './units.ts';

export type CellKind = 'id' | 'text' | 'url' | 'number' | 'integer' | 'date' | 'boolean' | 'enum' | 'ramp';

/** Metadata every column carries; `schema.meta()` returns it. */
export interface ColumnMeta {
  /** Short header in tables, facets, compare and charts ("Params (B)", "#L"). */
  label: string;
  /** One sentence a contributor can act on. */
  description: string;
  /** The same facts in Simplified Chinese. */
  zh: { label: string; description: string };
  /** A valid cell, as written in the CSV. */
  example: string;
  kind: CellKind;
  /** Unit of a numeric column, in words ("billions"). */
  unit?: Unit;
  /** Allowed values of an enum column. */
  values?: readonly string[];
  required: boolean;
  /** Whether the literal `n/a` (not applicable) is accepted. */
  notApplicable?: boolean;
  /** The table this column's value must be a key of. */
  references?: 'models' | 'organizations' | 'references' | 'surveys';
  /** Header text as printed in a survey table. */
  printed?: string;
  /** False for a detail column the table pages leave out (model pages, compare and downloads keep it). */
  inTable?: false;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export type CellParser<T> = (text: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Quote a raw cell for a message, shortened so one huge cell cannot flood the output. */
export function quote(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(shown);
}

// Invisible characters that change how text reads: C0/C1 controls and bidirectional overrides.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** The longest text a cell may hold: far above any real value, far below a pasted file. */
export const MAX_TEXT = 2000;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Text that a spreadsheet would evaluate when it opens our CSV (`=`, `+`, `-`, `@`): the served
 * files are byte for byte the data files, so such a cell must never be accepted. A lone "-" (how
 * surveys print "none") and a plain number are what spreadsheets read as text and numbers.
 */
export function formulaStart(text: string): string | undefined {
  const first = text[0];
  if (first === undefined || !'=+-@'.includes(first)) return undefined;
  if (text === '-' || NUMBER.test(text)) return undefined;
  return first;
}

/** 1-based position of a UTF-16 index, counted in characters as an editor shows them. */
const positionOf = (text: string, index: number) => [...text.slice(0, index)].length + 1;
const codeOf = (char: string) => char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

// A zero-width joiner between two emoji builds one emoji (👩‍💻); anywhere else it only hides.
const EMOJI_BEFORE = /\p{Extended_Pictographic}(?:\u{fe0f}|[\u{1f3fb}-\u{1f3ff}])?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * The first character that renders as nothing (zero-width spaces and joiners, word joiner, soft
 * hyphen, tag characters: every Unicode format character), except a joiner inside an emoji.
 */
function invisibleFormat(text: string): { char: string; index: number } | undefined {
  for (const m of text.matchAll(/\p{Cf}/gu)) {
    if (m[0] === '\u200d' && EMOJI_BEFORE.test(text.slice(0, m.index)) && EMOJI_AFTER.test(text.slice(m.index + 1))) continue;
    return { char: m[0], index: m.index };
  }
  return undefined;
}

// A cell must draw something, or a name renders as a blank title: whitespace, marks with no base,
// Hangul fillers and the blank braille cell draw nothing.
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]/u;

export const parseText: CellParser<string> = (text) => {
  if (text.length > MAX_TEXT) return fail(`is ${text.length} characters long; a cell holds at most ${MAX_TEXT}`);
  const bad = INVISIBLE.exec(text);
  if (bad) return fail(`contains the invisible control character U+${codeOf(bad[0])} at position ${positionOf(text, bad.index)}; remove it`);
  if (/[\n\u2028\u2029]/.test(text)) return fail('contains a line break; keep a cell on one line');
  const hidden = invisibleFormat(text);
  if (hidden) return fail(`contains the invisible character U+${codeOf(hidden.char)} at position ${positionOf(text, hidden.index)}; remove it`);
  if (!VISIBLE.test(text)) return fail(`has no visible character, got ${quote(text)}; write the text or leave the cell empty`);
  const formula = formulaStart(text);
  if (formula) {
    return fail(`starts with "${formula}", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got ${quote(text)}`);
  }
  return ok(text);
};

const ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/**
 * Ids become path segments (`/models/<id>/`, `/compare/<a>/<b>/`, `/data/surveys/<survey>/<table>.csv`):
 * far below the 255 bytes a file name may hold, and long enough for any real slug.
 */
export const MAX_ID = 80;

/**
 * An id ending in one of these would be a page folder named like a file: `index.html` collides
 * with the `index.html` the site writes next to it, and the others read as files to a server.
 */
const FILE_EXTENSIONS = ['html', 'htm', 'xhtml', 'json', 'csv', 'xml', 'txt', 'md', 'js', 'mjs', 'css', 'svg', 'png', 'ico', 'php', 'webmanifest'];

export const parseId: CellParser<string> = (text) => {
  if (text.length > MAX_ID) return fail(`is ${text.length} characters long; an id holds at most ${MAX_ID}`);
  if (!ID.test(text)) return fail(`expected a lowercase id of letters, digits, "-", "_" and "." (like "llama-2-70b"), got ${quote(text)}`);
  const extension = text.includes('.') ? text.slice(text.lastIndexOf('.') + 1) : '';
  if (FILE_EXTENSIONS.includes(extension)) {
    return fail(`expected an id that does not end like a file name (".${extension}"), got ${quote(text)} — it names a folder of the built site`);
  }
  return ok(text);
};

/** Far above any real link (the longest is under 200), far below what bloats every page citing it. */
export const MAX_URL = 500;

export const parseUrl: CellParser<string> = (text) => {
  if (text.length > MAX_URL) return fail(`is ${text.length} characters long; a URL holds at most ${MAX_URL}`);
  if (/[\n\u2028\u2029]/.test(text)) return fail('contains a line break; keep a cell on one line');
  const space = /[\p{White_Space}]/u.exec(text);
  if (space) return fail(`contains a space (U+${codeOf(space[0])}) at position ${positionOf(text, space.index)}; a URL has none, write it as %20`);
  const hidden = /[\p{Cc}\p{Cf}]/u.exec(text);
  if (hidden) return fail(`contains the invisible character U+${codeOf(hidden[0])} at position ${positionOf(text, hidden.index)}; remove it`);
  const slash = text.indexOf('\\');
  if (slash !== -1) return fail(`contains a backslash at position ${slash + 1}, which browsers read as "/"; write "/" or %5C`);
  // The scheme is case-insensitive (HTTPS:// is a valid URL); the text is kept as written.
  if (!/^https?:\/\//i.test(text)) return fail(`expected a URL starting with https://, got ${quote(text)}`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`expected a valid URL, got ${quote(text)}`);
  }
  if (url.username !== '' || url.password !== '') {
    return fail(`expected a URL without a user name before "@", got ${quote(text)} — it leads to ${url.hostname}, not to what it shows`);
  }
  return ok(text);
};

/** Significant digits and power of ten of a decimal numeral: `1.50e3` and `1500` give ["15", 2]. */
function decimalOf(numeral: string): [digits: string, exponent: number] {
  const [mantissa = '', exp = '0'] = numeral.replace(/^[+-]/, '').toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let digits = (whole + fraction).replace(/^0+/, '');
  let exponent = Number(exp) - fraction.length;
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return [digits, digits === '' ? 0 : exponent];
}

/** Whether a numeral means exactly the number JavaScript prints back for it (no digit was rounded away). */
function sameDecimal(written: string, printed: string): boolean {
  const [a, x] = decimalOf(written);
  const [b, y] = decimalOf(printed);
  return a === b && x === y;
}

export interface NumberOptions {
  /** Unit in words, used in messages ("in billions"). */
  unit?: string;
  integer?: boolean;
  /** Smallest allowed value (default 0). */
  min?: number;
  /** Largest allowed value. */
  max?: number;
}

export function numberParser(options: NumberOptions = {}): CellParser<number> {
  const { unit, integer = false, min = 0, max } = options;
  const what = `${integer ? 'a whole number' : 'a plain number'}${unit ? ` in ${unit}` : ''}`;
  return (text) => {
    if (!NUMBER.test(text)) {
      if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
        return fail(`expected ${what}, got ${quote(text)} — drop the thousands separators`);
      }
      if (/^[+-]?[\d.]+(?:[eE][+-]?\d+)?\s*[A-Za-z%µ×]+\s*$/.test(text)) {
        return fail(`expected ${what}, got ${quote(text)} — drop the unit`);
      }
      return fail(`expected ${what}, got ${quote(text)}`);
    }
    const value = Number(text);
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      return fail(`expected ${what}, got ${quote(text)} — numbers beyond ${Number.MAX_SAFE_INTEGER} (2^53 − 1) lose digits`);
    }
    if (Object.is(value, -0)) return fail(`expected ${what}, got ${quote(text)} — write 0 without a minus sign`);
    if (value === 0 && /[1-9]/.test(text.replace(/[eE].*$/, ''))) return fail(`expected ${what}, got ${quote(text)} — it is too small to store and would become 0`);
    if (integer && !Number.isInteger(value)) return fail(`expected a whole number, got ${quote(text)}`);
    if (!sameDecimal(text, String(value))) return fail(`expected ${what}, got ${quote(text)} — it has more digits than can be stored and would become ${value}`);
    if (value < min) return fail(`expected a number ≥ ${min}, got ${quote(text)}`);
    if (max !== undefined && value > max) return fail(`expected a number ≤ ${max}, got ${quote(text)}`);
    return ok(value);
  };
}

/** A partial date keeps its precision: `2023`, `2023-07` or `2023-07-18`. */
export type PartialDate = string;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const parseDate: CellParser<PartialDate> = (text) => {
  const m = DATE.exec(text);
  if (!m) return fail(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${quote(text)}`);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1900 || year > 2999) return fail(`expected a year between 1900 and 2999, got ${quote(text)}`);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return fail(`expected a month 01–12, got ${quote(text)}`);
    if (d !== undefined) {
      const day = Number(d);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > last) return fail(`expected a day 01–${last} for ${y}-${mo}, got ${quote(text)}`);
    }
  }
  return ok(text);
};

export const parseYesNo: CellParser<boolean> = (text) => {
  if (text === 'yes') return ok(true);
  if (text === 'no') return ok(false);
  return fail(`expected "yes" or "no", got ${quote(text)}`);
};

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest allowed value to `text`, if it is close enough to be a likely typo. */
export function suggest(text: string, values: readonly string[]): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const exact = values.find((v) => squash(v) === squash(text));
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const v of values) {
    const d = editDistance(squash(text), squash(v));
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return bestDistance <= Math.max(1, Math.floor(text.length / 3)) ? best : undefined;
}

export function enumParser<const V extends string>(values: readonly V[]): CellParser<V> {
  return (text) => {
    if ((values as readonly string[]).includes(text)) return ok(text as V);
    const hint = suggest(text, values);
    return fail(`expected one of ${values.join(', ')}, got ${quote(text)}${hint ? ` — did you mean "${hint}"?` : ''}`);
  };
}

/** A value that may grow during training: `start→end` (or `->`), or one number for both. */
export interface Ramp {
  start: number;
  end: number;
}

export function rampParser(options: NumberOptions = {}): CellParser<Ramp> {
  const num = numberParser(options);
  return (text) => {
    const parts = text.split(/\s*(?:→|->)\s*/);
    if (parts.length > 2) return fail(`expected a number or a ramp "start→end", got ${quote(text)}`);
    const values: number[] = [];
    for (const part of parts) {
      const r = num(part);
      if (!r.ok) return r;
      values.push(r.value);
    }
    const [start, end = start] = values as [number, number?];
    if (start > end) return fail(`expected a ramp whose start ≤ end, got ${quote(text)}`);
    return ok({ start, end });
  };
}

/** Accept `n/a` (not applicable) as `null` in front of another parser. */
export function orNotApplicable<T>(parse: CellParser<T>): CellParser<T | null> {
  return (text) => (text === 'n/a' ? ok(null) : parse(text));
}

/**
 * Every cell has a length limit, checked before anything else reads the text, so that one pasted
 * file cannot flood the messages or the pages. The short kinds get room for a wrong value to reach
 * its parser, whose message ("expected yes or no") says more than a length would.
 */
const LIMITS: Record<CellKind, { max: number; what: string }> = {
  id: { max: MAX_ID, what: 'an id' },
  url: { max: MAX_URL, what: 'a URL' },
  text: { max: MAX_TEXT, what: 'a cell' },
  number: { max: 100, what: 'a number' },
  integer: { max: 100, what: 'a number' },
  ramp: { max: 100, what: 'a ramp' },
  date: { max: 100, what: 'a date' },
  boolean: { max: 100, what: 'a yes/no cell' },
  enum: { max: 100, what: 'a cell of this column' },
};

/** Turn a parse function into a zod schema for a non-empty cell. */
function cellSchema<T>(parse: CellParser<T>, kind: CellKind) {
  const limit = LIMITS[kind];
  return z.string({ error: 'required, but the cell is empty' }).transform((raw, ctx): T => {
    // Checked before trimming: the served file keeps the tab, and spreadsheets skip a leading tab
    // and then run what follows as a formula.
    const tab = raw.indexOf('\t');
    const text = raw.trim();
    const result: Parsed<T> =
      text.length > limit.max
        ? fail(`is ${text.length} characters long; ${limit.what} holds at most ${limit.max}`)
        : tab !== -1
          ? fail(`contains a tab at position ${tab + 1}; use a space`)
          : parse(text);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message, input: raw });
      return z.NEVER;
    }
    return result.value;
  });
}

type MetaInput = Omit<ColumnMeta, 'kind' | 'required' | 'values' | 'notApplicable'>;

function build<T>(parse: CellParser<T>, kind: CellKind, meta: MetaInput, extra: Partial<ColumnMeta> = {}) {
  return {
    /** A column every row must fill. */
    required: () => cellSchema(parse, kind).meta({ ...meta, ...extra, kind, required: true } satisfies ColumnMeta),
    /** A column that may be empty (unknown). */
    optional: () =>
      cellSchema(parse, kind)
        .optional()
        .meta({ ...meta, ...extra, kind, required: false } satisfies ColumnMeta),
    /** A column that may be empty (unknown) or `n/a` (not applicable). */
    optionalOrNA: () =>
      cellSchema(orNotApplicable(parse), kind)
        .optional()
        .meta({ ...meta, ...extra, kind, required: false, notApplicable: true } satisfies ColumnMeta),
  };
}

export const cell = {
  id: (meta: MetaInput) => build(parseId, 'id', meta),
  text: (meta: MetaInput) => build(parseText, 'text', meta),
  url: (meta: MetaInput) => build(parseUrl, 'url', meta),
  date: (meta: MetaInput) => build(parseDate, 'date', meta),
  yesNo: (meta: MetaInput) => build(parseYesNo, 'boolean', meta),
  number: (meta: MetaInput, options: Omit<NumberOptions, 'integer'> = {}) => build(numberParser({ unit: meta.unit, ...options }), 'number', meta),
  integer: (meta: MetaInput, options: Omit<NumberOptions, 'integer'> = {}) => build(numberParser({ unit: meta.unit, ...options, integer: true }), 'integer', meta),
  ramp: (meta: MetaInput, options: NumberOptions = {}) => build(rampParser({ unit: meta.unit, ...options }), 'ramp', meta),
  oneOf: <const V extends string>(values: readonly V[], meta: MetaInput) => build(enumParser(values), 'enum', meta, { values }),
};

/** The metadata of one column schema. */
export function columnMeta(schema: z.ZodType): ColumnMeta {
  const meta = schema.meta() as ColumnMeta | undefined;
  if (!meta) throw new Error('column schema has no metadata');
  return meta;
}
