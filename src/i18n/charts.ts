/**
 * The charts' strings in English and Simplified Chinese. `CHART_STRINGS` are written by the chart
 * elements in the browser (spread into `CLIENT`, see client.ts; the server renders them into the
 * element's `data-i18n`). `CHART_UI` are written by the chart components on the server (`ct`).
 * Placeholders are `{name}`; both languages use the same ones. Data values (model and
 * organization names, numbers) are never translated; enum values get their label
 * (`enumLabel`), while URLs and filters keep the raw value.
 */
import { enumLabel } from './columns.ts';
import { fill, type Vars } from './runtime.ts';
import type { Locale } from './ui.ts';

export const CHART_STRINGS = {
  /** Shared by every chart element (export). */
  chart: {
    en: {
      source: "Source: LLM Atlas ({host}), data CC BY 4.0; each value's source is on its model page.",
      untitled: 'LLM Atlas chart',
      ignored: ' Not understood in the address: {items}.',
    },
    zh: {
      source: '来源：LLM Atlas（{host}），数据采用 CC BY 4.0 许可；每个数值的来源见其模型页面。',
      untitled: 'LLM Atlas 图表',
      ignored: '地址中无法识别：{items}。',
    },
  },
  timeline: {
    en: {
      'x-title': 'Release date',
      'y-title': 'Parameters (log scale)',
      'size-band': 'size ?',
      params: '{n}B parameters',
      'size-unknown': 'size unknown',
      describe: '{name}, {organization}, {date}, {size}',
      other: 'other',
      shapes: '● open weights, ■ API or closed',
      'publicly-available': 'publicly available',
      'closed-source': 'closed source',
      'public-mark': '{label}, publicly available',
      'figure-note': "The survey's figure: {n} models, as placed in the paper.",
      shown: '{shown} models shown ({unknown} of unknown size, in the bottom band). ',
      undated: '{n} models not shown: release date unknown.',
      outside: ' {n} outside the date window.',
      filtered: ' {n} filtered out.',
    },
    zh: {
      'x-title': '发布时间',
      'y-title': '参数量（对数坐标）',
      'size-band': '规模未知',
      params: '参数量 {n}B',
      'size-unknown': '参数量未知',
      describe: '{name}，{organization}，{date}，{size}',
      other: '其他',
      shapes: '● 开放权重，■ 仅 API 或不开放',
      'publicly-available': '公开可用',
      'closed-source': '闭源',
      'public-mark': '{label}，公开可用',
      'figure-note': '综述原图：{n} 个模型，位置与论文中一致。',
      shown: '显示 {shown} 个模型（其中 {unknown} 个规模未知，位于底部条带）。',
      undated: '{n} 个模型未显示：发布时间未知。',
      outside: '{n} 个在日期窗口之外。',
      filtered: '{n} 个已被筛除。',
    },
  },
  scatter: {
    en: {
      log: ' (log)',
      value: '{label}: {value}',
      'other-unknown': 'other or unknown',
      shown: '{shown} models shown; {missing} models not shown: value unknown.',
      'shown-log': '{shown} models shown; {missing} models not shown: value unknown or not positive on a log axis.',
      fit: ' Fitted power law: y ∝ x^{exponent} (R² {r2}, n = {n}).',
      'too-few': ' Too few points for a trend line.',
      'log-log': ' The power-law trend line is drawn on log–log axes.',
    },
    zh: {
      log: '（对数）',
      value: '{label}：{value}',
      'other-unknown': '其他或未知',
      shown: '显示 {shown} 个模型；{missing} 个模型未显示：取值未知。',
      'shown-log': '显示 {shown} 个模型；{missing} 个模型未显示：取值未知，或在对数轴上不为正。',
      fit: '拟合幂律：y ∝ x^{exponent}（R² {r2}，n = {n}）。',
      'too-few': '点数太少，无法拟合趋势线。',
      'log-log': '幂律趋势线只在双对数坐标下绘制。',
    },
  },
  trends: {
    en: {
      note: '{known} models with a known value; {unknown} not shown: value unknown. Numbers above the bars: known + unknown per year.',
      segment: '{year}: {value}, {count} of {known} known ({percent}%)',
    },
    zh: {
      note: '{known} 个模型取值已知；{unknown} 个未显示：取值未知。柱顶数字为每年的已知数 + 未知数。',
      segment: '{year} 年：{value}，占已知 {known} 个中的 {count} 个（{percent}%）',
    },
  },
} as const satisfies Record<string, Record<Locale, Record<string, string>>>;

