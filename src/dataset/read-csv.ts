/**
 * The only place that sets up papaparse. Every value stays a string (typing is the schema's
 * job); a BOM and CRLF line ends are accepted; every row keeps its 1-based line number; problems
 * of the file itself (encoding, quotes, field counts, header) become issues, never exceptions.
 */
import Papa from 'papaparse';
import { quote } from '../schemas/cells.ts';
import type { Issue } from './issues.ts';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  /** Field values by header column; empty cells are absent. */
  values: Record<string, string>;
  /** The raw fields in order (as many as the row has). */
  fields: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  issues: Issue[];
  /**
   * Why the rows cannot be checked at all (a header split by semicolons): the cause is reported
   * once on the header, and every row would otherwise repeat it.
   */
  unusable?: string;
  /** Whether rows were lost to a quote never closed: ids after it are missing, not dangling. */
  truncated?: boolean;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (extra === 2) {
      const c = bytes[i + 1]!;
      if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f)) return i;
    } else if (extra === 3) {
      const c = bytes[i + 1]!;
      if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) return i;
    }
    i += extra + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array | string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = typeof bytes === 'string' ? bytes.charCodeAt(i) : bytes[i];
    if (c === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * UTF-16 (what Excel writes as "Unicode text"): a byte-order mark, or ASCII text with every other
 * byte NUL. Told apart from a binary file so the message can say how to fix it.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half * 0.9 && even === 0) || (even > half * 0.9 && odd === 0);
}

/** At most this many bad lines of one file are listed; the rest are counted. */
export const MAX_LISTED_LINES = 10;

/** Decode a file's bytes as UTF-8 text, or say exactly where it is not text. */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { text?: string; issues: Issue[] } {
  if (looksUtf16(bytes)) return { issues: [{ file, line: 1, column: 1, message: 'is UTF-16; save it as UTF-8 (in Excel: "CSV UTF-8")' }] };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = lineAt(bytes, nul);
    return { issues: [{ file, ...at, message: 'contains a NUL byte: this is not a CSV text file' }] };
  }
  // Every line with a bad byte, not just the first: a file saved as Windows-1252 has one on each
  // line with an accent, and the contributor fixes them all at once by saving as UTF-8.
  const bad: { line: number; column: number; byte: number }[] = [];
  let lines = 0;
  // Line by line: a multi-byte UTF-8 sequence never holds a newline byte, so each line can be
  // checked alone, and a file of many bad lines costs one pass.
  for (let start = 0, line = 1; start < bytes.length; line++) {
    const newline = bytes.indexOf(10, start);
    const end = newline === -1 ? bytes.length : newline;
    const offset = invalidUtf8Offset(bytes.subarray(start, end));
    if (offset !== -1) {
      lines++;
      if (bad.length <= MAX_LISTED_LINES) bad.push({ line, column: offset + 1, byte: bytes[start + offset]! });
    }
    start = end + 1;
  }
  if (bad.length > 0) {
    const issues: Issue[] = bad.slice(0, MAX_LISTED_LINES).map(({ line, column, byte }) => ({
      file,
      line,
      column,
      message: `is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')}); save the file as UTF-8`,
    }));
    if (lines > MAX_LISTED_LINES) {
      const next = bad[MAX_LISTED_LINES]!;
      const later = lines - MAX_LISTED_LINES - 1;
      const rest = later === 0 ? '' : `, and ${later} later ${later === 1 ? 'line is' : 'lines are'} not either (${lines} lines in all)`;
      issues.push({ file, line: next.line, column: next.column, message: `is not valid UTF-8 (byte 0x${next.byte.toString(16).padStart(2, '0')})${rest}; save the file as UTF-8` });
    }
    return { issues };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), issues: [] };
}

export interface ReadCsvOptions {
  /** Columns the header must have, in this order (the schema's columns). */
  columns?: readonly string[];
}

/** Parse CSV text into rows keyed by header column, with every problem as an issue. */
export function readCsvText(source: string, file: string, options: ReadCsvOptions = {}): CsvTable {
  const issues: Issue[] = [];
  const text = (source.startsWith('\ufeff') ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  const table: CsvTable = { file, header: [], rows: [], issues };
  if (text.trim() === '') {
    issues.push({ file, line: 1, column: 1, message: 'file is empty; expected a header row' });
    return table;
  }

  const records: { line: number; fields: string[] }[] = [];
  let cursor = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = cursor; i < to && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    cursor = Math.max(cursor, to);
  };
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const startLine = line;
      for (const error of result.errors) {
        if (error.code === 'MissingQuotes') {
          const at = typeof error.index === 'number' ? lineAt(text, error.index) : { line: startLine, column: 1 };
          issues.push({ file, line: at.line, column: 1, message: 'a quoted field is never closed: add the closing double quote' });
        } else if (error.code === 'InvalidQuotes') {
          issues.push({ file, line: startLine, column: 1, message: 'a double quote inside a field must be doubled ("") and the field quoted' });
        }
      }
      records.push({ line: startLine, fields: result.data });
      advance(result.meta.cursor);
    },
  });

  const nonBlank = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  const [head, ...body] = nonBlank;
  if (!head) {
    issues.push({ file, line: 1, column: 1, message: 'file is empty; expected a header row' });
    return table;
  }
  const header = head.fields.map((h) => h.trim());
  table.header = header;
  const headerIssues = checkHeader(header, head.line, file, options.columns);
  issues.push(...headerIssues);
  if (headerIssues.some((i) => i.message.startsWith('header is separated by'))) table.unusable = 'wrong separator';
  if (issues.some((i) => i.message.startsWith('a quoted field is never closed'))) table.truncated = true;
  if (body.length === 0) return table;

  for (const record of body) {
    const { fields } = record;
    if (fields.length !== header.length && !table.unusable) {
      const message =
        fields.length > header.length ? `too many fields: expected ${header.length}, got ${fields.length}` : `too few fields: expected ${header.length}, got ${fields.length}`;
      issues.push({ file, line: record.line, column: Math.min(fields.length, header.length) + 1, message });
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      const v = fields[i];
      if (v !== undefined && v.trim() !== '' && name !== '' && !(name in values)) values[name] = v;
    });
    table.rows.push({ line: record.line, values, fields });
  }
  return table;
}

function checkHeader(header: string[], line: number, file: string, columns?: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  if (header.length === 1 && /[;\t|]/.test(header[0]!)) {
    const sep = header[0]!.includes(';') ? 'semicolons' : header[0]!.includes('\t') ? 'tabs' : 'bars';
    issues.push({ file, line, column: 1, message: `header is separated by ${sep}; use commas` });
    return issues;
  }
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const column = i + 1;
    if (name === '') issues.push({ file, line, column, message: 'header has an empty column name' });
    else if (seen.has(name)) issues.push({ file, line, column, message: `duplicate column ${quote(name)} (also column ${seen.get(name)! + 1})` });
    else seen.set(name, i);
  });
  if (columns) {
    header.forEach((name, i) => {
      if (name !== '' && !columns.includes(name)) {
        issues.push({ file, line, column: i + 1, message: `unknown column ${quote(name)}; expected one of ${columns.join(', ')}` });
      }
    });
    for (const name of columns) {
      if (!seen.has(name)) issues.push({ file, line, column: header.length + 1, message: `missing column ${quote(name)}` });
    }
  }
  return issues;
}
