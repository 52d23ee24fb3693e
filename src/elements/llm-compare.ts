/**
 * `<llm-compare>` builds the comparison named by `?models=a,b,c` from /data/compare.json:
 * add and remove models, URL state, data inserted as text only. The "only differences" switch
 * is plain CSS (`:has`), so it also works on the pre-rendered pair pages.
 */
import { compareModel, compareRows, onlyDifferences, readCompareQuery, resolveModel, type CompareData, type CompareField, type CompareModel } from './compare.ts';
import { el } from './dom.ts';
import { localePrefix, translator } from '../i18n/runtime.ts';

class LlmCompare extends HTMLElement {
  private data?: CompareData;
  private ids: string[] = [];
  /** The server-rendered list of model-vs-base pages, shown while no comparison is chosen. */
  private pairs: Node[] = [];

  private s!: ReturnType<typeof translator<'compare'>>;

  async connectedCallback() {
    this.s = translator<'compare'>(this);
    const s = this.s;
    const tools = this.querySelector<HTMLElement>('.compare-tools');
    if (!tools) return;
    this.pairs = [...(this.querySelector('.compare-result')?.childNodes ?? [])];
    const form = this.querySelector<HTMLFormElement>('form.compare-add')!;
    // The models arrive once; a model added before then waits for them rather than being refused.
    const ready = fetch('/data/compare.json').then((response) => response.json() as Promise<CompareData>);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = form.elements.namedItem('model') as HTMLInputElement;
      const typed = input.value.trim();
      await ready;
      // An id or a name, as the reader typed it.
      const model = this.data ? resolveModel(this.data, typed) : undefined;
      if (!model) return this.status(s('no-match', { id: typed }));
      const id = model.id;
      if (this.ids.includes(id)) return this.status(s('already', { name: model.name }));
      if (this.ids.length >= Number(this.dataset.max ?? 6)) return this.status(s('at-most', { max: this.dataset.max ?? 6 }));
      input.value = '';
      this.go([...this.ids, id]);
    });
    // "Only differences" lives in the URL, so a shared link opens the same view.
    const only = this.querySelector<HTMLInputElement>('#only-diff');
    only?.addEventListener('change', () => {
      history.replaceState(null, '', this.url(this.ids));
    });
    window.addEventListener('popstate', () => this.load());
    this.data = await ready;
    // The page's language: field names and groups rendered by the server.
    if (this.dataset.fields) this.data.fields = JSON.parse(this.dataset.fields) as CompareField[];
    this.load();
  }

  /** Ids come from the URL and the form: looked up by own key only (see compareModel). */
  private model(id: string): CompareModel | undefined {
    return this.data ? compareModel(this.data, id) : undefined;
  }

  private status(text: string) {
    const status = this.querySelector('.compare-status');
    if (status) status.textContent = text;
  }

  private load() {
    if (!this.data) return;
    const data = this.data;
    const s = this.s;
    const { ids, unknown } = readCompareQuery(location.search, (id) => compareModel(data, id) !== undefined);
    this.ids = ids;
    const only = this.querySelector<HTMLInputElement>('#only-diff');
    if (only) only.checked = onlyDifferences(location.search);
    this.render();
    // After render, which sets its own status: a link naming a model we do not have says so.
    if (unknown.length > 0) this.status(s('no-model', { id: unknown.join('”, “') }));
  }

  /** The address of a comparison: its models and, when on, "only differences". */
  private url(ids: readonly string[]): string {
    const only = this.querySelector<HTMLInputElement>('#only-diff')?.checked;
    const query = [ids.length > 0 ? `models=${ids.join(',')}` : '', only ? 'only=diff' : ''].filter(Boolean).join('&');
    return query ? `?${query}` : location.pathname;
  }

  private go(ids: string[]) {
    this.ids = ids;
    history.pushState(null, '', this.url(ids));
    this.render();
  }

  private render() {
    const data = this.data!;
    const s = this.s;
    const prefix = localePrefix();
    const chosen = this.querySelector('.compare-chosen')!;
    chosen.replaceChildren(
      ...this.ids.map((id) => {
        const remove = el('button', { type: 'button', textContent: '×' });
        const name = this.model(id)?.name ?? id;
        remove.setAttribute('aria-label', s('remove', { name }));
        remove.addEventListener('click', () => this.go(this.ids.filter((x) => x !== id)));
        return el('li', {}, el('a', { href: `${prefix}/models/${id}/` }, name), ' ', remove);
      }),
    );
    const result = this.querySelector('.compare-result')!;
    if (this.ids.length < 2) {
      this.status(s(this.ids.length === 0 ? 'add-two' : 'add-one'));
      result.replaceChildren(...this.pairs);
      return;
    }
    const rows = compareRows(data, this.ids);
    this.status(s('summary', { n: this.ids.length, differ: rows.filter((r) => r.differs).length, fields: rows.length }) + (rows.some((r) => r.unknown) ? s('unknown-note') : ''));
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, s('field')),
      ...this.ids.map((id) => el('th', { scope: 'col' }, el('a', { href: `${prefix}/models/${id}/` }, this.model(id)?.name ?? id))),
    );
    // Each group of fields (identity, architecture, training) under its own heading row, so the
    // field column holds only the field's name and stays narrow on a phone.
    const body = rows.flatMap((row, i) => [
      ...(i === 0 || rows[i - 1]!.field.group !== row.field.group
        ? [el('tr', { className: 'group' }, el('th', { scope: 'colgroup', colSpan: this.ids.length + 1 }, row.field.group))]
        : []),
      el(
        'tr',
        { className: row.differs ? 'differs' : '' },
        el('th', { scope: 'row' }, row.field.label),
        ...row.values.map((v) => (v === '' ? el('td', { className: 'unknown', title: s('unknown') }, '–') : el('td', {}, v))),
      ),
    ]);
    const table = el('table', { className: 'data compare' }, el('thead', {}, head), el('tbody', {}, ...body));
    const scroll = el('div', { className: 'table-scroll', tabIndex: 0 }, table);
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', s('comparison'));
    result.replaceChildren(scroll);
  }
}

customElements.define('llm-compare', LlmCompare);
