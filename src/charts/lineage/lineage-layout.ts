/**
 * Lineage layout (no DOM): the base-model forest as left-to-right trees. Leaves take one row each
 * in depth-first order and a parent sits at the middle of its children, so nodes never overlap.
 */
export interface LineageModel {
  id: string;
  name: string;
  base?: string;
}

export interface LineageNode {
  id: string;
  name: string;
  depth: number;
  x: number;
  y: number;
}

export interface LineageTree {
  root: string;
  width: number;
  height: number;
  nodes: LineageNode[];
  links: { from: string; to: string; x1: number; y1: number; x2: number; y2: number }[];
}

const COLUMN = 210;
const ROW = 22;
const PAD = 12;

/** Children of each model id, sorted by name; cycles are cut where they close. */
function childrenOf(models: readonly LineageModel[]): Map<string, LineageModel[]> {
  const ids = new Set(models.map((m) => m.id));
  const children = new Map<string, LineageModel[]>();
  for (const m of models) {
    if (m.base === undefined || !ids.has(m.base) || m.base === m.id) continue;
    children.set(m.base, [...(children.get(m.base) ?? []), m]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  return children;
}

/** Every tree with at least one base–derived link, largest first. */
export function lineageForest(models: readonly LineageModel[]): LineageTree[] {
  const children = childrenOf(models);
  const ids = new Set(models.map((m) => m.id));
  const roots = models.filter((m) => (m.base === undefined || !ids.has(m.base) || m.base === m.id) && children.has(m.id));
  return roots.map((r) => layoutTree(r, children)).sort((a, b) => b.nodes.length - a.nodes.length || a.root.localeCompare(b.root));
}

function layoutTree(root: LineageModel, children: Map<string, LineageModel[]>): LineageTree {
  const nodes: LineageNode[] = [];
  const links: LineageTree['links'] = [];
  let row = 0;
  const visit = (m: LineageModel, depth: number, path: Set<string>): LineageNode => {
    const kids = (children.get(m.id) ?? []).filter((k) => !path.has(k.id));
    const placed = kids.map((k) => visit(k, depth + 1, new Set([...path, k.id])));
    const y = placed.length ? (placed[0]!.y + placed.at(-1)!.y) / 2 : PAD + ROW / 2 + row++ * ROW;
    const node = { id: m.id, name: m.name, depth, x: PAD + depth * COLUMN, y };
    nodes.push(node);
    // Links leave from the end of the parent's label, so they never cross its text.
    const start = Math.min(node.x + 9 + m.name.length * 6.2 + 4, node.x + COLUMN - 24);
    for (const child of placed) links.push({ from: m.id, to: child.id, x1: start, y1: node.y, x2: child.x - 5, y2: child.y });
    return node;
  };
  visit(root, 0, new Set([root.id]));
  const depth = Math.max(...nodes.map((n) => n.depth));
  return { root: root.id, width: PAD * 2 + depth * COLUMN + 170, height: PAD * 2 + row * ROW, nodes: nodes.sort((a, b) => a.y - b.y), links };
}
