/** `<llm-search>`: the header search over the build-time index, with the `/` shortcut. It ships on every page. */
import { searchModels, type SearchEntry, type SearchResult } from './search.ts';
import { el } from './dom.ts';
import { localePrefix, translator } from '../i18n/runtime.ts';

class LlmSearch extends HTMLElement {
  private index?: Promise<SearchEntry[]>;
  /** Where each option leads: a model page, or the models table searched for the query. */
  private targets: string[] = [];
  private active = -1;

  connectedCallback() {
    const input = this.querySelector('input')!;
    const list = this.querySelector<HTMLUListElement>('[role="listbox"]')!;
    const s = translator<'search'>(this);
    const load = () => (this.index ??= fetch('/data/search-index.json').then((r) => r.json() as Promise<SearchEntry[]>));
    const show = (result: SearchResult, query: string) => {
      const prefix = localePrefix();
      this.active = -1;
      this.targets = result.matches.map(([id]) => `${prefix}/models/${id}/`);
      const options = result.matches.map(([, name, org, , date], i) =>
        el(
          'li',
          { id: `search-option-${i}` },
          el('a', { href: this.targets[i]!, tabIndex: -1 }, name),
          el('span', { className: 'muted' }, ` ${org}${date ? ` · ${date.slice(0, 7)}` : ''}`),
        ),
      );
      // Every match, in the models table: the last option, with the count.
      if (result.total > 0) {
        const all = `${prefix}/explore/?q=${encodeURIComponent(query.trim())}`;
        this.targets.push(all);
        options.push(
          el('li', { id: `search-option-${options.length}`, className: 'search-all' }, el('a', { href: all, tabIndex: -1 }, s('all', { n: result.total, q: query.trim() }))),
        );
      }
      for (const option of options) option.setAttribute('role', 'option');
      // Nothing matches: say so (a note, not an option to pick).
      const none = query.trim() !== '' && result.total === 0 ? [el('li', { className: 'search-none muted' }, s('none', { q: query.trim() }))] : [];
      list.replaceChildren(...options, ...none);
      const open = options.length + none.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(options.length > 0));
      input.removeAttribute('aria-activedescendant');
    };
    const close = () => show({ matches: [], total: 0 }, '');
    const highlight = (i: number) => {
      this.active = i;
      [...list.querySelectorAll('[role="option"]')].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', `search-option-${i}`);
    };
    input.addEventListener('focus', () => void load());
    input.addEventListener('input', async () => show(searchModels(await load(), input.value), input.value));
    input.addEventListener('keydown', (event) => {
      const n = this.targets.length;
      if (event.key === 'ArrowDown' && n > 0) highlight((this.active + 1) % n);
      else if (event.key === 'ArrowUp' && n > 0) highlight(this.active <= 0 ? n - 1 : this.active - 1);
      else if (event.key === 'Escape') close();
      else if (event.key === 'Enter' && n > 0) location.href = this.targets[Math.max(this.active, 0)]!;
      else return;
      event.preventDefault();
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.focus();
    });
  }
}

customElements.define('llm-search', LlmSearch);
