// The console: sign-in and caller on top, the library on the left, GraphiQL (with the explorer
// plugin) in the middle, the cost preview and the export under the toolbar.
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentProps } from 'react';
import { CostLine, useCostPreview } from './CostPreview';
import { EXPORT_FORMATS, downloadExport, type ExportFormat } from './export-download';
import { GRAPHQL_PATH, firstError, parseVariables, postJson, type OperationRequest } from './gateway-requests';
import { LibraryPanel, type LibraryOperation } from './LibraryPanel';
import { memoryStorage } from './memory-storage';
import type { ConsoleSession } from './session';
import { SignInPanel } from './SignInPanel';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const INTROSPECTION_NAME = 'IntrospectionQuery';
const WELCOME = '# Pick an operation in the library, or write one.\n{\n  communes {\n    code\n    name\n  }\n}\n';

/** The name of the document's only (or first) named operation: what the export files are named after. */
const operationNameOf = (query: string) => /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1];

export function App({ session }: { session: ConsoleSession }) {
  // The current token (or ''): a sign-in change remounts GraphiQL, which introspects again.
  const version = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.token() ?? '',
  );
  const [query, setQuery] = useState(WELCOME);
  const [variables, setVariables] = useState('');
  const [picked, setPicked] = useState<{ name: string; count: number } | null>(null);
  const [schemaRefused, setSchemaRefused] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [exportState, setExportState] = useState<string | null>(null);
  // Fresh per library pick (one tab: the picked operation); kept across sign-ins.
  const storage = useMemo(memoryStorage, [picked?.count]);
  const plugins = useMemo(() => [explorerPlugin()], []);

  useEffect(() => {
    // Back from the identity provider: finish the sign-in, then clean the address bar.
    const url = new URL(window.location.href);
    if (!url.searchParams.has('code')) return;
    session.auth
      .completeOidcSignIn(url.toString())
      .then((returnTo) => window.history.replaceState(null, '', returnTo))
      .catch((error: unknown) => setExportState(`Sign-in failed: ${error instanceof Error ? error.message : String(error)}`));
  }, [session]);

  const request: OperationRequest = { query, variables: parseVariables(variables), operationName: operationNameOf(query) };
  const cost = useCostPreview(session, request, version);
  const latest = useRef(session);
  latest.current = session;

  const fetcher: Fetcher = useMemo(
    () => async (params) => {
      const response = await postJson(latest.current, GRAPHQL_PATH, params);
      const body = (await response.json()) as Record<string, unknown>;
      // The gateway refuses introspection to callers without schema:introspect in production:
      // say so instead of leaving GraphiQL without a schema and the page looking broken.
      if (params.operationName === INTROSPECTION_NAME) setSchemaRefused(body.data ? null : (firstError(body) ?? `HTTP ${response.status}`));
      return body;
    },
    [],
  );

  const pick = (operation: LibraryOperation) => {
    setQuery(operation.document);
    setVariables('');
    setPicked((previous) => ({ name: operation.name, count: (previous?.count ?? 0) + 1 }));
  };

  const runExport = () => {
    setExportState('Exporting…');
    downloadExport(session, request, format).then(
      (name) => setExportState(`Saved ${name}`),
      (error: unknown) => setExportState(`Export refused: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <div className="console">
      <header>
        <h1>Query console</h1>
        <SignInPanel session={session} scopes={cost.kind === 'answer' ? cost.answer.scopes : undefined} />
      </header>
      {schemaRefused !== null && (
        <div className="notice" role="status" data-testid="schema-refused">
          <strong>Sign in to explore the schema.</strong> The gateway lets only callers allowed to read the schema
          (analysts, administrators) see it; anyone may still run the library&apos;s operations on public data. (The
          gateway said: {schemaRefused})
        </div>
      )}
      <div className="workbench">
        <LibraryPanel onPick={pick} selected={picked?.name ?? null} />
        <main>
          <div className="actions">
            <CostLine preview={cost} />
            <label>
              Format{' '}
              <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
                {EXPORT_FORMATS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={runExport}>
              Export {EXPORT_FORMATS.find((f) => f.value === format)?.label}
            </button>
            {exportState && (
              <span role="status" data-testid="export-state">
                {exportState}
              </span>
            )}
          </div>
          <div className="graphiql-host">
            <GraphiQL
              key={`${picked?.count ?? 0}:${version}`}
              fetcher={fetcher}
              plugins={plugins}
              storage={storage}
              initialQuery={query}
              initialVariables={variables}
              onEditQuery={setQuery}
              onEditVariables={setVariables}
              isHeadersEditorEnabled={false}
              forcedTheme="light"
            >
              {/* Instead of GraphiQL's link to GitHub: nothing on the page leads off this origin by itself. */}
              <GraphiQL.Logo>{picked?.name ?? 'Query'}</GraphiQL.Logo>
            </GraphiQL>
          </div>
        </main>
      </div>
    </div>
  );
}
