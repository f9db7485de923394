// Fictitious demo entries of the support directory, experimentations and reports (SEED_DEMO_DATA),
// kept apart from the figures' seed because they are written like real directory entries.
import type { DataSource } from 'typeorm';
import { DemoRandom } from '@equality-graph/service-kit';
import { postalCodesOf } from '@equality-graph/territory';
import { searchKey } from '../data/input-checks';
import type { SupportServiceKind } from '../data/entities/support-service.entity';
import type { ExperimentationStatus, OutcomeFigure } from '../data/entities/experimentation.entity';

const FVV92_MEMBER = 'Membre de la ligne départementale inter-associative FVV92 (Femmes victimes de violences 92).';

interface SeedService {
  name: string;
  kind: SupportServiceKind;
  description: string;
  communes?: string[];
  phone?: string;
  hours?: string;
  languages?: string[];
  accessibility?: string;
  address?: string;
  /** INSEE code of the commune of the address: its postal code (Etalab's data) is stored with it. */
  at?: string;
  fictitious?: boolean;
}

/**
 * Real actors of DESIGN 8.5, with only the facts known for sure (unknown phones and addresses
 * stay null), then invented shelters and a day centre, flagged fictitious and named "(fictif)",
 * with phone numbers from the range reserved for fiction (01 99 00 ...).
 */
const SERVICES: SeedService[] = [
  {
    name: '3919 – Violences Femmes Info',
    kind: 'HELPLINE',
    phone: '3919',
    hours: '24 h/24, 7 j/7',
    description:
      'Numéro national d’écoute, d’information et d’orientation pour les femmes victimes de violences, leur entourage et les professionnels ; gratuit et anonyme. Géré par la Fédération nationale Solidarité Femmes.',
  },
  {
    name: 'FVV92 – ligne départementale Femmes victimes de violences 92',
    kind: 'HELPLINE',
    description:
      'Ligne inter-associative départementale portée par L’Escale, avec AFED 92, ADAVIP 92, SOS Femmes Alternative - Centre Flora Tristan et les quatre CIDFF du département.',
  },
  {
    name: 'L’Escale',
    kind: 'ASSOCIATION',
    description: `Porte la ligne FVV92. Évalue les situations pour l’attribution du téléphone grave danger à la demande du parquet de Nanterre. ${FVV92_MEMBER}`,
  },
  { name: 'AFED 92', kind: 'ASSOCIATION', description: FVV92_MEMBER },
  { name: 'ADAVIP 92', kind: 'ASSOCIATION', description: FVV92_MEMBER },
  { name: 'SOS Femmes Alternative - Centre Flora Tristan', kind: 'ASSOCIATION', description: FVV92_MEMBER },
  {
    name: 'CIDFF des Hauts-de-Seine (quatre centres)',
    kind: 'LEGAL_AID',
    description: `Centres d’information sur les droits des femmes et des familles. ${FVV92_MEMBER}`,
  },
  {
    name: 'Lieux d’écoute, d’accueil et d’orientation (LEAO)',
    kind: 'LISTENING_POINT',
    description: 'Lieux d’écoute, d’accueil et d’orientation tenus par les CIDFF et d’autres associations.',
  },
  {
    name: 'Maison des femmes de l’hôpital Antoine-Béclère',
    kind: 'HEALTH',
    address: 'Hôpital Antoine-Béclère, Clamart',
    at: '92023',
    description: 'Unité hospitalière d’accueil et de prise en charge des femmes victimes de violences.',
  },
  { name: 'Assistance Victimes 92', kind: 'ASSOCIATION', description: 'Association d’aide aux victimes.' },
  {
    name: 'Intervenants sociaux en commissariat',
    kind: 'POLICE_REFERENT',
    description: 'Travailleurs sociaux présents dans les commissariats pour accueillir et orienter les victimes.',
  },
  {
    name: 'Résidence Les Tilleuls (fictif)',
    kind: 'SHELTER',
    fictitious: true,
    communes: ['92050', '92025'],
    phone: '01 99 00 92 01',
    hours: 'Admission 24 h/24',
    languages: ['anglais', 'arabe'],
    accessibility: 'Deux logements de plain-pied accessibles en fauteuil roulant.',
    address: '12 rue Imaginaire, 92000 Nanterre (adresse fictive)',
    at: '92050',
    description: 'Hébergement d’urgence fictif de démonstration.',
  },
  {
    name: 'Maison Les Glycines (fictif)',
    kind: 'SHELTER',
    fictitious: true,
    communes: ['92012'],
    phone: '01 99 00 92 02',
    hours: 'Sur orientation, du lundi au vendredi',
    languages: ['espagnol'],
    address: '3 allée Inventée, 92100 Boulogne-Billancourt (adresse fictive)',
    at: '92012',
    description: 'Hébergement fictif de démonstration pour femmes avec enfants.',
  },
  {
    name: 'Accueil de jour Le Phare (fictif)',
    kind: 'DAY_CENTRE',
    fictitious: true,
    communes: ['92002', '92007'],
    phone: '01 99 00 92 03',
    hours: 'Du lundi au vendredi, 9 h - 17 h',
    languages: ['anglais'],
    accessibility: 'Accès de plain-pied.',
    address: '5 place Fictive, 92160 Antony (adresse fictive)',
    at: '92002',
    description: 'Accueil de jour fictif de démonstration.',
  },
];

