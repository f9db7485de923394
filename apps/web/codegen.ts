// graphql-codegen for the web client: typed operations (client preset) from the graph's API
// schema, and the persisted-documents manifest the gateway's allow-list is built from.
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      // Apollo Client adds __typename to every selection set before sending; adding it here too
      // makes the manifest's documents (and their ids) exactly the ones sent.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: false, nonOptionalTypename: true, avoidOptionals: false },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
