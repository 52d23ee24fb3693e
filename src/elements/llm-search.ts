/** `<llm-search>`: the header search over the build-time index, with the `/` shortcut. It ships on every page. */
import { searchModels, type SearchEntry } from './search.ts';
import { el } from './dom.ts';
import { localePrefix } from '../i18n/runtime.ts';

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

customElements.define('llm-search', LlmSearch);
