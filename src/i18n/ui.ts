/**
 * Interface strings in English and Simplified Chinese. Every key exists in both languages (a test
 * lists any that is missing); data values are never translated.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };

export const UI = {
  en: {
    'nav.label': 'Main',
    'nav.models': 'Models',
    'nav.architectures': 'Architectures',
    'nav.training': 'Training',
    'nav.compare': 'Compare',
    'nav.timeline': 'Timeline',
    'nav.lineage': 'Lineage',
    'nav.surveys': 'Surveys',
    'nav.guide': 'Guide',
    'nav.data': 'Data',
    'nav.contribute': 'Contribute',
    'skip': 'Skip to content',
    'search.label': 'Search models',
    'search.placeholder': 'Search models (press /)',
    'search.results': 'Matching models',
    'footer.data': 'data under',
    'footer.code': 'code under MIT. Every value links to its source;',
    'footer.corrections': 'corrections welcome',
    'language.switch': 'Read this page in',
    'guide.title': 'Guide',
    'guide.description': 'Notes on the concepts behind the columns of LLM Atlas, with every number computed from the data.',
    'guide.intro': 'What the columns mean and why the choices matter. Every number on these pages is computed from the data when the site is built.',
    'guide.contents': 'Contents',
    'guide.see-table': 'See these models in the table',
    'stat.of': 'of',
    'stat.models': 'models',
    'stat.none': 'no model with a known value',
    'stat.known': 'with a known value',
  },
  zh: {
    'nav.label': '主导航',
    'nav.models': '模型',
    'nav.architectures': '架构',
    'nav.training': '训练',
    'nav.compare': '比较',
    'nav.timeline': '时间线',
    'nav.lineage': '谱系',
    'nav.surveys': '综述',
    'nav.guide': '指南',
    'nav.data': '数据',
    'nav.contribute': '贡献',
    'skip': '跳到正文',
    'search.label': '搜索模型',
    'search.placeholder': '搜索模型（按 /）',
    'search.results': '匹配的模型',
    'footer.data': '数据许可：',
    'footer.code': '代码采用 MIT 许可。每个数值都链接到来源；',
    'footer.corrections': '欢迎指正',
    'language.switch': '阅读本页的其他语言版本：',
    'guide.title': '指南',
    'guide.description': 'LLM Atlas 各列背后概念的说明，文中每个数字都由数据计算得出。',
    'guide.intro': '这些列是什么意思，各种设计选择为何重要。本页中的每个数字都在构建网站时由数据计算得出。',
    'guide.contents': '目录',
    'guide.see-table': '在表格中查看这些模型',
    'stat.of': '/',
    'stat.models': '个模型',
    'stat.none': '没有已知取值的模型',
    'stat.known': '（取值已知）',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type UiKey = keyof (typeof UI)['en'];

export function t(locale: Locale, key: UiKey): string {
  return UI[locale][key];
}

/** The path of the same page in another language (`/guide/x/` ↔ `/zh/guide/x/`). */
export function localizedPath(path: string, locale: Locale): string {
  const bare = path.replace(/^\/zh(?=\/)/, '');
  return locale === 'en' ? bare : `/zh${bare}`;
}
