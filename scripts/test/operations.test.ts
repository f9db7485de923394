// The example operations in schema/operations validate against the committed supergraph, each
// named after its file and headed by the group and description the console shows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { invalidLibraryOperations, libraryFiles } from '../lib/operation-library';
import { SUPERGRAPH_PATH } from '../lib/subgraphs';

const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');

test("the library holds the analysts' questions", () => {
  expect(libraryFiles()).toEqual(
    expect.arrayContaining([
      'IndicatorSeriesOfCommune.graphql',
      'DomesticViolenceRateAndTraining.graphql',
      'MentoringProgrammeByCommune.graphql',
      'TrainingBySector.graphql',
      'SupportDirectoryOfCommune.graphql',
    ]),
  );
});

test('every operation of the library is named after its file, headed, and valid against the committed supergraph', () => {
  expect(invalidLibraryOperations(supergraph)).toEqual([]);
});

test('a file without its header, misnamed or invalid is reported', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'operations-'));
  writeFileSync(path.join(dir, 'NoHeader.graphql'), '# Just a comment.\nquery NoHeader { communes { code } }\n');
  writeFileSync(path.join(dir, 'Misnamed.graphql'), '# group: Communes\n# description: Codes.\nquery Other { communes { code } }\n');
  writeFileSync(path.join(dir, 'Invalid.graphql'), '# group: Communes\n# description: Codes.\nquery Invalid { communes { nope } }\n');
  const problems = invalidLibraryOperations(supergraph, dir).map((p) => p.replace(/^.*\//, ''));
  expect(problems).toEqual([
    expect.stringMatching(/^Invalid.graphql: Cannot query field "nope" on type "Commune"/),
    'Misnamed.graphql: must hold one operation, named Misnamed (found Other)',
    'NoHeader.graphql: first line must be "# group: <question group>"',
    'NoHeader.graphql: second line must be "# description: <one line>"',
  ]);
});
