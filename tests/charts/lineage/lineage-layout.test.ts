import { expect, test } from 'vitest';
import { lineageForest } from '../../../src/charts/lineage/lineage-layout.ts';

const models = [
  { id: 'llama-2-7b', name: 'Llama 2 7B' },
  { id: 'code-llama-7b', name: 'Code Llama 7B', base: 'llama-2-7b' },
  { id: 'llama-2-chat', name: 'Llama 2 Chat', base: 'llama-2-7b' },
  { id: 'code-llama-instruct', name: 'Code Llama Instruct', base: 'code-llama-7b' },
  { id: 'gpt-3', name: 'GPT-3' },
  { id: 'loop-a', name: 'Loop A', base: 'loop-b' },
  { id: 'loop-b', name: 'Loop B', base: 'loop-a' },
];

test('a tree runs from the base model rightwards, one row per leaf, parents centred on their children', () => {
  const tree = lineageForest(models).find((t) => t.nodes.some((n) => n.id === 'code-llama-instruct'))!;
  expect(tree.root).toBe('llama-2-7b');
  const at = Object.fromEntries(tree.nodes.map((n) => [n.id, n]));
  expect(at['code-llama-instruct']!.depth).toBe(2);
  expect(new Set(tree.nodes.map((n) => n.y)).size).toBe(3);
  expect(at['llama-2-7b']!.y).toBe((at['code-llama-7b']!.y + at['llama-2-chat']!.y) / 2);
  expect(tree.links).toHaveLength(3);
});

test('a model with no base or derived model is in no tree, and a cycle does not loop forever', () => {
  const forest = lineageForest(models);
  expect(forest.map((t) => t.root)).toEqual(['llama-2-7b']);
  expect(forest.some((t) => t.nodes.some((n) => n.id === 'gpt-3'))).toBe(false);
});

test('no two nodes of a tree share a position', () => {
  for (const tree of lineageForest(models)) {
    const spots = tree.nodes.map((n) => `${n.x},${n.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  }
});
