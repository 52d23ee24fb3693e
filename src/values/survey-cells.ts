/**
 * Parsers for survey cells as printed (`"175B"`, `"32K→3.2M"`, `"6 × 10^-5"`, `"✓"`,
 * `"1024 TPU v3"`, `"cosine decay to 10%"`) into the typed values of the curated tables, so the
 * site can show printed and curated side by side and mark every difference. Each returns
 * `undefined` for a cell that prints nothing (`-` or empty) or that it cannot read as a value.
 */
import type { Ramp } from '../schemas/cells.ts';

const NOTHING = new Set(['', '-', '–', '—']);
const clean = (text: string | undefined) => (text ?? '').trim();
const printsNothing = (text: string | undefined) => NOTHING.has(clean(text));

const SCALE: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 };

/** `"32K"` → 32000, `"3.2M"` → 3200000, `"1.4T"` → 1.4e12; a footnote mark such as `*` is ignored. */
export function parseQuantity(text: string | undefined): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([KMBGT]?)\*?$/i.exec(clean(text));
  if (!m) return undefined;
  return Number((Number(m[1]) * SCALE[m[2]!.toUpperCase()]!).toPrecision(12));
}

/** `"✓"` → true, `"×"` → false, `"-"` → undefined. Also the words yes / no. */
export function parseMark(text: string | undefined): boolean | undefined {
  const t = clean(text).toLowerCase();
  if (t === '✓' || t === '√' || t === 'yes') return true;
  if (t === '×' || t === '✗' || t === 'x' || t === 'no') return false;
  return undefined;
}

/** Size in billions: `"175B"` → 175, `"13*"` → 13, `"54.5"` → 54.5 (the statistics table prints billions). */
export function parseSizeBillions(text: string | undefined): number | undefined {
  const t = clean(text);
  if (/^\d+(?:\.\d+)?\*?$/.test(t)) return Number(t.replace('*', ''));
  const q = parseQuantity(t);
  return q === undefined || !/[B]\*?$/i.test(t) ? undefined : q / 1e9;
}

/** `"1.4T tokens"` → { tokensBillion: 1400 }; `"825GB"` → { gigabytes: 825 }; `"1.1TB"` → { gigabytes: 1100 }. */
export function parseDataScale(text: string | undefined): { tokensBillion?: number; gigabytes?: number } | undefined {
  const t = clean(text);
  const tokens = /^(\S+)\s+tokens$/i.exec(t);
  if (tokens) {
    const q = parseQuantity(tokens[1]);
    return q === undefined ? undefined : { tokensBillion: q / 1e9 };
  }
  const bytes = /^(\d+(?:\.\d+)?)\s*(GB|TB)$/i.exec(t);
  if (bytes) return { gigabytes: Number(bytes[1]) * (bytes[2]!.toUpperCase() === 'TB' ? 1000 : 1) };
  return undefined;
}

/** `"32K→3.2M"` → { start: 32000, end: 3200000 }; `"4M"` → { start: 4e6, end: 4e6 }. Spaces are allowed. */
export function parseRampCell(text: string | undefined): Ramp | undefined {
  const parts = clean(text).split(/\s*(?:→|->)\s*/);
  if (parts.length > 2) return undefined;
  const values = parts.map((p) => parseQuantity(p.replace(/\s+/g, '')));
  if (values.some((v) => v === undefined)) return undefined;
  const [start, end = start] = values as [number, number?];
  return { start, end };
}

/** `"6 × 10^-5"` → 6e-5, `"0.1"` → 0.1; a formula such as `"lr^2"` → undefined. */
export function parseScientific(text: string | undefined): number | undefined {
  const t = clean(text).replace(/−/g, '-');
  if (/^[+-]?\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const m = /^(\d+(?:\.\d+)?)\s*[×x*]\s*10\^?\s*([+-]?\d+)$/.exec(t);
  return m ? Number(`${m[1]}e${m[2]}`) : undefined;
}

/** `"1024 TPU v3"` → { count: 1024, type: "TPU v3" }. */
export function parseHardware(text: string | undefined): { count: number; type: string } | undefined {
  const m = /^(\d+)\s+(.+)$/.exec(clean(text));
  return m ? { count: Number(m[1]), type: m[2]! } : undefined;
}

/** `"21 d"` → 21 days, `"27 h"` → 1.125 days. */
export function parseTrainingDays(text: string | undefined): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([dh])$/.exec(clean(text));
  if (!m) return undefined;
  return m[2] === 'd' ? Number(m[1]) : Number(m[1]) / 24;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `"Oct-2019"` → `"2019-10"`. */
export function parseMonthYear(text: string | undefined): string | undefined {
  const m = /^([A-Za-z]{3})-(\d{4})$/.exec(clean(text));
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) : -1;
  return m && month >= 0 ? `${m[2]}-${String(month + 1).padStart(2, '0')}` : undefined;
}

/** `"Pre Layer Norm"` / `"Pre LayerNorm"` → { position: "pre", type: "layernorm" }; `"Post Deep Norm"` → post deepnorm. */
export function parseNormalization(text: string | undefined): { position?: 'pre' | 'post' | 'sandwich'; type?: 'layernorm' | 'rmsnorm' | 'deepnorm' } | undefined {
  const t = clean(text).toLowerCase().replace(/\s+/g, '');
  if (printsNothing(text)) return undefined;
  const position = t.startsWith('pre') ? 'pre' : t.startsWith('post') ? 'post' : t.startsWith('sandwich') ? 'sandwich' : undefined;
  const type = t.includes('rmsnorm') ? 'rmsnorm' : t.includes('deepnorm') ? 'deepnorm' : t.includes('layernorm') ? 'layernorm' : undefined;
  return position || type ? { position, type } : undefined;
}

const ENUM_WORDS: Record<string, string> = {
  learned: 'learned',
  relative: 'relative',
  rope: 'rope',
  alibi: 'alibi',
  sinusoidal: 'sinusoidal',
  gelu: 'gelu',
  relu: 'relu',
  swiglu: 'swiglu',
  geglu: 'geglu',
  causaldecoder: 'causal-decoder',
  prefixdecoder: 'prefix-decoder',
  encoderdecoder: 'encoder-decoder',
  adam: 'adam',
  adamw: 'adamw',
  adafactor: 'adafactor',
  fp16: 'fp16',
  bf16: 'bf16',
  fp32: 'fp32',
};

/** A printed word as the curated enum slug: `"RoPE"` → `"rope"`, `"Causal decoder"` → `"causal-decoder"`, `"AdaFactor"` → `"adafactor"`. */
export function parseEnumWord(text: string | undefined): string | undefined {
  return ENUM_WORDS[
    clean(text)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  ];
}

/** `"cosine decay to 10%"` → { schedule: "cosine", floor: 0.1 }; `"inverse square root"` → inverse-sqrt. */
export function parseDecay(text: string | undefined): { schedule?: string; floor?: number } | undefined {
  const t = clean(text).toLowerCase();
  if (printsNothing(text)) return undefined;
  const floor = /to\s+(\d+(?:\.\d+)?)\s*%/.exec(t);
  const schedule = t.startsWith('cosine') ? 'cosine' : t.startsWith('linear') ? 'linear' : t.startsWith('inverse square root') ? 'inverse-sqrt' : undefined;
  if (!schedule && !floor) return undefined;
  return { schedule, floor: floor ? Number(floor[1]) / 100 : undefined };
}
