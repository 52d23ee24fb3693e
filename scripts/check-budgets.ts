/**
 * `npm run check:budgets` — gzip size of the JavaScript each built page loads (DESIGN §4) and of its
 * HTML, against their budgets. Prints one line per page type and fails naming any page over.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;

/**
 * Budget in bytes by page type: pages with a chart element, table pages, the compare page, the
 * rest. A page under /zh/ has the budget of its English twin.
 */
function budgetOf(path: string, html: string): { type: string; bytes: number } {
  const page = path.replace(/^zh\//, '');
  // Its design-convergence charts are drawn at build time and its scatters load their drawing
  // code only when the reader changes them: the table page's budget holds.
  if (page === 'architectures/index.html') return { type: 'architectures', bytes: 20 * KB };
  if (/^models\/[^/]+\/index\.html$/.test(page)) return { type: 'model', bytes: 5 * KB };
  if (/<llm-(timeline|scatter|trends|lineage)\b/.test(html)) return { type: 'chart', bytes: 45 * KB };
  if (/^(explore|models|architectures|training)\/(page\/\d+\/)?index\.html$/.test(page)) return { type: 'table', bytes: 20 * KB };
  if (/^compare\/index\.html$/.test(page)) return { type: 'compare', bytes: 20 * KB };
  return { type: 'page', bytes: 5 * KB };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const gzipCache = new Map<string, number>();
/** Every module a script pulls in through static imports, counted once. */
function scriptClosure(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(DIST, src), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    scriptClosure(join(src, '..', m[1]!).replace(/\\/g, '/'), seen);
  }
  return seen;
}
const gz = (src: string) => {
  if (!gzipCache.has(src)) gzipCache.set(src, gzipSync(readFileSync(join(DIST, src))).length);
  return gzipCache.get(src)!;
};

/**
 * HTML budget (gzip). A table page carries one page of rows, whatever the size of the data; the
 * architectures page adds its server-drawn charts, and the chart pages their drawings.
 */
const HTML_BUDGETS: Record<string, number> = { table: 40 * KB, architectures: 60 * KB, chart: 120 * KB };
const htmlBudgetOf = (type: string) => HTML_BUDGETS[type] ?? 40 * KB;

const byType = new Map<string, { pages: number; max: number; maxPage: string; budget: number; maxHtml: number }>();
const over: string[] = [];
for (const file of htmlFiles(DIST)) {
  const page = relative(DIST, file).split('\\').join('/');
  const html = readFileSync(file, 'utf8');
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="\/([^"]+\.js)"/g)) for (const s of scriptClosure(m[1]!)) scripts.add(s);
  let bytes = [...scripts].reduce((sum, s) => sum + gz(s), 0);
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) bytes += gzipSync(m[1]!).length;
  const { type, bytes: budget } = budgetOf(page, html);
  const htmlBytes = gzipSync(html).length;
  const entry = byType.get(type) ?? { pages: 0, max: 0, maxPage: '', budget, maxHtml: 0 };
  entry.pages++;
  if (bytes > entry.max) Object.assign(entry, { max: bytes, maxPage: page });
  entry.maxHtml = Math.max(entry.maxHtml, htmlBytes);
  byType.set(type, entry);
  if (bytes > budget) over.push(`${page}: ${bytes} B of JavaScript (gzip) exceeds the ${type} budget of ${budget} B`);
  if (htmlBytes > htmlBudgetOf(type)) over.push(`${page}: ${htmlBytes} B of HTML (gzip) exceeds the ${type} budget of ${htmlBudgetOf(type)} B`);
}
for (const [type, e] of byType) {
  console.log(`${type}: ${e.pages} pages, at most ${e.max} B gzip JS (${e.maxPage}; budget ${e.budget} B), at most ${e.maxHtml} B gzip HTML (budget ${htmlBudgetOf(type)} B)`);
}
for (const line of over) console.log(line);
process.exitCode = over.length > 0 ? 1 : 0;
