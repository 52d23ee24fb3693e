/** The compact payloads the timeline element reads from its data attributes. */
import type { TimelinePayload } from '../charts/timeline/llm-timeline.ts';
import type { FigureModel } from '../charts/timeline/survey-figure-layout.ts';
import type { SiteData } from './site-data.ts';

export function timelinePayload(data: SiteData): TimelinePayload {
  return data.models.map((m) => {
    const a = data.architectures.get(m.id);
    const arch = a
      ? [a.category, a.norm_type, a.position_encoding, a.activation, a.layers && `${a.layers} layers`, a.context_tokens && `${a.context_tokens} context`].filter(Boolean).join(' · ')
      : '';
    return [m.id, m.name, m.organization, m.release_date ?? null, m.params_billion ?? null, m.access ?? null, arch];
  });
}

/** The survey's timeline figure, as printed rows. */
export function figurePayload(data: SiteData, surveyId = 'zhao-2023'): FigureModel[] {
  const table = data.surveyTables.find((t) => t.meta.survey_id === surveyId && t.meta.kind === 'timeline');
  return (table?.rows ?? []).map((r) => ({
    id: String(r.model_id),
    label: String(r.model),
    year: String(r.year ?? ''),
    months: String(r.months ?? ''),
    public: r.publicly_available === true,
  }));
}
