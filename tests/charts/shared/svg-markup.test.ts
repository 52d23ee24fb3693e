import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { svgMarkup } from '../../../src/charts/shared/svg-markup.ts';

const SVG = 'http://www.w3.org/2000/svg';
const doc = () => parseHTML('<!doctype html><html><body></body></html>').document;

test('svgMarkup escapes text and attribute values it is given', () => {
  const d = doc();
  const svg = d.createElementNS(SVG, 'svg');
  const text = d.createElementNS(SVG, 'text');
  text.setAttribute('aria-label', '"><script>alert(1)</script>');
  text.textContent = '<b>Model</b> & co';
  svg.appendChild(text);
  expect(svgMarkup(svg)).toBe('<svg><text aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;b&gt;Model&lt;/b&gt; &amp; co</text></svg>');
});

test('svgMarkup leaves out elements a chart never draws, event handlers and links off the site', () => {
  const d = doc();
  const svg = d.createElementNS(SVG, 'svg');
  for (const name of ['script', 'foreignObject', 'image']) svg.appendChild(d.createElementNS(SVG, name)).textContent = 'x';
  const rect = svg.appendChild(d.createElementNS(SVG, 'rect'));
  rect.setAttribute('onclick', 'alert(1)');
  rect.setAttribute('class', 'segment');
  const bad = svg.appendChild(d.createElementNS(SVG, 'a'));
  bad.setAttribute('href', 'javascript:alert(1)');
  const good = svg.appendChild(d.createElementNS(SVG, 'a'));
  good.setAttribute('href', '/models/gpt-3/');
  expect(svgMarkup(svg)).toBe('<svg><rect class="segment"></rect><a></a><a href="/models/gpt-3/"></a></svg>');
});
