// `pnpm env:templates` and its `--check`: a template lists every variable of its process's zod
// schema with its default and doc comment, and the check catches a template gone stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { compareTemplate, PROCESSES, renderTemplate, templateVariables, type ProcessSettings } from '../env-templates';
import { ROOT } from '../lib/subgraphs';

const SOURCE = `export const environmentSchema = z.object({
  /** Where the service listens. */
  PORT: port(4001),
});`;
const demo = (schema: z.AnyZodObject): ProcessSettings => ({ name: 'demo', dir: 'services/demo', schema, sources: ['demo/environment.ts'] });
const schema = z.object({
  PORT: z.coerce.number().default(4001),
  FEATURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  DATABASE_URL: z.string().url(),
  OIDC_ISSUER: z.string().url().optional(),
  THRESHOLD: z.coerce.number().default(5).describe('Counts up to this are withheld.'),
});
const template = renderTemplate(demo(schema), () => SOURCE);

test('each variable comes with its default as written in the environment, and its comment', () => {
  expect(template).toContain('# Where the service listens.\nPORT=4001\n');
  expect(template).toContain('\nFEATURE=false\n');
  expect(template).toContain('# (required, no default)\nDATABASE_URL=\n');
  expect(template).toContain('\n#OIDC_ISSUER=\n');
  expect(template).toContain('# Counts up to this are withheld.\nTHRESHOLD=5\n');
  expect(templateVariables(template)).toEqual(['PORT', 'FEATURE', 'DATABASE_URL', 'OIDC_ISSUER', 'THRESHOLD']);
});

test('a template matching its schema is not stale', () => {
  expect(compareTemplate(demo(schema), template, template)).toBeUndefined();
});

test('a variable added to the schema but missing from the template makes it stale', () => {
  const grown = demo(schema.extend({ NEW_LIMIT: z.coerce.number().default(3) }));
  expect(compareTemplate(grown, renderTemplate(grown, () => SOURCE), template)).toMatchObject({ missing: ['NEW_LIMIT'], unknown: [] });
});

test('a template variable the schema no longer knows makes it stale', () => {
  const shrunk = demo(schema.omit({ OIDC_ISSUER: true }));
  expect(compareTemplate(shrunk, renderTemplate(shrunk, () => SOURCE), template)).toMatchObject({ missing: [], unknown: ['OIDC_ISSUER'] });
});

test('a changed default makes it stale even with the same variables', () => {
  const moved = demo(schema.extend({ PORT: z.coerce.number().default(5000) }));
  expect(compareTemplate(moved, renderTemplate(moved, () => SOURCE), template)).toMatchObject({ missing: [], unknown: [], differs: true });
});

test('a missing template file is stale with every variable missing', () => {
  expect(compareTemplate(demo(schema), template, undefined)?.missing).toHaveLength(5);
});

test.each(PROCESSES.map((p) => [p.name, p] as const))('the committed %s template matches its environment.ts', (_name, settings) => {
  const expected = renderTemplate(settings, (file) => readFileSync(path.join(ROOT, file), 'utf8'));
  const actual = readFileSync(path.join(ROOT, settings.dir, '.env.template'), 'utf8');
  expect(compareTemplate(settings, expected, actual)).toBeUndefined();
});
