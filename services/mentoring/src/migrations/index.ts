import { Programme1764400000000 } from './1764400000000-Programme';

/** Explicit, ordered list: a migration is never edited once landed, only added. */
export const migrations = [Programme1764400000000];
