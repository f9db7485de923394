export * from './roles';
export * from './identity';
export * from './internal-token';
export * from './client-token';
