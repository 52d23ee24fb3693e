import { describe, expect, test } from 'vitest';
import { decodeCsvBytes, invalidUtf8Offset, readCsvText } from '../../src/dataset/read-csv.ts';

const read = (text: string, columns?: string[]) => readCsvText(text, 'f.csv', { columns });

describe('readCsvText', () => {
  test('keeps every value a string and every row its line', () => {
    const t = read('id,n\na,1\nb,2\n');
    expect(t.header).toEqual(['id', 'n']);
    expect(t.rows.map((r) => [r.line, r.values])).toEqual([
      [2, { id: 'a', n: '1' }],
      [3, { id: 'b', n: '2' }],
    ]);
    expect(t.issues).toEqual([]);
  });
  test('accepts a BOM and CRLF line ends', () => {
    const t = read('\ufeffid,n\r\na,1\r\n');
    expect(t.header).toEqual(['id', 'n']);
    expect(t.rows[0]!.values).toEqual({ id: 'a', n: '1' });
  });
  test('reads quoted commas, quotes and newlines, and counts lines across them', () => {
    const t = read('id,n\n"a,b","say ""hi""\nthere"\nc,2\n');
    expect(t.rows[0]!.values).toEqual({ id: 'a,b', n: 'say "hi"\nthere' });
    expect(t.rows[1]!.line).toBe(4);
  });
  test('drops empty cells so they read as unknown', () => {
    expect(read('id,n\na,\n').rows[0]!.values).toEqual({ id: 'a' });
  });
  test('reports an unclosed quote at its line', () => {
    expect(read('id,n\na,1\n"b,2\nc,3\n').issues).toContainEqual({ file: 'f.csv', line: 3, column: 1, message: 'a quoted field is never closed: add the closing double quote' });
  });
  test('reports too many and too few fields', () => {
    expect(read('id,n\na,1,x\nb\n').issues).toEqual([
      { file: 'f.csv', line: 2, column: 3, message: 'too many fields: expected 2, got 3' },
      { file: 'f.csv', line: 3, column: 2, message: 'too few fields: expected 2, got 1' },
    ]);
  });
  test('reports an empty file', () => {
    expect(read('').issues).toEqual([{ file: 'f.csv', line: 1, column: 1, message: 'file is empty; expected a header row' }]);
  });
  test('a header-only file has no rows and no issues', () => {
    const t = read('id,n\n', ['id', 'n']);
    expect(t.rows).toEqual([]);
    expect(t.issues).toEqual([]);
  });
  test('reports unknown, missing and duplicate header columns', () => {
    expect(read('id,size,id\n', ['id', 'n']).issues).toEqual([
      { file: 'f.csv', line: 1, column: 3, message: 'duplicate column "id" (also column 1)' },
      { file: 'f.csv', line: 1, column: 2, message: 'unknown column "size"; expected one of id, n' },
      { file: 'f.csv', line: 1, column: 4, message: 'missing column "n"' },
    ]);
  });
  test('recognises a semicolon-separated file', () => {
    expect(read('id;n\na;1\n', ['id', 'n']).issues).toEqual([{ file: 'f.csv', line: 1, column: 1, message: 'header is separated by semicolons; use commas' }]);
  });
});

describe('decodeCsvBytes', () => {
  test('finds invalid UTF-8 and its line', () => {
    const bytes = new Uint8Array([0x69, 0x64, 0x0a, 0x61, 0xff, 0x0a]);
    expect(invalidUtf8Offset(bytes)).toBe(4);
    expect(decodeCsvBytes(bytes, 'f.csv').issues).toEqual([{ file: 'f.csv', line: 2, column: 2, message: 'is not valid UTF-8 (byte 0xff); save the file as UTF-8' }]);
  });
  test('accepts CJK and emoji', () => {
    const bytes = new TextEncoder().encode('名前,😀\n');
    expect(invalidUtf8Offset(bytes)).toBe(-1);
    expect(decodeCsvBytes(bytes, 'f.csv').text).toBe('名前,😀\n');
  });
  test('refuses a file with NUL bytes', () => {
    expect(decodeCsvBytes(new Uint8Array([0x61, 0x00]), 'f.csv').issues[0]!.message).toBe('contains a NUL byte: this is not a CSV text file');
  });
});
