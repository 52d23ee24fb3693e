/** How an organization is named on the site: its own spelling, or its Chinese name on the Chinese pages. */
import type { OrganizationRow } from '../schemas/organizations.ts';
import type { Locale } from '../i18n/locales.ts';

/** An organization's display name; an id the table does not hold is shown as it is. */
export function organizationName(organizations: ReadonlyMap<string, OrganizationRow>, id: string, lang: Locale): string {
  const org = organizations.get(id);
  if (!org) return id;
  return lang === 'zh' && org.name_zh ? org.name_zh : org.name;
}

/** The organizations of a model as one line: "Meta AI", or "Zhipu AI and Tsinghua University". */
export function organizationsOf(organizations: ReadonlyMap<string, OrganizationRow>, model: { organization: string; co_organization?: string | undefined }, lang: Locale): string {
  const first = organizationName(organizations, model.organization, lang);
  if (!model.co_organization) return first;
  const second = organizationName(organizations, model.co_organization, lang);
  return lang === 'zh' ? `${first}、${second}` : `${first} and ${second}`;
}
