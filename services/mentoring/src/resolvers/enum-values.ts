// Enum values between the database (lower case) and the API (upper case), in one place for
// every resolver that reads or filters by a status.

/** The database keeps lower-case statuses (first migration); the API's enums are upper-case. */
export const toApi = <T extends string>(value: T): Uppercase<T> => value.toUpperCase() as Uppercase<T>;
export const fromApi = <T extends string>(value: T): Lowercase<T> => value.toLowerCase() as Lowercase<T>;

export const iso = (d: Date | null) => (d ? d.toISOString() : null);
