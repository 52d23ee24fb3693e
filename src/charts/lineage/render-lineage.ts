/**
 * A lineage tree as an `<svg>`: curved links from each base model to the models built on it, and
 * a link per node to its model page. A function from data to SVG (`document` injected), drawn at
 * build time: model pages need no chart script.
 */
import type { LineageTree } from './lineage-layout.ts';

export interface LineageRenderOptions {
  /** The model the page is about, drawn highlighted. */
  current?: string;
  /** Link target of a node. */
  href: (id: string) => string;
  /** Accessible name of a node. */
  describe: (node: LineageTree['nodes'][number]) => string;
}

const SVG = 'http://www.w3.org/2000/svg';

export function renderLineage(tree: LineageTree, options: LineageRenderOptions, context: { document: Document }): SVGSVGElement {
  const doc = context.document;
  const make = <K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, parent: Element): SVGElementTagNameMap[K] => {
    const node = doc.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    parent.appendChild(node);
    return node;
  };
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('xmlns', SVG);
  svg.setAttribute('viewBox', `0 0 ${tree.width} ${tree.height}`);
  svg.setAttribute('width', String(tree.width));
  const links = make('g', { class: 'links', 'aria-hidden': 'true' }, svg);
  for (const l of tree.links) {
    const mid = (l.x1 + l.x2) / 2;
    make('path', { d: `M${l.x1},${l.y1}C${mid},${l.y1} ${mid},${l.y2} ${l.x2},${l.y2}` }, links);
  }
  const nodes = make('g', { class: 'nodes' }, svg);
  for (const n of tree.nodes) {
    const current = n.id === options.current;
    const a = make('a', { href: options.href(n.id), class: current ? 'node current' : 'node', 'aria-label': options.describe(n) }, nodes);
    make('circle', { cx: n.x, cy: n.y, r: current ? 6 : 4 }, a);
    make('text', { x: n.x + 9, y: n.y + 4 }, a).textContent = n.name;
  }
  return svg;
}
