import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { drawScatter } from '../../../src/charts/scatter/draw-scatter.ts';
import type { ScatterPayload } from '../../../src/charts/scatter/scatter-payload.ts';
import { defaultScatterState } from '../../../src/charts/scatter/scatter-state.ts';
import { svgMarkup } from '../../../src/charts/shared/svg-markup.ts';
import { clientText } from '../../../src/i18n/client.ts';

const payload: ScatterPayload = {
  prefix: 'recipe',
  fields: [
    { key: 'params_billion', label: 'Parameters (B)', log: true },
    { key: 'peak_lr', label: 'Peak learning rate', log: true },
  ],
  points: [
    ['a', 'A <b>', { params_billion: 1, peak_lr: 0.001 }, { optimizer: 'adamw' }],
    ['b', 'B', { params_billion: 10, peak_lr: 0.0003 }, { optimizer: 'adam' }],
    ['c', 'C', { params_billion: 100, peak_lr: 0.0001 }, {}],
    ['d', 'D', { params_billion: 50 }, {}],
  ],
  colors: [{ key: 'optimizer', label: 'optimizer' }],
  x: 'params_billion',
  y: 'peak_lr',
};
const text = { t: (key: Parameters<typeof clientText<'scatter'>>[2], vars?: Record<string, string | number>) => clientText('en', 'scatter', key, vars), label: (v: string) => v };

test('drawScatter gives the same SVG, legend and note in any document (server and browser draw alike)', () => {
  const one = drawScatter(payload, defaultScatterState(payload), text, { document: parseHTML('<!doctype html><html></html>').document });
  const two = drawScatter(payload, defaultScatterState(payload), text, { document: parseHTML('<!doctype html><html><body><p></p></body></html>').document });
  expect(svgMarkup(one.svg)).toBe(svgMarkup(two.svg));
  expect(one.svg.querySelectorAll('circle.mark')).toHaveLength(3);
  expect(one.legend).toEqual([
    ['adam', 0],
    ['adamw', 1],
    ['other or unknown', 9],
  ]);
  expect(one.note).toBe('3 models shown; 1 models not shown: value unknown or not positive on a log axis. Fitted power law: y ∝ x^-0.50 (R² 1.00, n = 3).');
});

test('svgMarkup keeps markup in data as text', () => {
  const { svg } = drawScatter(payload, defaultScatterState(payload), text, { document: parseHTML('<!doctype html><html></html>').document });
  const markup = svgMarkup(svg);
  expect(markup).toContain('aria-label="A &lt;b&gt;"');
  expect(markup).not.toContain('<b>');
});