/** Strings the chart components render on the server. */
export const CHART_UI = {
  en: {
    'export-svg': 'Export SVG',
    'export-png': 'Export PNG',
    legend: 'Legend',
    unknown: 'unknown',
    'colour-by': 'Colour by',
    'timeline.title': 'Large language models by release date and size',
    'timeline.description':
      '{models} models from {organizations} organizations; x is the release date, y the number of parameters on a log scale. Circles have open weights, squares are API-only or closed. Each mark opens its model page.',
    'timeline.view': 'View',
    'timeline.all-models': 'All models',
    'timeline.survey-figure': "The survey's figure",
    'timeline.by-organization': 'organization',
    'timeline.by-access': 'access',
    'timeline.access': 'Access',
    'timeline.organization': 'Organization',
    'timeline.all': 'all',
    'timeline.size': 'Size (B)',
    'timeline.from': 'from',
    'timeline.to': 'to',
    'timeline.zoom-in': 'Zoom in',
    'timeline.zoom-out': 'Zoom out',
    'timeline.reset': 'Reset view',
    'timeline.help':
      'Drag or use the wheel to pan and zoom; drag in the strip under the dates to pick a range. Tab into the chart, then ← → move between models, Enter opens one, Shift + ← → or Page Up / Page Down pan, + − zoom.',
    'timeline.layers': '{n} layers',
    'timeline.context': '{n} context',
    'scatter.x': 'x',
    'scatter.y': 'y',
    'scatter.log-x': 'log x',
    'scatter.log-y': 'log y',
    'trends.title': '{label}: share of models per year',
    'trends.select': 'Select a segment to filter the table below.',
    'trends.legend': 'Legend: {label}',
    'trends.data-table': 'Data table',
    'trends.by-year': '{label} by year',
    'trends.year': 'Year',
    'lineage.current-label': '{name} (this model)',
    'lineage.lines': 'lines run from a base model (left) to the models built on it (right)',
    'lineage.current': 'this model',
  },
  zh: {
    'export-svg': '导出 SVG',
    'export-png': '导出 PNG',
    legend: '图例',
    unknown: '未知',
    'colour-by': '着色依据',
    'timeline.title': '大语言模型的发布时间与参数规模',
    'timeline.description':
      '共 {models} 个模型，来自 {organizations} 家机构；横轴为发布时间，纵轴为参数量（对数坐标）。圆形为开放权重模型，方形为仅提供 API 或不开放的模型。点击标记即可打开对应的模型页面。',
    'timeline.view': '视图',
    'timeline.all-models': '全部模型',
    'timeline.survey-figure': '综述原图',
    'timeline.by-organization': '机构',
    'timeline.by-access': '开放方式',
    'timeline.access': '开放方式',
    'timeline.organization': '机构',
    'timeline.all': '全部',
    'timeline.size': '参数量（十亿）',
    'timeline.from': '从',
    'timeline.to': '到',
    'timeline.zoom-in': '放大',
    'timeline.zoom-out': '缩小',
    'timeline.reset': '重置视图',
    'timeline.help':
      '拖动或滚动滚轮可平移、缩放；在日期下方的条带中拖动可选取时间范围。用 Tab 键进入图表后，← → 在模型间移动，Enter 打开模型页面，Shift + ← → 或 Page Up / Page Down 平移，+ − 缩放。',
    'timeline.layers': '{n} 层',
    'timeline.context': '上下文 {n}',
    'scatter.x': '横轴',
    'scatter.y': '纵轴',
    'scatter.log-x': '横轴取对数',
    'scatter.log-y': '纵轴取对数',
    'trends.title': '{label}：各年模型占比',
    'trends.select': '选择一个色块即可筛选下方的表格。',
    'trends.legend': '图例：{label}',
    'trends.data-table': '数据表',
    'trends.by-year': '{label}（按年份）',
    'trends.year': '年份',
    'lineage.current-label': '{name}（本模型）',
    'lineage.lines': '连线从基座模型（左）指向基于它构建的模型（右）',
    'lineage.current': '本模型',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ChartUiKey = keyof (typeof CHART_UI)['en'];

/** A chart string rendered on the server, with `{name}` placeholders filled from `vars`. */
export function ct(lang: Locale, key: ChartUiKey, vars?: Vars): string {
  return fill(CHART_UI[lang][key], vars);
}


/**
 * The `data-labels` attribute of a chart element: value → label for the values whose label
 * differs, as JSON; undefined (no attribute) in English, where labels are the values.
 */
export function labelsAttribute(lang: Locale, values: Iterable<string>): string | undefined {
  if (lang === 'en') return undefined;
  const labels: Record<string, string> = {};
  for (const v of values) {
    const label = enumLabel(lang, v);
    if (label !== v) labels[v] = label;
  }
  return JSON.stringify(labels);
}
