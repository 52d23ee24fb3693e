import { defineCollection } from 'astro:content';
import {
  architecturesLoader,
  modelsLoader,
  provenanceLoader,
  referencesLoader,
  sizeDifferencesLoader,
  surveyDifferencesLoader,
  surveysLoader,
  surveyTablesLoader,
  trainingLoader,
} from './loaders/csv-loader.ts';

export const collections = {
  models: defineCollection({ loader: modelsLoader() }),
  architectures: defineCollection({ loader: architecturesLoader() }),
  training: defineCollection({ loader: trainingLoader() }),
  references: defineCollection({ loader: referencesLoader() }),
  provenance: defineCollection({ loader: provenanceLoader() }),
  surveys: defineCollection({ loader: surveysLoader() }),
  surveyTables: defineCollection({ loader: surveyTablesLoader() }),
  surveyDifferences: defineCollection({ loader: surveyDifferencesLoader() }),
  sizeDifferences: defineCollection({ loader: sizeDifferencesLoader() }),
};
