// Fictitious names for the demo seeds of every service (one list, so the demo graph reads alike).
/**
 * Fictitious people for demo data: common French first names and invented surname initials.
 * Any resemblance to a real person is chance; every demo row is also flagged `fictitious`.
 */
export const DEMO_FIRST_NAMES = [
  'Amina',
  'Camille',
  'Chloé',
  'Inès',
  'Léa',
  'Manon',
  'Sarah',
  'Yasmine',
  'Fatou',
  'Julie',
  'Emma',
  'Jade',
  'Louise',
  'Lina',
  'Nour',
  'Aïcha',
  'Clara',
  'Maëlys',
  'Océane',
  'Sofia',
  'Hélène',
  'Nathalie',
  'Sandrine',
  'Isabelle',
  'Karima',
  'Valérie',
  'Mariam',
  'Agathe',
  'Salomé',
  'Zoé',
  'Rose',
  'Anaïs',
  'Myriam',
  'Samia',
  'Élodie',
  'Laura',
  'Naïma',
  'Pauline',
  'Lucie',
  'Awa',
] as const;

export const DEMO_INITIALS = 'ABCDEFGHJKLMNPRSTVW'.split('');
