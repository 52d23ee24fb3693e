/**
 * Shared by every page: `<llm-search>` (the header search, with the `/` shortcut) and
 * `<llm-theme>` (light / dark / system, remembered). Kept small: it ships on every page.
 */
import { searchModels, type SearchEntry } from '../data/search.ts';
import { el } from './dom.ts';
import { localePrefix, translator } from '../i18n/runtime.ts';

class LlmSearch extends HTMLElement {
  private index?: Promise<SearchEntry[]>;
  private results: SearchEntry[] = [];
  private active = -1;

  connectedCallback() {
    const input = this.querySelector('input')!;
    const list = this.querySelector<HTMLUListElement>('[role="listbox"]')!;
    const load = () => (this.index ??= fetch('/data/search-index.json').then((r) => r.json() as Promise<SearchEntry[]>));
    const show = (entries: SearchEntry[]) => {
      this.results = entries;
      this.active = -1;
      list.replaceChildren(
        ...entries.map(([id, name, org], i) => {
          const option = el(
            'li',
            { id: `search-option-${i}` },
            el('a', { href: `${localePrefix()}/models/${id}/`, tabIndex: -1 }, name),
            el('span', { className: 'muted' }, ` ${org}`),
          );
          option.setAttribute('role', 'option');
          return option;
        }),
      );
      list.hidden = entries.length === 0;
      input.setAttribute('aria-expanded', String(entries.length > 0));
      input.removeAttribute('aria-activedescendant');
    };
    const highlight = (i: number) => {
      this.active = i;
      [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', `search-option-${i}`);
    };
    input.addEventListener('focus', () => void load());
    input.addEventListener('input', async () => show(searchModels(await load(), input.value)));
    input.addEventListener('keydown', (event) => {
      const n = this.results.length;
      if (event.key === 'ArrowDown' && n > 0) highlight((this.active + 1) % n);
      else if (event.key === 'ArrowUp' && n > 0) highlight((this.active - 1 + n) % n);
      else if (event.key === 'Escape') show([]);
      else if (event.key === 'Enter' && this.results.length > 0) {
        location.href = `${localePrefix()}/models/${this.results[Math.max(this.active, 0)]![0]}/`;
      } else return;
      event.preventDefault();
    });
    input.addEventListener('blur', () => setTimeout(() => show([]), 150));
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.focus();
    });
  }
}

const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

export function applyTheme(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

class LlmTheme extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const s = translator<'header'>(this);
    let theme: Theme = (THEMES as readonly string[]).includes(localStorage.getItem('llm-theme') ?? '') ? (localStorage.getItem('llm-theme') as Theme) : 'system';
    const update = () => {
      applyTheme(theme);
      button.textContent = `◐ ${s(theme)}`;
      button.setAttribute('aria-label', s('theme', { theme: s(theme) }));
    };
    button.addEventListener('click', () => {
      theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
      if (theme === 'system') localStorage.removeItem('llm-theme');
      else localStorage.setItem('llm-theme', theme);
      update();
    });
    update();
  }
}

/**
 * The language switch keeps the view: the filters, sort and chart state in the query and the
 * section in the hash carry over to the other language (updated just before the link is used).
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) {
  const path = new URL(link.getAttribute('href') ?? '/', location.href).pathname;
  const update = () => (link.href = `${path}${location.search}${location.hash}`);
  for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
}

customElements.define('llm-search', LlmSearch);
customElements.define('llm-theme', LlmTheme);
