// The API's refusals are written in English for developers; the form says the common ones in
// French and keeps the original for anything it does not know.
const PROBLEMS: [RegExp, (...groups: string[]) => string][] = [
  [
    /^must be that of a woman aged (\d+) to (\d+)/,
    (min, max) => `L’année de naissance doit être celle d’une femme de ${min} à ${max} ans, les âges du programme.`,
  ],
  [/^must not be empty/, () => 'Ce champ est obligatoire.'],
  [/^must be the INSEE code of one of the 36 communes/, () => 'Choisissez une des 36 communes des Hauts-de-Seine.'],
  [
    /^must hold (\d+) to (\d+) labels of at most (\d+) characters/,
    (min, max, length) => `Indiquez de ${min} à ${max} éléments, de ${length} caractères au plus chacun.`,
  ],
  [/^must be at most (\d+) characters/, (max) => `${max} caractères au plus.`],
];

export function frenchProblem(problem: string): { text: string; lang: 'fr' | 'en' } {
  for (const [pattern, say] of PROBLEMS) {
    const match = pattern.exec(problem);
    if (match) return { text: say(...match.slice(1)), lang: 'fr' };
  }
  return { text: problem, lang: 'en' };
}
