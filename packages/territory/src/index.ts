// The territory package's API: the department's communes.
export * from './communes';
