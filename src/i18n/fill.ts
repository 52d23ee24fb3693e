export type Vars = Record<string, string | number>;

/** Fill `{name}` placeholders: the one implementation, used by the server and the browser alike. */
export function fill(template: string, vars?: Vars): string {
  return vars && template.includes('{') ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole)) : template;
}
