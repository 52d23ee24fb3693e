import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Lineage from '../../src/charts/lineage/Lineage.astro';
import Scatter from '../../src/charts/scatter/Scatter.astro';
import Timeline from '../../src/charts/timeline/Timeline.astro';
import Trends from '../../src/charts/trends/Trends.astro';
import { lineageForest } from '../../src/charts/lineage/lineage-layout.ts';
import { labelsAttribute } from '../../src/i18n/charts.ts';
import { enumLabel } from '../../src/schemas/facts.ts';
import { architectureFields, trainingFields, type TrendChoice } from '../../src/site/chart-data.ts';
import { timelinePayload } from '../../src/site/timeline-data.ts';
import type { SiteModel } from '../../src/site/site-model.ts';

/** Attribute values decoded (Astro escapes quotes in the JSON of data attributes). */
const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'");

/** Visible text: no tags, no attribute values. */
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]*>/g, ' ');

describe('chart dictionaries', () => {
  test('values get their Chinese label; English shows the value; raw values stay the keys', () => {
    expect(enumLabel('en', 'open-weights')).toBe('open-weights');
    expect(enumLabel('zh', 'open-weights')).toBe('开放权重');
    expect(enumLabel('zh', 'unknown')).toBe('未知');
    expect(enumLabel('zh', 'OpenAI')).toBe('OpenAI');
    expect(labelsAttribute('en', ['rope'])).toBeUndefined();
    expect(JSON.parse(labelsAttribute('zh', ['rope', 'adamw', 'yes', 'GQA'])!)).toEqual({ adamw: 'AdamW', rope: 'RoPE', yes: '是' });
  });
  test('field labels exist in both languages, English by default', () => {
    expect(trainingFields()).toEqual(trainingFields('en'));
    expect(trainingFields('en').find((f) => f.key === 'peak_lr')).toEqual({ key: 'peak_lr', label: 'Peak learning rate', log: true });
    expect(architectureFields('en').find((f) => f.key === 'context_tokens')).toEqual({ key: 'context_tokens', label: 'Context length (tokens)', log: true });
    expect(trainingFields('zh').map((f) => f.key)).toEqual(trainingFields('en').map((f) => f.key));
    expect(trainingFields('zh').find((f) => f.key === 'peak_lr')!.label).toBe('峰值学习率');
    expect(architectureFields('zh').find((f) => f.key === 'context_tokens')!.label).toBe('上下文长度（词元）');
  });
});

const data = {
  models: [
    { id: 'gpt-3', name: 'GPT-3', organization: 'OpenAI', release_date: '2020-05', params_billion: 175, access: 'api' },
    { id: 'llama-7b', name: 'LLaMA 7B', organization: 'Meta AI', release_date: '2023-02', params_billion: 7, access: 'open-weights' },
    { id: 'alpaca', name: 'Alpaca', organization: 'Stanford', release_date: '2023-03', base_model: 'llama-7b' },
  ],
  architectures: new Map([['llama-7b', { model_id: 'llama-7b', category: 'causal-decoder', position_encoding: 'rope', layers: 32, context_tokens: 2048 }]]),
  organizations: new Map([
    ['OpenAI', { id: 'OpenAI', name: 'OpenAI' }],
    ['Meta AI', { id: 'Meta AI', name: 'Meta AI' }],
  ]),
  surveyTables: [],
} as unknown as SiteModel;

describe('Timeline', () => {
  test('English by default, as before', async () => {
    const container = await AstroContainer.create();
    const html = decode(await container.renderToString(Timeline, { props: { data } }));
    expect(html).toContain('Large language models by release date and size');
    expect(html).toContain('3 models from 3 organizations;');
    expect(html).toContain('Reset view');
    expect(html).toContain('aria-label="Zoom in"');
    expect(html).toContain('"x-title":"Release date"');
    expect(html).not.toContain('data-labels');
    // The rows are fetched, in the page's language; the page carries the drawing only.
    expect(html).toContain('data-models-url="/data/charts/timeline/en.json"');
    expect(html).not.toContain('causal-decoder · rope · 32 layers · 2048 context');
  });
  test('in Chinese: every interface string, Chinese labels of access values, raw values in the form', async () => {
    const container = await AstroContainer.create();
    const html = decode(await container.renderToString(Timeline, { props: { data, lang: 'zh' } }));
    expect(html).toContain('大语言模型的发布时间与参数规模');
    expect(html).toContain('重置视图');
    expect(html).toContain('aria-label="放大"');
    expect(html).toContain('"x-title":"发布时间"');
    expect(html).toContain('"source":"来源：');
    expect(html).toContain('"open-weights":"开放权重"');
    expect(html).toContain('value="open-weights"> 开放权重');
    expect(html).toContain('data-models-url="/data/charts/timeline/zh.json"');
    for (const english of ['Reset view', 'Export SVG', 'Colour by', 'Legend', 'models from', 'Release date', 'Drag or use']) expect(html).not.toContain(english);
  });
  test('the payload summarises architectures in the page language', () => {
    expect(timelinePayload(data, 'zh')[1]![6]).toBe('因果解码器 · RoPE · 32 层 · 上下文 2048');
    expect(timelinePayload(data)[1]![6]).toBe('causal-decoder · rope · 32 layers · 2048 context');
  });
});

