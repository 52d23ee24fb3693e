import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { expect, test } from 'vitest';

const DIR = 'src/i18n';

/** Each module of src/i18n and the modules of src/i18n it imports (type imports included). */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const deps = [...text.matchAll(/^(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/gm)].map((m) => normalize(join(DIR, m[1]!))).filter((p) => p.startsWith(`${DIR}/`));
    out.set(join(DIR, file), deps);
  }
  return out;
}

/** A cycle in the graph as a path, or undefined. */
function findCycle(g: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const d of g.get(n) ?? []) {
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of g.keys()) {
    const found = visit(n);
    if (found) return found;
  }
  return undefined;
}

test('the modules of src/i18n import each other without a cycle', () => {
  expect(findCycle(graph())).toBeUndefined();
});

test('the cycle finder finds a cycle', () => {
  expect(
    findCycle(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
      ]),
    ),
  ).toEqual(['a', 'b', 'c', 'a']);
});
