/**
 * Compare each printed survey cell, parsed, with the curated value it corresponds to. The site
 * marks the differences; `npm run check:survey-diff` lists those not yet explained in
 * survey-differences.csv.
 */
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { Dataset } from './dataset.ts';
import type { SurveyTableKind } from '../schemas/enums.ts';
import type { ModelRow } from '../schemas/models.ts';
import type { TrainingRow } from '../schemas/training.ts';
import {
  parseDataScale,
  parseDecay,
  parseEnumWord,
  parseHardware,
  parseMark,
  parseMonthYear,
  parseNormalization,
  parseRampCell,
  parseScientific,
  parseSizeBillions,
  parseTrainingDays,
} from '../values/survey-cells.ts';

export interface Curated {
  model?: ModelRow;
  architecture?: ArchitectureRow;
  training?: TrainingRow;
}

/** agree: same value; differ: both known and different; no-curated: printed but not curated; unread: printed text not parsed. */
export type Comparison = 'agree' | 'differ' | 'no-curated' | 'unread';

type Value = string | number | boolean | undefined;
type Rule = (printed: string, c: Curated) => [printed: Value | Value[], curated: Value | Value[]];

/** Compare a printed YYYY-MM with a curated partial date at the coarser of the two precisions. */
const atPrecision = (printed: string | undefined, curated: string | undefined): [Value, Value] => {
  const n = Math.min(printed?.length ?? 7, curated?.length ?? 7, 7);
  return [printed?.slice(0, n), curated?.slice(0, n)];
};

const close = (a: number, b: number) => Math.abs(a - b) <= 0.05 * Math.max(Math.abs(a), Math.abs(b));

const RULES: Record<SurveyTableKind, Record<string, Rule>> = {
  statistics: {
    release_time: (p, c) => atPrecision(parseMonthYear(p), c.model?.release_date),
    size_b: (p, c) => [parseSizeBillions(p), c.model?.params_billion],
    it: (p, c) => [parseMark(p), c.model?.instruction_tuned],
    rlhf: (p, c) => [parseMark(p), c.model?.rlhf],
    pretrain_data_scale: (p, c) => {
      const s = parseDataScale(p);
      return s?.gigabytes !== undefined ? [s.gigabytes, c.model?.pretrain_data_gb] : [s?.tokensBillion, c.model?.pretrain_tokens_billion];
    },
    latest_data_timestamp: (p, c) => atPrecision(parseMonthYear(p), c.model?.data_cutoff),
    hardware: (p, c) => [parseHardware(p)?.count, c.model?.hardware_count],
    training_time: (p, c) => [parseTrainingDays(p), c.model?.training_days],
  },
  'model-cards': {
    category: (p, c) => [parseEnumWord(p), c.architecture?.category],
    size: (p, c) => [parseSizeBillions(p), c.model?.params_billion],
    normalization: (p, c) => {
      const n = parseNormalization(p);
      return [n ? [n.position, n.type] : undefined, c.architecture?.norm_type ? [c.architecture.norm_position, c.architecture.norm_type] : undefined];
    },
    pe: (p, c) => [parseEnumWord(p), c.architecture?.position_encoding],
    activation: (p, c) => [parseEnumWord(p), c.architecture?.activation],
    bias: (p, c) => [parseMark(p), c.architecture?.bias],
    layers: (p, c) => [parseScientific(p), c.architecture?.layers],
    heads: (p, c) => [parseScientific(p), c.architecture?.attention_heads],
    d_model: (p, c) => [parseScientific(p), c.architecture?.d_model],
    mcl: (p, c) => [parseScientific(p), c.architecture?.context_tokens],
  },
  optimization: {
    batch_size: (p, c) => {
      const r = parseRampCell(p);
      const t = c.training?.batch_tokens;
      return [r ? [r.start, r.end] : undefined, t ? [t.start, t.end] : undefined];
    },
    learning_rate: (p, c) => [parseScientific(p), c.training?.peak_lr],
    warmup: (p, c) => [parseMark(p), c.training?.warmup],
    decay_method: (p, c) => {
      const d = parseDecay(p);
      return [d?.schedule, c.training?.decay_schedule];
    },
    optimizer: (p, c) => [parseEnumWord(p), c.training?.optimizer],
    precision_type: (p, c) => [parseEnumWord(p), c.training?.precision],
    weight_decay: (p, c) => [parseScientific(p), c.training?.weight_decay],
    grad_clip: (p, c) => [parseScientific(p), c.training?.grad_clip],
    dropout: (p, c) => [parseScientific(p), c.training?.dropout],
  },
  timeline: {},
};

/** Equal where both are known; a part the curated data leaves unknown is not a difference. */
function same(a: Value | Value[], b: Value | Value[]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => b[i] === undefined || same(x, b[i]));
  if (typeof a === 'number' && typeof b === 'number') return close(a, b);
  return a === b;
}

/** How one printed cell compares with the curated data. */
export function compareCell(kind: SurveyTableKind, column: string, printed: string | undefined, curated: Curated): Comparison | undefined {
  const rule = RULES[kind][column];
  const text = (printed ?? '').trim();
  if (!rule || text === '' || text === '-') return undefined;
  const [p, c] = rule(text, curated);
  if (p === undefined) return 'unread';
  if (c === undefined) return 'no-curated';
  return same(p, c) ? 'agree' : 'differ';
}

/** The printed columns of a kind of table that have a curated counterpart. */
export function comparableColumns(kind: SurveyTableKind): string[] {
  return Object.keys(RULES[kind]);
}

export interface SurveyCellComparison {
  file: string;
  surveyId: string;
  tableId: string;
  modelId: string;
  column: string;
  printed: string;
  result: Comparison;
  /** The recorded reason, for a difference that survey-differences.csv explains. */
  reason?: string;
}

/** Every comparable printed cell of every survey table, compared with the curated data. */
export function compareSurveys(data: Dataset): SurveyCellComparison[] {
  const models = new Map(data.models.map((r) => [r.data.id, r.data]));
  const arch = new Map(data.architectures.map((r) => [r.data.model_id, r.data]));
  const training = new Map(data.training.map((r) => [r.data.model_id, r.data]));
  const reasons = new Map(data['survey-differences'].map((r) => [`${r.data.survey_id}/${r.data.table_id}/${r.data.model_id}/${r.data.column}`, r.data.reason]));
  const out: SurveyCellComparison[] = [];
  for (const table of data.surveyTables) {
    const { survey_id: surveyId, table_id: tableId, kind } = table.meta;
    for (const { data: row } of table.rows) {
      const modelId = String(row.model_id);
      const curated = { model: models.get(modelId), architecture: arch.get(modelId), training: training.get(modelId) };
      for (const column of comparableColumns(kind)) {
        const printed = row[column] as string | undefined;
        const result = compareCell(kind, column, printed, curated);
        if (!result) continue;
        const reason = reasons.get(`${surveyId}/${tableId}/${modelId}/${column}`);
        out.push({ file: table.def.file, surveyId, tableId, modelId, column, printed: printed!, result, ...(reason ? { reason } : {}) });
      }
    }
  }
  return out;
}
