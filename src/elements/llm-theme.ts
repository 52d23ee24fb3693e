/** `<llm-theme>`: light / dark / system, remembered in localStorage. It ships on every page. */
import { translator } from '../i18n/runtime.ts';

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
      button.textContent = `◐ ${s('label', { theme: s(theme) })}`;
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

customElements.define('llm-theme', LlmTheme);
