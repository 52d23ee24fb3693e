import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, relative } from 'node:path';

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path).map((f) => `${name}/${f}`) : [name];
  });
}

/** Build the site from a data folder into `outDir`; returns the build's output. */
export function buildSite(outDir: string, dataDir?: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ...(dataDir ? { LLM_ATLAS_DATA: dataDir } : {}) },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv' };

/**
 * Serve a built folder on a loopback port (for browser tests of a build other than dist/, the
 * bench and Lighthouse). Text is gzip-compressed for a client that accepts it, as every static
 * host serves it; `{ compress: false }` serves the bytes as they are.
 */
export async function serve(dir: string, options: { compress?: boolean } = {}): Promise<{ url: string; server: Server }> {
  const compress = options.compress ?? true;
  const compressed = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (compress && type !== 'application/octet-stream' && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = compressed.get(file);
      if (!body) compressed.set(file, (body = gzipSync(readFileSync(file))));
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      return void res.end(body);
    }
    res.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

export const rel = (root: string, path: string) => relative(root, path).split('\\').join('/');
