import { isAbsolute, join, resolve } from 'node:path';

/** Folder of the data: `data/`, or `$LLM_ATLAS_DATA` (used by the benchmark and tests). */
export function dataDirectory(root: string): { dir: string; shown: string } {
  const env = process.env.LLM_ATLAS_DATA;
  if (env) return { dir: isAbsolute(env) ? env : resolve(root, env), shown: env.replace(/\/+$/, '') };
  return { dir: join(root, 'data'), shown: 'data' };
}
