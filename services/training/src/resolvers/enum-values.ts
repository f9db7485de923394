import { badUserInput } from '@equality-graph/service-kit';

/** The database stores enum values in lower case ('in_person'); GraphQL names them IN_PERSON. */
export const toApi = <T extends string>(value: T): Uppercase<T> => value.toUpperCase() as Uppercase<T>;
export const fromApi = <T extends string>(value: T): Lowercase<T> => value.toLowerCase() as Lowercase<T>;

/** An ISO 8601 instant argument, or BAD_USER_INPUT naming it. */
export function instant(value: string, argument: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw badUserInput(`\`${argument}\` must be an ISO 8601 date-time`, { argument });
  }
  return date;
}

/** Years the figures can be asked for (sessions exist from 2021). */
export function figuresYear(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badUserInput(`\`${argument}\` must be a year between 2000 and 2100`, { argument });
  return year;
}
