// The professional sectors, once, for the entities' CHECK constraints, the input checks and the
// demo data (the GraphQL enum Sector says the same in upper case).
/** The professional sectors a participant declares when she enrols (fixed list). */
export const SECTORS = ['police_gendarmerie', 'health', 'social_work', 'education', 'justice', 'association', 'local_government'] as const;
export type Sector = (typeof SECTORS)[number];

/** The SQL list used by CHECK constraints (kept identical to the migration's). */
export const SECTORS_SQL = SECTORS.map((s) => `'${s}'`).join(', ');
