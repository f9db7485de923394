// Enum values between the database (lower case, 'in_person') and GraphQL (upper case,
// IN_PERSON), in one place so no resolver spells a conversion of its own.

export const toApi = <T extends string>(value: T): Uppercase<T> => value.toUpperCase() as Uppercase<T>;
export const fromApi = <T extends string>(value: T): Lowercase<T> => value.toLowerCase() as Lowercase<T>;
