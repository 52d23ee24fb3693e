/** Serialise rows as CSV: minimal quoting, `\n` line ends, a final newline. */

/** Quote a field only when it holds a comma, a double quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map(csvLine).join('\n') + '\n';
}
