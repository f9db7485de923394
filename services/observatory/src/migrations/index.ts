import { Communes1764400000000 } from './1764400000000-Communes';
import { IndicatorsObservations1764600000000 } from './1764600000000-IndicatorsObservations';

/** Explicit, ordered list: a migration is never edited once landed, only added. */
export const migrations = [Communes1764400000000, IndicatorsObservations1764600000000];
