// The explicit, ordered migration list of the observatory (generated files, one per schema change).
import { Communes1764400000000 } from './1764400000000-Communes';
import { IndicatorsObservations1764600000000 } from './1764600000000-IndicatorsObservations';
import { DirectoryExperimentationsPublications1764700000000 } from './1764700000000-DirectoryExperimentationsPublications';
import { PopulationVintagesPartnerFigures1764810000000 } from './1764810000000-PopulationVintagesPartnerFigures';
import { SupportServicePostalCode1764820000000 } from './1764820000000-SupportServicePostalCode';

/** Explicit, ordered list: a migration is never edited once landed, only added. */
export const migrations = [
  Communes1764400000000,
  IndicatorsObservations1764600000000,
  DirectoryExperimentationsPublications1764700000000,
  PopulationVintagesPartnerFigures1764810000000,
  SupportServicePostalCode1764820000000,
];
