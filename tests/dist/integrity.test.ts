import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { files } from './helpers.ts';

const DIST = 'dist';
const html = files(DIST).filter((f) => f.endsWith('.html'));
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
const csvRows = (text: string) => text.trimEnd().split('\n').length - 1;

describe('nothing lost', () => {
  const json = JSON.parse(read('data/llm-atlas.json')) as Record<string, unknown[]>;
  test.each(['models', 'architectures', 'training'])(
    '%s: rows in the CSV = rows in the HTML pages (each once) = rows in the table payload = rows in the JSON = rows in the CSV download',
    (table) => {
      const csv = readFileSync(join('data', `${table}.csv`), 'utf8');
      const ids: string[] = [];
      for (let n = 1; ; n++) {
        const path = n === 1 ? `${table}/index.html` : `${table}/page/${n}/index.html`;
        if (!existsSync(join(DIST, path))) break;
        const page = read(path);
        const tableHtml = page.slice(page.indexOf('<llm-table'), page.indexOf('</llm-table>'));
        ids.push(...[...tableHtml.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]!));
      }
      expect(ids.length).toBe(csvRows(csv));
      expect(new Set(ids).size).toBe(ids.length);
      // The pages of a preset list the explorer's rows that have a row in its table, in the same order.
      const payload = JSON.parse(read('data/tables/explore.json')) as { ids: string[]; member: Record<string, string> };
      const member = table === 'models' ? undefined : payload.member[table]!;
      expect(payload.ids.filter((_, i) => member === undefined || member[i] === '1')).toEqual(ids);
      expect(json[table]!.length).toBe(csvRows(csv));
      expect(csvRows(read(`data/${table}.csv`))).toBe(csvRows(csv));
    },
  );
  test('every model has a page', () => {
    const ids = readFileSync('data/models.csv', 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split(',')[0]);
    for (const id of ids) expect(existsSync(join(DIST, 'models', id!, 'index.html')), id).toBe(true);
  });
});

describe('links', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    if (!ids.has(page)) ids.set(page, new Set([...read(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(page)!;
  };
  const target = (href: string): string | undefined => {
    const path = href.split(/[?#]/)[0]!;
    const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    return candidates.map((c) => c.replace(/^\//, '')).find((c) => existsSync(join(DIST, c)));
  };
  test('every internal link and asset resolves, fragments included', () => {
    const broken: string[] = [];
    for (const page of html) {
      for (const m of read(page).matchAll(/\s(?:href|src)="(\/[^"]*|#[^"]*)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        const file = href.startsWith('#') ? page : target(href);
        if (!file) {
          broken.push(`${page}: ${href}`);
          continue;
        }
        const fragment = href.split('#')[1];
        if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) broken.push(`${page}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
  test('external links carry rel="noopener noreferrer"', () => {
    const bare: string[] = [];
    for (const page of html) {
      for (const m of read(page).matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        const rel = /\srel="([^"]*)"/.exec(m[0])?.[1]?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${page}: ${m[0].slice(0, 120)}`);
      }
    }
    expect(bare).toEqual([]);
  });
});

/** Words glued to a link or inline element: "et al.,<a>A Survey</a>", "rows;<a>JSON Schema</a>", "</a>values". */
function gluedText(page: string): string[] {
  const text = page.replace(/<svg[\s\S]*?<\/svg>|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
  return [...text.matchAll(/[A-Za-z0-9.)\]][,;:](?=<(a|span|code|strong|em)\b)|<\/(a|span|code|strong|em)>(?=[A-Za-z0-9(])/g)].map((m) =>
    text
      .slice(Math.max(0, m.index - 40), m.index + 40)
      .replace(/<[^>]+>/g, '|')
      .replace(/\s+/g, ' '),
  );
}

describe('text', () => {
  test('no word is glued to a link or an inline element on any page', () => {
    const glued = html.filter((p) => !/^(zh\/)?models\/[^/]+\/index\.html$/.test(p) || /\/(gpt-3|deepseek-v3|bloomz)\//.test(p)).flatMap((p) => gluedText(read(p)).map((g) => `${p}: ${g}`));
    expect(glued).toEqual([]);
  });
  test('the check finds glued text', () => {
    expect(gluedText('<p>(459 rows;<a href="/x">JSON Schema</a>)</p>')).toHaveLength(1);
    expect(gluedText('<p>Zhao et al.,<a href="/x">A Survey</a></p>')).toHaveLength(1);
    expect(gluedText('<p><span>estimated</span>values</p>')).toHaveLength(1);
    expect(gluedText('<p>(459 rows; <a href="/x">JSON Schema</a>) and <em>this</em>.</p>')).toEqual([]);
  });
});

describe('content security policy', () => {
  test('every page has a CSP without unsafe-inline whose hashes cover its inline scripts', () => {
    const problems: string[] = [];
    for (const page of html) {
      const text = read(page);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(text)?.[1];
      if (!policy) {
        problems.push(`${page}: no CSP`);
        continue;
      }
      const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
      if (policy.includes("'unsafe-inline'") || policy.includes("'unsafe-eval'")) problems.push(`${page}: unsafe directive`);
      for (const m of text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/json"/.test(m[1]!)) continue;
        const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
        if (!scriptSrc.includes(hash)) problems.push(`${page}: inline script not covered by ${hash}`);
      }
    }
    expect(problems).toEqual([]);
  });
  test('the CSP comes first in <head>, before the title and description that hold data, and limits forms to this site', () => {
    const problems: string[] = [];
    for (const page of html) {
      const text = read(page);
      if (!/<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*form-action 'self'/.test(text)) problems.push(page);
    }
    expect(problems).toEqual([]);
  });
  test('no page inserts data through innerHTML in its scripts', () => {
    const scripts = files(DIST).filter((f) => f.endsWith('.js'));
    const offenders = scripts.filter((f) => /\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(read(f)));
    // d3-selection ships an .html() helper; our code never calls it, so only library code may mention innerHTML.
    for (const f of offenders) expect(read(f)).not.toMatch(/\.html\(\s*[a-z]/);
  });
});
