/** The compact payloads the timeline element reads from its data attributes. */
import type { FigurePayload, TimelinePayload } from '../charts/timeline/timeline-payload.ts';
import { ct } from '../i18n/charts.ts';
import { enumLabel } from '../schemas/facts.ts';
import type { Locale } from '../i18n/ui.ts';
import type { SiteModel } from './site-model.ts';
import { organizationName } from './organizations.ts';
import { trainingCompute } from '../values/training-compute.ts';

/** One row per model; the architecture summary of the tooltips is in `lang`. */
export function timelinePayload(data: SiteModel, lang: Locale = 'en'): TimelinePayload {
  const label = (v: string | undefined) => v && enumLabel(lang, v);
  return data.models.map((m) => {
    const a = data.architectures.get(m.id);
    const arch = a
      ? [
          label(a.category),
          label(a.norm_type),
          label(a.position_encoding),
          label(a.activation),
          a.layers && ct(lang, 'timeline.layers', { n: a.layers }),
          a.context_tokens && ct(lang, 'timeline.context', { n: a.context_tokens }),
        ]
          .filter(Boolean)
          .join(' · ')
      : '';
    const compute = trainingCompute(m);
    return [
      m.id,
      m.name,
      organizationName(data.organizations, m.organization, lang),
      m.release_date ?? null,
      m.params_billion ?? null,
      m.access ?? null,
      arch,
      compute.ok ? compute.flop : null,
    ];
  });
}

/** The survey's timeline figure, as printed rows. */
export function figurePayload(data: SiteModel, surveyId = 'zhao-2023'): FigurePayload {
  const table = data.surveyTables.find((t) => t.meta.survey_id === surveyId && t.meta.kind === 'timeline');
  return (table?.rows ?? []).map((r) => ({
    id: String(r.model_id),
    label: String(r.model),
    year: String(r.year ?? ''),
    months: String(r.months ?? ''),
    public: r.publicly_available === true,
  }));
}
