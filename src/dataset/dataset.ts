/** The whole data set, typed, with every row's source line kept for later checks. */
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { ModelRow } from '../schemas/models.ts';
import type { ProvenanceRow } from '../schemas/provenance.ts';
import type { ReferenceRow } from '../schemas/references.ts';
import type { OrganizationRow } from '../schemas/organizations.ts';
import type { SurveyDifferenceRow, SurveyRow, SurveyTableRow } from '../schemas/surveys.ts';
import type { TableDef } from '../schemas/tables.ts';
import type { TrainingRow } from '../schemas/training.ts';
import type { SizeDifferenceRow } from '../schemas/size-differences.ts';
import type { Located } from './validate-table.ts';

export interface SurveyTable {
  /** The registry row (survey-tables.csv). */
  meta: SurveyTableRow;
  def: TableDef;
  /** Rows in printed order; values are the printed text. */
  rows: Located<Record<string, string | number | boolean | undefined>>[];
}

export interface Dataset {
  models: Located<ModelRow>[];
  architectures: Located<ArchitectureRow>[];
  training: Located<TrainingRow>[];
  organizations: Located<OrganizationRow>[];
  references: Located<ReferenceRow>[];
  provenance: Located<ProvenanceRow>[];
  surveys: Located<SurveyRow>[];
  'survey-tables': Located<SurveyTableRow>[];
  'survey-differences': Located<SurveyDifferenceRow>[];
  'size-differences': Located<SizeDifferenceRow>[];
  /** The printed survey tables, in registry order. */
  surveyTables: SurveyTable[];
}

export function emptyDataset(): Dataset {
  return {
    models: [],
    architectures: [],
    training: [],
    organizations: [],
    references: [],
    provenance: [],
    surveys: [],
    'survey-tables': [],
    'survey-differences': [],
    'size-differences': [],
    surveyTables: [],
  };
}
