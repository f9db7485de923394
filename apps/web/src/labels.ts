// French labels of the API's enums and number formats, in one place.
export const SUPPORT_KIND_LABELS: Record<string, string> = {
  SHELTER: 'Hébergement',
  LISTENING_POINT: "Lieu d'écoute et d'orientation",
  LEGAL_AID: 'Aide juridique',
  HEALTH: 'Santé',
  POLICE_REFERENT: 'Référent police ou gendarmerie',
  ASSOCIATION: 'Association',
  HELPLINE: "Ligne d'écoute",
  DAY_CENTRE: 'Accueil de jour',
  OTHER: 'Autre',
};

export const FORMAT_LABELS: Record<string, string> = { IN_PERSON: 'En présentiel', REMOTE: 'À distance' };

export const MODALITY_LABELS: Record<string, string> = { IN_PERSON: 'En présentiel', REMOTE: 'À distance', HYBRID: 'Hybride' };

export const SECTOR_LABELS: Record<string, string> = {
  POLICE_GENDARMERIE: 'Police et gendarmerie',
  HEALTH: 'Santé',
  SOCIAL_WORK: 'Travail social',
  EDUCATION: 'Éducation',
  JUSTICE: 'Justice',
  ASSOCIATION: 'Associations',
  LOCAL_GOVERNMENT: 'Collectivités',
};

export const MENTEE_STATUS_LABELS: Record<string, string> = {
  APPLIED: 'Candidature reçue',
  ACCEPTED: 'Candidature acceptée',
  MATCHED: 'Binôme formé',
  ALUMNA: 'Parcours terminé',
  WITHDRAWN: 'Candidature retirée',
};

export const MENTORSHIP_STATUS_LABELS: Record<string, string> = {
  PROPOSED: 'Proposition en attente de réponse',
  ACTIVE: 'Mentorat en cours',
  COMPLETED: 'Mentorat terminé',
  ENDED: 'Mentorat arrêté',
  DECLINED: 'Proposition refusée',
};

export const MENTOR_STATUS_LABELS: Record<string, string> = {
  PENDING: 'Profil en attente de validation',
  APPROVED: 'Profil validé',
  SUSPENDED: 'Profil suspendu',
};

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

export const formatRate = (value: number) => decimal.format(value);
export const formatCount = (value: number) => integer.format(value);
export const formatDate = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date(iso));
export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
