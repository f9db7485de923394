import { badUserInput } from '@equality-graph/service-kit';

/** The database stores enum values in lower case ('in_person'); GraphQL names them IN_PERSON. */
export const toApi = <T extends string>(value: T): Uppercase<T> => value.toUpperCase() as Uppercase<T>;
export const fromApi = <T extends string>(value: T): Lowercase<T> => value.toLowerCase() as Lowercase<T>;

/** Years the figures can be asked for (sessions exist from 2021). */
export function figuresYear(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badUserInput(`\`${argument}\` must be a year between 2000 and 2100`, { argument });
  return year;
}
