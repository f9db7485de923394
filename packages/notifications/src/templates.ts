// The French text of every email. Kept here, beside the kinds, so no service writes mail text of
// its own: an email says that something happened and links to the signed-in space, never what
// was written (a note, a reason, a goal), which stays behind the sign-in.
import type { NotificationKind } from './kinds';

/** What a template may use: a link path inside the web client and, for some, a date. */
export interface TemplateData {
  path?: string;
  date?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
}

const PROGRAMME = 'Femmes des Hauts-de-Seine';

const LINES: Record<NotificationKind, { subject: string; body: (d: TemplateData) => string }> = {
  'mentee.application-received': {
    subject: 'Nous avons bien reçu votre candidature',
    body: () => `Votre candidature au programme de mentorat ${PROGRAMME} est enregistrée. Une coordinatrice l'étudiera prochainement.`,
  },
  'mentee.application-accepted': {
    subject: 'Votre candidature est acceptée',
    body: () => 'Bonne nouvelle : votre candidature est acceptée. Nous vous proposerons bientôt une marraine.',
  },
  'mentee.parental-consent-needed': {
    subject: "L'accord d'un parent est nécessaire",
    body: () =>
      "Vous avez moins de 18 ans : votre candidature sera étudiée dès que l'accord d'un parent ou d'un représentant légal aura été enregistré.",
  },
  'match.proposed': {
    subject: 'Un binôme de mentorat vous est proposé',
    body: () => 'Une coordinatrice vous propose un binôme. Connectez-vous pour accepter ou décliner la proposition.',
  },
  'match.accepted': {
    subject: 'Votre binôme de mentorat commence',
    body: () => 'Vous avez toutes les deux accepté : le mentorat commence. Vos coordonnées partagées sont visibles dans votre espace.',
  },
  'match.declined': {
    subject: 'Une proposition de binôme a été déclinée',
    body: () => "Une proposition de binôme a été déclinée. L'équipe du programme reviendra vers vous.",
  },
  'match.ended': {
    subject: 'Votre mentorat est terminé',
    body: () => 'Votre mentorat a pris fin. Les coordonnées partagées ne sont plus visibles.',
  },
  'session.logged': {
    subject: 'Une nouvelle séance a été enregistrée',
    body: (d) => `Une séance de mentorat${d.date ? ` du ${d.date}` : ''} a été enregistrée par votre binôme.`,
  },
  'survey.requested': {
    subject: 'Votre avis sur le mentorat',
    body: () => 'Votre mentorat est achevé. Merci de répondre au questionnaire de satisfaction, cela prend deux minutes.',
  },
  'training.enrolment-confirmed': {
    subject: 'Votre inscription à la formation est confirmée',
    body: (d) => `Votre place est réservée${d.date ? ` pour la session du ${d.date}` : ''}.`,
  },
  'training.waitlist-promoted': {
    subject: "Une place s'est libérée : votre inscription est confirmée",
    body: (d) => `Vous étiez sur liste d'attente : une place s'est libérée${d.date ? ` pour la session du ${d.date}` : ''}.`,
  },
  'training.session-cancelled': {
    subject: 'Une session de formation est annulée',
    body: (d) => `La session${d.date ? ` du ${d.date}` : ''} à laquelle vous étiez inscrite est annulée.`,
  },
  'training.certificate-issued': {
    subject: 'Votre attestation de formation est disponible',
    body: () => 'Votre attestation de formation est disponible dans votre espace.',
  },
};

/** The email of one event; the link leads to the sign-in, never to the content itself. */
export function renderEmail(kind: NotificationKind, data: TemplateData, appUrl: string): RenderedEmail {
  const line = LINES[kind];
  const link = new URL(data.path ?? '/', appUrl).toString();
  const text = [
    'Bonjour,',
    '',
    line.body(data),
    '',
    `Pour en savoir plus, connectez-vous à votre espace : ${link}`,
    '',
    `— L'équipe ${PROGRAMME}, Département des Hauts-de-Seine`,
    '',
    'Vous pouvez désactiver les courriels non essentiels dans votre espace.',
  ].join('\n');
  return { subject: `[${PROGRAMME}] ${line.subject}`, text };
}
