// The console's library read at build time: headers parsed defensively, files without a group in "Other".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OTHER_GROUP, parseLibraryFile, readLibrary } from '../scripts/operation-library';

test('a file with group and description headers is filed under its question', () => {
  const text =
    '# group: Violence over time\n# description: One indicator, year by year.\n# Longer notes.\nquery IndicatorSeries { communes { code } }\n';
  expect(parseLibraryFile('IndicatorSeries.graphql', text)).toEqual({
    name: 'IndicatorSeries',
    group: 'Violence over time',
    description: 'One indicator, year by year.',
    document: text,
  });
});

test('a file without headers goes in "Other", described by its first comment line, named by its operation or file', () => {
  expect(parseLibraryFile('Me.graphql', '# Who is signed in.\n# More.\nquery Me { me { id } }')).toMatchObject({
    name: 'Me',
    group: OTHER_GROUP,
    description: 'Who is signed in.',
  });
  expect(parseLibraryFile('Bare.graphql', '{ communes { code } }')).toMatchObject({ name: 'Bare', group: OTHER_GROUP, description: '' });
  // An empty header value is no header; a comment after the document starts is not a header.
  expect(parseLibraryFile('X.graphql', '# group:\nquery X { a }\n# group: Late')).toMatchObject({ group: OTHER_GROUP });
});

test('the library lists every .graphql file, groups sorted with "Other" last', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'library-'));
  try {
    writeFileSync(path.join(dir, 'B.graphql'), '# group: Beta\n# description: b\nquery B { a }');
    writeFileSync(path.join(dir, 'A.graphql'), '# plain\nquery A { a }');
    writeFileSync(path.join(dir, 'C.graphql'), '# group: Alpha\n# description: c\nquery C { a }');
    writeFileSync(path.join(dir, 'notes.txt'), 'not an operation');
    expect(readLibrary(dir).map((o) => [o.group, o.name])).toEqual([
      ['Alpha', 'C'],
      ['Beta', 'B'],
      [OTHER_GROUP, 'A'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