const DEMO_FIGURES = 'Budget, bénéficiaires et résultats : chiffres fictifs de démonstration.';
interface SeedExperimentation {
  name: string;
  summary: string;
  partners: string[];
  status: ExperimentationStatus;
  communes?: string[];
  startDate?: string;
  endDate?: string;
  budgetEuros?: number;
  beneficiaries?: number;
  evaluationSummary?: string;
  outcomes?: OutcomeFigure[];
  published: boolean;
}

/** Schemes of DESIGN 8.5 (dates known only to the year stay null); every figure is fictitious. */
const EXPERIMENTATIONS: SeedExperimentation[] = [
  {
    name: 'Circuit d’urgence des violences conjugales du tribunal judiciaire de Nanterre',
    status: 'ENDED',
    published: true,
    summary: `Traitement en urgence des procédures de violences conjugales, expérimenté au tribunal judiciaire de Nanterre en 2020-2021. ${DEMO_FIGURES}`,
    partners: ['Tribunal judiciaire de Nanterre'],
    budgetEuros: 120_000,
    beneficiaries: 340,
    evaluationSummary: 'Évaluation fictive de démonstration.',
    outcomes: [{ label: 'Délai moyen de traitement (fictif)', value: 12, unit: 'jours' }],
  },
  {
    name: 'Évaluation des situations pour le téléphone grave danger',
    status: 'RUNNING',
    published: true,
    summary: `L’association L’Escale évalue les situations des femmes en grave danger pour le parquet de Nanterre, qui décide de l’attribution du téléphone grave danger (dispositif expérimenté en Seine-Saint-Denis dès 2009). ${DEMO_FIGURES}`,
    partners: ['L’Escale', 'Parquet du tribunal judiciaire de Nanterre'],
    beneficiaries: 85,
    outcomes: [{ label: 'Situations évaluées dans l’année (fictif)', value: 85, unit: 'situations' }],
  },
  {
    name: 'Protocole féminicide : enfants co-victimes',
    status: 'RUNNING',
    published: true,
    summary: `Prise en charge immédiate des enfants co-victimes d’un féminicide ; protocole né en Seine-Saint-Denis en 2015, national depuis avril 2022. ${DEMO_FIGURES}`,
    partners: [],
    beneficiaries: 4,
  },
  {
    name: 'Espace de rencontre protégé (fictif)',
    status: 'PLANNED',
    published: false,
    communes: ['92050', '92002'],
    summary: `Projet fictif de démonstration d’espace de rencontre protégé (dispositif non généralisé). ${DEMO_FIGURES}`,
    partners: [],
    startDate: '2026-01-05',
    endDate: '2027-12-31',
    budgetEuros: 80_000,
  },
];

const PUBLICATIONS: [string, number, string, string][] = [
  [
    'Les violences faites aux femmes dans les Hauts-de-Seine : chiffres 2023 (rapport fictif)',
    2024,
    'Rapport de démonstration : il n’existe pas, ses chiffres sont fictifs.',
    'https://example.org/observatoire-92/chiffres-2023-fictif.pdf',
  ],
  [
    'Former les professionnels : bilan 2022 (rapport fictif)',
    2023,
    'Rapport de démonstration : il n’existe pas, ses chiffres sont fictifs.',
    'https://example.org/observatoire-92/formation-2022-fictif.pdf',
  ],
];

/** Idempotent: fixed ids, ON CONFLICT DO NOTHING (an admin's later edits are kept). */
export async function seedDemoDirectory(
  db: DataSource,
): Promise<{ supportServices: number; experimentations: number; publications: number }> {
  const random = new DemoRandom(92_085);
  let supportServices = 0;
  for (const s of SERVICES) {
    const id = random.uuid();
    const inserted = await db.query(
      `INSERT INTO support_service (id, name, name_search, kind, description, phone, hours, languages, accessibility, address, postal_code, fictitious)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        s.name,
        searchKey(s.name),
        s.kind,
        s.description,
        s.phone ?? null,
        s.hours ?? null,
        s.languages ?? [],
        s.accessibility ?? null,
        s.address ?? null,
        s.at ? (postalCodesOf(s.at)[0] ?? null) : null,
        s.fictitious ?? false,
      ],
    );
    if (inserted.length === 0) continue;
    supportServices += 1;
    await db.query('INSERT INTO support_service_commune (support_service_id, commune_code) SELECT $1, unnest($2::text[])', [
      id,
      s.communes ?? [],
    ]);
  }
  let experimentations = 0;
  for (const e of EXPERIMENTATIONS) {
    const id = random.uuid();
    const inserted = await db.query(
      `INSERT INTO experimentation (id, name, summary, partners, start_date, end_date, budget_euros, status, beneficiaries, evaluation_summary, outcomes, published, fictitious)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, true) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        e.name,
        e.summary,
        e.partners,
        e.startDate ?? null,
        e.endDate ?? null,
        e.budgetEuros ?? null,
        e.status,
        e.beneficiaries ?? null,
        e.evaluationSummary ?? null,
        JSON.stringify(e.outcomes ?? []),
        e.published,
      ],
    );
    if (inserted.length === 0) continue;
    experimentations += 1;
    await db.query('INSERT INTO experimentation_commune (experimentation_id, commune_code) SELECT $1, unnest($2::text[])', [
      id,
      e.communes ?? [],
    ]);
  }
  let publications = 0;
  for (const [title, year, summary, url] of PUBLICATIONS) {
    const inserted = await db.query(
      `INSERT INTO publication (id, title, year, summary, url, published, fictitious) VALUES ($1, $2, $3, $4, $5, true, true)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [random.uuid(), title, year, summary, url],
    );
    publications += inserted.length;
  }
  return { supportServices, experimentations, publications };
}
