/**
 * Counts as people say them: "405 billion", "15.6 trillion tokens" in English; in Chinese by 亿
 * (10^8) and 万亿 (10^12), "4050 亿", "15.6 万亿词元" — not "405 十亿", a unit Chinese does not use.
 */
import { formatNumber } from './format-value.ts';
import type { Locale } from '../i18n/locales.ts';

const ZH = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 6 });

/** The columns counted in billions, and what is counted. */
const COUNTED: Record<string, { en: string; zh: string }> = {
  billions: { en: '', zh: '' },
  'billions of tokens': { en: ' tokens', zh: '词元' },
};

/** A value in billions as words, or undefined for a unit this does not cover. */
export function readableQuantity(lang: Locale, billions: number, unit: string): string | undefined {
  const what = Object.hasOwn(COUNTED, unit) ? COUNTED[unit]! : undefined;
  if (!what || !Number.isFinite(billions) || billions < 0) return undefined;
  // Rounded to what a reader says, not to what floating point leaves (0.117 × 10 = 1.1700000000000002).
  const n = (v: number) => formatNumber(Number(v.toPrecision(12)));
  if (lang === 'zh') {
    // Chinese writes these counts without thousands separators: 4050 亿.
    const n = (v: number) => ZH.format(Number(v.toPrecision(12)));
    const yi = billions * 10;
    return yi >= 10_000 ? `${n(yi / 10_000)} 万亿${what.zh}` : yi >= 1 ? `${n(yi)} 亿${what.zh}` : `${n(yi * 10_000)} 万${what.zh}`;
  }
  if (billions >= 1000) return `${n(billions / 1000)} trillion${what.en}`;
  if (billions >= 1) return `${n(billions)} billion${what.en}`;
  return `${n(billions * 1000)} million${what.en}`;
}

/** Bytes in binary units: 516096 → "504 KiB". */
export function bytesText(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${formatNumber(Number(v.toPrecision(3)))} ${units[i]}`;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A FLOP count in scientific notation as printed: 3.65e25 → "3.65 × 10²⁵ FLOP". */
export function flopText(flop: number): string {
  if (!Number.isFinite(flop) || flop <= 0) return '';
  const exponent = Math.floor(Math.log10(flop));
  const mantissa = Number((flop / 10 ** exponent).toPrecision(3));
  const power = String(exponent).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
  return `${formatNumber(mantissa)} × 10${power} FLOP`;
}
