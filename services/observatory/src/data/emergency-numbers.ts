// The national emergency numbers the directory answers with every answer about help: fixed by law
// and national services, the same for every reader, so they are constants rather than rows.
export type EmergencyChannel = 'PHONE' | 'SMS';

export interface EmergencyNumber {
  number: string;
  label: string;
  channel: EmergencyChannel;
  description: string;
}

export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
  {
    number: '17',
    label: 'Police secours',
    channel: 'PHONE',
    description: 'En cas de danger immédiat : police ou gendarmerie, gratuit, 24 h/24, 7 j/7.',
  },
  {
    number: '112',
    label: 'Numéro d’urgence européen',
    channel: 'PHONE',
    description: 'Numéro d’urgence gratuit joignable dans toute l’Union européenne, y compris depuis un mobile sans crédit, 24 h/24.',
  },
  {
    number: '114',
    label: 'Urgence par SMS',
    channel: 'SMS',
    description:
      'Numéro d’urgence par SMS, gratuit, 24 h/24 : pour les personnes sourdes, malentendantes ou aphasiques, et pour toute personne qui ne peut pas parler (par exemple en présence de l’agresseur).',
  },
  {
    number: '3919',
    label: 'Violences Femmes Info',
    channel: 'PHONE',
    description:
      'Écoute, information et orientation des femmes victimes de violences et de leur entourage ; gratuit et anonyme, 24 h/24, 7 j/7.',
  },
];
