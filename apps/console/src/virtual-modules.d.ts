// The operation library, embedded at build time by scripts/operation-library.ts.
declare module 'virtual:operation-library' {
  const library: Array<{ name: string; group: string; description: string; document: string }>;
  export default library;
}
