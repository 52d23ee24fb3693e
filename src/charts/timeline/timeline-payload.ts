/** What the timeline's `.astro` shell hands its `<llm-timeline>` element (one type, both sides). */
import type { FigureModel } from './survey-figure-layout.ts';

/**
 * One model: [id, name, organization, release date, parameters (B), access, architecture summary,
 * estimated training compute in FLOP (6ND)].
 */
export type TimelineRow = [string, string, string, string | null, number | null, string | null, string, number | null];

export type TimelinePayload = TimelineRow[];

/** The survey's timeline figure, as printed rows. */
export type FigurePayload = FigureModel[];
