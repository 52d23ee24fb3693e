/**
 * Content collections hold the prose only (MDX). The CSV data is not a collection: it is read,
 * checked and indexed once into the typed site model (src/site/site-model.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The guide: one MDX file per topic and language, `src/content/guide/<lang>/<topic>.mdx`. */
const guide = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/guide' }),
  schema: z.strictObject({
    title: z.string().meta({ description: 'Page title.' }),
    description: z.string().meta({ description: 'One sentence for search results and the contents list.' }),
    order: z.number().int().meta({ description: 'Position in the contents.' }),
  }),
});

/** Prose pages in each language, `src/content/pages/<lang>/<page>.mdx` (e.g. how to contribute). */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/pages' }),
  schema: z.strictObject({
    title: z.string().meta({ description: 'Page title.' }),
    description: z.string().meta({ description: 'One sentence for search results.' }),
  }),
});

export const collections = {
  guide,
  pages,
};
