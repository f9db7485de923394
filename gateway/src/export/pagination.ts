// Rewrites the exported connection so the gateway can follow it page by page: `after` (and
// `first` when the caller gave none) driven by variables, `pageInfo { hasNextPage endCursor }`
// and `totalCount` selected when they are not. A document that already has them all is sent
// verbatim, so an allow-listed operation stays allow-listed.
import {
  Kind,
  getNamedType,
  isObjectType,
  parseType,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { ExportList } from './list-selection';

export const PAGE_INFO_KEY = 'exportPageInfo_';
export const TOTAL_KEY = 'exportTotal_';
const AFTER_VARIABLE = 'exportAfter_';
const FIRST_VARIABLE = 'exportFirst_';

export interface PagedDocument {
  /** The text to send for every page. */
  query: string;
  /** Variables to add to the caller's for the first page. */
  firstVariables: Record<string, unknown>;
  /** The variable carrying the cursor of the next page. */
  afterVariable: string;
  /** Where pageInfo and totalCount are found inside the connection's answer. */
  pageInfoKey: string;
  totalKey?: string;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const field = (fieldName: string, alias: string | undefined, selections: FieldNode[] = []): FieldNode => ({
  kind: Kind.FIELD,
  name: name(fieldName),
  alias: alias ? name(alias) : undefined,
  selectionSet: selections.length ? { kind: Kind.SELECTION_SET, selections } : undefined,
});
const variableArgument = (argName: string, variable: string): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: name(argName),
  value: { kind: Kind.VARIABLE, name: name(variable) },
});

/** The unaliased sub-field `fieldName` of the connection with every one of `needs` selected. */
function selectedAsIs(connection: FieldNode, fieldName: string, needs: string[]): boolean {
  const found = connection.selectionSet?.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && !s.alias && s.name.value === fieldName,
  );
  if (!found) return false;
  const inner = new Set(found.selectionSet?.selections.map((s) => (s.kind === Kind.FIELD && !s.alias ? s.name.value : '')));
  return needs.every((n) => inner.has(n));
}

export function pagedDocument(
  document: DocumentNode,
  operationName: string | undefined,
  list: ExportList,
  text: string,
  pageSize: number,
): PagedDocument {
  const connection = list.field;
  const argument = (n: string) => connection.arguments?.find((a) => a.name.value === n);
  const after = argument('after');
  const hasPageInfo = selectedAsIs(connection, 'pageInfo', ['hasNextPage', 'endCursor']);
  const connectionType = getNamedType(list.fieldDef.type);
  const canCount = isObjectType(connectionType) && Boolean(connectionType.getFields().totalCount);
  const hasTotal = !canCount || selectedAsIs(connection, 'totalCount', []);
  const afterIsVariable = after?.value.kind === Kind.VARIABLE;
  const hasFirst = Boolean(argument('first'));
  const result = {
    pageInfoKey: hasPageInfo ? 'pageInfo' : PAGE_INFO_KEY,
    totalKey: canCount ? (hasTotal ? 'totalCount' : TOTAL_KEY) : undefined,
    afterVariable: after?.value.kind === Kind.VARIABLE ? after.value.name.value : AFTER_VARIABLE,
  };
  if (hasPageInfo && hasTotal && afterIsVariable && hasFirst) return { query: text, firstVariables: {}, ...result };

  // A pageable connection declares both arguments (list-selection.ts checked); their types as declared.
  const typeOf = (argName: string, fallback: string) =>
    parseType(String(list.fieldDef.args.find((a) => a.name === argName)?.type ?? fallback));
  const newVariables: VariableDefinitionNode[] = [];
  const firstVariables: Record<string, unknown> = {};
  if (!afterIsVariable) {
    newVariables.push({
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: name(AFTER_VARIABLE) },
      type: typeOf('after', 'String'),
    });
    // A literal `after` is where the caller wants to start.
    firstVariables[AFTER_VARIABLE] = after?.value.kind === Kind.STRING ? after.value.value : null;
  }
  if (!hasFirst) {
    newVariables.push({
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: name(FIRST_VARIABLE) },
      type: typeOf('first', 'Int'),
    });
    firstVariables[FIRST_VARIABLE] = pageSize;
  }
  const rewritten = visit(document, {
    OperationDefinition(node) {
      if (operationName !== undefined && node.name?.value !== operationName) return undefined;
      return { ...node, variableDefinitions: [...(node.variableDefinitions ?? []), ...newVariables] };
    },
    Field(node) {
      if (node !== connection) return undefined;
      const args = (node.arguments ?? []).filter((a) => afterIsVariable || a.name.value !== 'after');
      if (!afterIsVariable) args.push(variableArgument('after', AFTER_VARIABLE));
      if (!hasFirst) args.push(variableArgument('first', FIRST_VARIABLE));
      const extra = [
        ...(hasPageInfo ? [] : [field('pageInfo', PAGE_INFO_KEY, [field('hasNextPage', undefined), field('endCursor', undefined)])]),
        ...(hasTotal ? [] : [field('totalCount', TOTAL_KEY)]),
      ];
      return {
        ...node,
        arguments: args,
        selectionSet: { kind: Kind.SELECTION_SET, selections: [...(node.selectionSet?.selections ?? []), ...extra] },
      };
    },
  });
  return { query: print(rewritten), firstVariables, ...result };
}
