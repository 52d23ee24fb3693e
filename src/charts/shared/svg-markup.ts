/**
 * Markup of a chart drawn at build time. The renderers build real DOM nodes (in the browser's
 * document or linkedom's); this serializer escapes every text and attribute itself, so the
 * string the page inlines can hold data only as text.
 */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The elements the chart renderers draw; anything else (a script, a foreignObject) is left out whole. */
const ELEMENTS = new Set(['svg', 'g', 'defs', 'clipPath', 'rect', 'circle', 'line', 'path', 'text', 'tspan', 'title', 'a']);

export function svgMarkup(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.localName;
  if (!ELEMENTS.has(name)) return '';
  const attributes = [...element.attributes]
    .filter((a) => /^[a-zA-Z_:][\w:.-]*$/.test(a.name) && !/^on/i.test(a.name) && !(a.name === 'href' && !a.value.startsWith('/')))
    .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
    .join('');
  return `<${name}${attributes}>${[...element.childNodes].map(svgMarkup).join('')}</${name}>`;
}
