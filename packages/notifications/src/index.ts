// The notifications package's public API: tables, kinds, templates, the outbox writer and the worker.
export * from './tables';
export * from './kinds';
export * from './templates';
export * from './outbox';
export * from './worker';
export * from './retention';
export * from './input-checks';
export * from './delivery-state';
