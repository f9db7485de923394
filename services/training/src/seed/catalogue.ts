// The fictitious catalogue of the demo data (courses, trainers, venues, awareness titles): the
// words of demo-data.ts, kept apart from its generation logic.
import type { Modality, Sector } from '../data/entities';

export interface DemoCourse {
  title: string;
  summary: string;
  objectives: string[];
  sectors: Sector[];
  topics: string[];
  hours: number;
  modality: Modality;
  mentorAwareness?: boolean;
}

const ALL: Sector[] = ['police_gendarmerie', 'health', 'social_work', 'education', 'justice', 'association', 'local_government'];

/** A catalogue modelled on the national training kits (MIPROF); every row is flagged fictitious. */
export const DEMO_COURSES: DemoCourse[] = [
  {
    title: 'Repérer et accompagner les victimes de violences au sein du couple (kit « Anna »)',
    summary: "Le mécanisme de l'emprise et le rôle de chaque professionnel, à partir du court-métrage « Anna ».",
    objectives: ["Comprendre le cycle de la violence et l'emprise", 'Poser la question des violences', 'Orienter vers le réseau local'],
    sectors: ALL,
    topics: ['violences conjugales', 'emprise', 'repérage'],
    hours: 7,
    modality: 'in_person',
  },
  {
    title: 'Violences sexuelles : recevoir la parole (kit « Elisa »)',
    summary: "L'entretien avec une victime de violences sexuelles, le signalement et l'orientation.",
    objectives: ["Conduire un entretien d'accueil", 'Connaître les obligations de signalement', 'Orienter vers le soin et la plainte'],
    sectors: ['health', 'social_work', 'police_gendarmerie', 'association'],
    topics: ['violences sexuelles', 'entretien', 'signalement'],
    hours: 7,
    modality: 'in_person',
  },
  {
    title: 'Les enfants co-victimes des violences conjugales (kit « Tom et Léna »)',
    summary: "Repérer l'impact des violences sur les enfants et protéger la mère et l'enfant.",
    objectives: [
      "Repérer les signes chez l'enfant",
      "Articuler protection de la mère et de l'enfant",
      'Saisir la cellule de recueil des informations préoccupantes',
    ],
    sectors: ['education', 'social_work', 'health', 'justice'],
    topics: ['enfants', 'violences conjugales', "protection de l'enfance"],
    hours: 6,
    modality: 'hybrid',
  },
  {
    title: "L'ordonnance de protection (kit « Protection sur ordonnance »)",
    summary: "La procédure devant le juge aux affaires familiales et l'accompagnement de la demandeuse.",
    objectives: ["Connaître les conditions de l'ordonnance de protection", 'Accompagner la demande', 'Suivre les mesures prononcées'],
    sectors: ['justice', 'association', 'social_work', 'police_gendarmerie'],
    topics: ['ordonnance de protection', 'procédure'],
    hours: 3.5,
    modality: 'remote',
  },
  {
    title: 'Les mutilations sexuelles féminines (kit « Bilakoro »)',
    summary: 'Prévenir, repérer et orienter les jeunes filles menacées.',
    objectives: ['Connaître le cadre légal', 'Repérer une menace avant un départ', 'Orienter vers les structures spécialisées'],
    sectors: ['health', 'education', 'social_work'],
    topics: ['mutilations sexuelles féminines', 'prévention'],
    hours: 3.5,
    modality: 'in_person',
  },
  {
    title: 'Téléphone grave danger et bracelet anti-rapprochement',
    summary: 'Les dispositifs de protection sur le ressort du tribunal judiciaire de Nanterre.',
    objectives: ["Connaître les critères d'attribution", "Articuler parquet, associations et forces de l'ordre"],
    sectors: ['justice', 'police_gendarmerie', 'association'],
    topics: ['téléphone grave danger', 'bracelet anti-rapprochement'],
    hours: 3,
    modality: 'remote',
  },
  {
    title: 'Sensibilisation des mentors aux violences faites aux femmes',
    summary: 'Reconnaître les signes, réagir et orienter une mentorée vers les bons interlocuteurs.',
    objectives: ['Reconnaître les signes de violences', 'Réagir à une confidence', 'Connaître le 3919 et le réseau du département'],
    sectors: ['association'],
    topics: ['mentorat', 'violences faites aux femmes', 'orientation'],
    hours: 3,
    modality: 'remote',
    mentorAwareness: true,
  },
];

export const DEMO_VENUES = [
  'Maison des solidarités',
  'Hôtel de ville, salle du conseil',
  "Centre communal d'action sociale",
  'Commissariat, salle de formation',
  'Maison de la justice et du droit',
  'Centre médico-social',
];

export const DEMO_TRAINERS = [
  'Hélène Marchand (formatrice, fictive)',
  'Karim Benali (formateur, fictif)',
  'Sophie Lefèvre (formatrice, fictive)',
  'Nadia Ouattara (formatrice, fictive)',
];

export const DEMO_AWARENESS_TITLES: { title: string; format: 'school_talk' | 'stand' | 'webinar' | 'conference' | 'workshop' }[] = [
  { title: 'Intervention au collège : le respect dans les relations amoureuses', format: 'school_talk' },
  { title: 'Intervention au lycée : violences sexistes et sexuelles en ligne', format: 'school_talk' },
  { title: 'Stand au marché pour le 25 novembre', format: 'stand' },
  { title: 'Stand « Violentomètre » au forum des associations', format: 'stand' },
  { title: "Webinaire : reconnaître l'emprise", format: 'webinar' },
  { title: "Ciné-débat autour d'un court-métrage", format: 'conference' },
  { title: "Atelier d'autodéfense verbale", format: 'workshop' },
];