describe('Scatter', () => {
  const props = {
    id: 'recipe',
    title: '训练配方对比',
    description: '说明',
    fields: trainingFields('zh'),
    points: [['gpt-3', 'GPT-3', { params_billion: 175, peak_lr: 0.0006 }, { optimizer: 'adam', precision: 'mixed' }]],
    colors: [{ key: 'optimizer', label: '优化器' }],
    x: 'params_billion',
    y: 'peak_lr',
  };
  test('in Chinese: form labels, buttons, client strings and value labels', async () => {
    const container = await AstroContainer.create();
    const html = decode(await container.renderToString(Scatter, { props: { ...props, lang: 'zh' } }));
    expect(html).toContain('横轴取对数');
    expect(html).toContain('导出 SVG');
    expect(html).toContain('<option value="peak_lr">峰值学习率</option>');
    expect(html).toContain('"other-unknown":"其他或未知"');
    expect(html).toContain('data-labels="{"adam":"Adam"}"');
    for (const english of ['log x', 'Export SVG', 'Colour by', 'Legend']) expect(text(html)).not.toContain(english);
  });
  test('English by default', async () => {
    const container = await AstroContainer.create();
    const html = decode(await container.renderToString(Scatter, { props: { ...props, fields: trainingFields('en') } }));
    expect(html).toContain('> log x</label>');
    expect(html).toContain('Export SVG');
    expect(html).toContain('"log":" (log)"');
  });
});

describe('Trends and Lineage', () => {
  const choices: TrendChoice[] = [
    {
      key: 'position_encoding',
      label: '位置编码',
      column: true,
      items: [
        [2023, 'rope'],
        [2023, null],
      ],
    },
  ];
  test('Trends in Chinese: titles, data table headers with value labels', async () => {
    const container = await AstroContainer.create();
    const html = decode(await container.renderToString(Trends, { props: { choices, lang: 'zh', table: '/zh/architectures/' } }));
    expect(html).toContain('位置编码：各年模型占比');
    expect(html).toContain('<th scope="col">RoPE</th>');
    expect(html).toContain('<th scope="col">未知</th>');
    expect(html).toMatch(/aria-label="20\d\d 年：RoPE，占已知 \d+ 个中的 \d+ 个（\d+%）"/);
    expect(html).toMatch(/href="\/zh\/architectures\/\?position_encoding=rope&release_date=20\d\d..20\d\d#table"/);
    expect(text(html)).not.toMatch(/Data table|Year|Export|Select a segment/);
  });
  test('Lineage in Chinese links to the Chinese model pages', async () => {
    const container = await AstroContainer.create();
    const [tree] = lineageForest(data.models.map((m) => ({ id: m.id, name: m.name, ...(m.base_model ? { base: m.base_model } : {}) })));
    const zh = decode(await container.renderToString(Lineage, { props: { tree: tree!, current: 'alpaca', id: 'l', title: 'Alpaca 的谱系', lang: 'zh' } }));
    expect(zh).toContain('href="/zh/models/llama-7b/"');
    expect(zh).toContain('aria-label="Alpaca（本模型）"');
    expect(zh).toContain('导出 PNG');
    const en = decode(await container.renderToString(Lineage, { props: { tree: tree!, current: 'alpaca', id: 'l', title: 'x' } }));
    expect(en).toContain('href="/models/llama-7b/"');
    expect(en).toContain('aria-label="Alpaca (this model)"');
  });
});
