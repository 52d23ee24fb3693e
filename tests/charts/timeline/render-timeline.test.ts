import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { renderSurveyFigure } from '../../../src/charts/timeline/render-survey-figure.ts';
import { renderTimeline, shiftTimeline } from '../../../src/charts/timeline/render-timeline.ts';
import { surveyFigureLayout } from '../../../src/charts/timeline/survey-figure-layout.ts';
import { timelineLayout, type TimelineModel } from '../../../src/charts/timeline/timeline-layout.ts';

/** A document of its own (no browser needed). */
const context = () => ({ document: parseHTML('<!doctype html><html><body></body></html>').document });

/** Numbers rounded to one decimal, so the snapshot does not depend on float noise. */
const normalize = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');

/** The English axis titles the timeline element passes in. */
const titles = { xTitle: 'Release date', yTitle: 'Parameters (log scale)', bandLabel: 'size ?' };

const models: TimelineModel[] = [
  { id: 'gpt-3', name: 'GPT-3', organization: 'OpenAI', date: 2020.4, params: 175, open: false, group: 'OpenAI' },
  { id: 'llama-65b', name: 'LLaMA 65B', organization: 'Meta AI', date: 2023.15, params: 65, open: true, group: 'Meta AI' },
  { id: 'mystery', name: 'Mystery <b>', organization: 'Lab', date: 2022.5, open: true, group: 'Lab' },
];

test('renderTimeline draws marks, labels, axes and the unknown-size band', () => {
  const colors = new Map([
    ['OpenAI', 0],
    ['Meta AI', 1],
  ]);
  const svg = renderTimeline(
    timelineLayout(models, { width: 480, height: 240, domain: [2020, 2024] }),
    { colorOf: (g) => colors.get(g) ?? 9, describe: (id) => `model ${id}`, ...titles },
    context(),
  );
  const out = svg.toString();
  expect(out).toContain('aria-label="model mystery"');
  expect(out).not.toContain('<b>');
  expect(normalize(out)).toMatchSnapshot();
});

test('re-rendering after a zoom moves the same mark nodes instead of rebuilding them', () => {
  const options = { colorOf: () => 0, describe: (id: string) => id, ...titles };
  const svg = renderTimeline(timelineLayout(models, { width: 480, height: 240, domain: [2020, 2024] }), options, context());
  const before = svg.querySelector('[data-id="gpt-3"]');
  expect(renderTimeline(timelineLayout(models, { width: 480, height: 240, domain: [2020, 2021] }), options, { ...context(), svg })).toBe(svg);
  expect(svg.querySelector('[data-id="gpt-3"]')).toBe(before);
  expect(svg.querySelectorAll('[data-id]').length).toBe(1);
});

test('renderSurveyFigure marks publicly available models', () => {
  const layout = surveyFigureLayout([
    { id: 't5-11b', label: 'T5', year: '2019', months: '', public: true },
    { id: 'gpt-3', label: 'GPT-3', year: '2020', months: '', public: false },
  ]);
  const svg = renderSurveyFigure(layout, (m) => m.label, context());
  expect(normalize(svg.toString())).toMatchSnapshot();
});

test('a pan slides the clipped marks layer, and the next full render resets it', () => {
  const options = { colorOf: () => 0, describe: (id: string) => id, clipId: 'c', ...titles };
  const layout = timelineLayout(models, { width: 480, height: 240, domain: [2021, 2022], buffer: 1 });
  expect(layout.marks.map((m) => m.id).sort()).toEqual(['gpt-3', 'mystery']);
  expect(layout.counts.outside).toBe(3);
  const svg = renderTimeline(layout, options, context());
  expect(svg.querySelector('g.marks')!.getAttribute('clip-path')).toBe('url(#c)');
  shiftTimeline(svg, -42.04);
  expect(svg.querySelector('g.marks g.pan')!.getAttribute('transform')).toBe('translate(-42 0)');
  renderTimeline(layout, options, { ...context(), svg });
  expect(svg.querySelector('g.marks g.pan')!.getAttribute('transform')).toBeNull();
});

test('renderTimeline draws the axis titles and band label it is given', () => {
  const layout = timelineLayout(models, { width: 480, height: 240, domain: [2020, 2024] });
  const svg = renderTimeline(layout, { colorOf: () => 0, describe: (id) => id, xTitle: '发布时间', yTitle: '参数量（对数坐标）', bandLabel: '规模未知' }, context());
  expect(svg.querySelector('text.title-x')!.textContent).toBe('发布时间');
  expect(svg.querySelector('text.title-y')!.textContent).toBe('参数量（对数坐标）');
  expect(svg.querySelector('text.band')!.textContent).toBe('规模未知');
  expect(svg.toString()).not.toContain('Release date');
});
