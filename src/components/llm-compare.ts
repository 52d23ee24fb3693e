/**
 * `<llm-compare>` builds the comparison named by `?models=a,b,c` from /data/compare.json:
 * add and remove models, URL state, data inserted as text only. The "only differences" switch
 * is plain CSS (`:has`), so it also works on the pre-rendered pair pages.
 */
import { compareRows, parseCompareQuery, type CompareData } from '../data/compare.ts';
import { el } from './dom.ts';

class LlmCompare extends HTMLElement {
  private data?: CompareData;
  private ids: string[] = [];
  /** The server-rendered list of model-vs-base pages, shown while no comparison is chosen. */
  private pairs: Node[] = [];

  async connectedCallback() {
    const tools = this.querySelector<HTMLElement>('.compare-tools');
    if (!tools) return;
    this.pairs = [...(this.querySelector('.compare-result')?.childNodes ?? [])];
    const form = this.querySelector<HTMLFormElement>('form.compare-add')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = form.elements.namedItem('model') as HTMLInputElement;
      const id = input.value.trim();
      if (!this.data?.models[id]) return this.status(`No model with the id “${id}”. Pick one from the list.`);
      if (this.ids.includes(id)) return this.status(`${this.data.models[id]!.name} is already in the comparison.`);
      if (this.ids.length >= Number(this.dataset.max ?? 6)) return this.status(`At most ${this.dataset.max} models; remove one first.`);
      input.value = '';
      this.go([...this.ids, id]);
    });
    window.addEventListener('popstate', () => this.load());
    const response = await fetch('/data/compare.json');
    this.data = (await response.json()) as CompareData;
    this.load();
  }

  private status(text: string) {
    const status = this.querySelector('.compare-status');
    if (status) status.textContent = text;
  }

  private load() {
    if (!this.data) return;
    const data = this.data;
    this.ids = parseCompareQuery(location.search, (id) => id in data.models);
    this.render();
  }

  private go(ids: string[]) {
    this.ids = ids;
    history.pushState(null, '', ids.length > 0 ? `?models=${ids.join(',')}` : location.pathname);
    this.render();
  }

  private render() {
    const data = this.data!;
    const chosen = this.querySelector('.compare-chosen')!;
    chosen.replaceChildren(
      ...this.ids.map((id) => {
        const remove = el('button', { type: 'button', textContent: '×' });
        remove.setAttribute('aria-label', `Remove ${data.models[id]!.name}`);
        remove.addEventListener('click', () => this.go(this.ids.filter((x) => x !== id)));
        return el('li', {}, el('a', { href: `/models/${id}/` }, data.models[id]!.name), ' ', remove);
      }),
    );
    const result = this.querySelector('.compare-result')!;
    if (this.ids.length < 2) {
      this.status(this.ids.length === 0 ? 'Add two or more models to compare them.' : 'Add one more model to compare.');
      result.replaceChildren(...this.pairs);
      return;
    }
    const rows = compareRows(data, this.ids);
    this.status(`${this.ids.length} models, ${rows.filter((r) => r.differs).length} of ${rows.length} fields differ.`);
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Field'), ...this.ids.map((id) => el('th', { scope: 'col' }, el('a', { href: `/models/${id}/` }, data.models[id]!.name))));
    const body = rows.map((row) =>
      el(
        'tr',
        { className: row.differs ? 'differs' : '' },
        el('th', { scope: 'row' }, `${row.field.label} `, el('span', { className: 'muted' }, `(${row.field.group})`)),
        ...row.values.map((v) => (v === '' ? el('td', { className: 'unknown' }, '–') : el('td', {}, v))),
      ),
    );
    const table = el('table', { className: 'data compare' }, el('thead', {}, head), el('tbody', {}, ...body));
    const scroll = el('div', { className: 'table-scroll', tabIndex: 0 }, table);
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', 'Comparison');
    result.replaceChildren(scroll);
  }
}

customElements.define('llm-compare', LlmCompare);
