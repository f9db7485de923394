// Finds the list an export flattens (the operation's first list field in selection order, a
// connection's `edges[].node` or `nodes`, or the one `list=` names) and the columns its
// selection set gives, so the header is the same whatever the rows hold.
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface ExportColumn {
  /** Dotted response keys inside a row: `commune.name`. */
  name: string;
  path: string[];
  /** A list inside the row: written as one JSON-encoded cell. */
  list: boolean;
}

export interface ExportList {
  /** Response keys from the root to the list field. */
  path: string[];
  field: FieldNode;
  fieldDef: GraphQLField<unknown, unknown>;
  /** `edges`/`node` or `nodes` of a connection, or the items of a plain list. */
  rows: 'edges' | 'nodes' | 'items';
  columns: ExportColumn[];
  /** The connection takes `first`/`after` and has a pageInfo: the export follows it. */
  pageable: boolean;
}

type Fragments = Map<string, FragmentDefinitionNode>;

const keyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The fields of a selection set in order, fragments spread in place. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    return fieldsOf(fragments.get(selection.name.value)?.selectionSet, fragments);
  });
}

function fieldDefOf(parent: GraphQLCompositeType, field: FieldNode) {
  if (field.name.value === '__typename' || isAbstractType(parent)) return undefined;
  return parent.getFields()[field.name.value];
}

function columnsOf(
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLCompositeType,
  fragments: Fragments,
  prefix: string[],
): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const field of fieldsOf(selectionSet, fragments)) {
    const path = [...prefix, keyOf(field)];
    const def = fieldDefOf(parent, field);
    const type = def ? getNullableType(def.type) : undefined;
    const named = def ? getNamedType(def.type) : undefined;
    if (field.selectionSet && type && !isListType(type) && named && (isObjectType(named) || isAbstractType(named))) {
      columns.push(...columnsOf(field.selectionSet, named, fragments, path));
    } else {
      columns.push({ name: path.join('.'), path, list: Boolean(type && isListType(type)) });
    }
  }
  // The same response key selected twice (fragments) is one column.
  return columns.filter((column, index) => columns.findIndex((c) => c.name === column.name) === index);
}

function connectionRows(field: FieldNode, type: GraphQLCompositeType, fragments: Fragments) {
  if (!isObjectType(type)) return undefined;
  const fields = type.getFields();
  for (const inner of fieldsOf(field.selectionSet, fragments)) {
    if (inner.alias) continue;
    if (inner.name.value === 'edges' && fields.edges) {
      const edge = getNamedType(fields.edges.type);
      const node = fieldsOf(inner.selectionSet, fragments).find((f) => f.name.value === 'node' && !f.alias);
      const nodeType = isObjectType(edge) ? edge.getFields().node : undefined;
      if (node && nodeType) return { rows: 'edges' as const, selection: node.selectionSet, rowType: getNamedType(nodeType.type) };
    }
    if (inner.name.value === 'nodes' && fields.nodes)
      return { rows: 'nodes' as const, selection: inner.selectionSet, rowType: getNamedType(fields.nodes.type) };
  }
  return undefined;
}

function pageableConnection(def: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(def.type);
  const args = new Set(def.args.map((a) => a.name));
  return args.has('first') && args.has('after') && isObjectType(type) && Boolean(type.getFields().pageInfo);
}

function search(
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLCompositeType,
  fragments: Fragments,
  prefix: string[],
  wanted: string[] | undefined,
): ExportList | undefined {
  for (const field of fieldsOf(selectionSet, fragments)) {
    const def = fieldDefOf(parent, field);
    if (!def || !field.selectionSet) continue;
    const path = [...prefix, keyOf(field)];
    const named = getNamedType(def.type) as GraphQLCompositeType;
    const onPath = !wanted || wanted.slice(0, path.length).join('.') === path.join('.');
    if (!onPath) continue;
    const atTarget = !wanted || wanted.length === path.length;
    if (atTarget) {
      if (isListType(getNullableType(def.type))) {
        return { path, field, fieldDef: def, rows: 'items', columns: columnsOf(field.selectionSet, named, fragments, []), pageable: false };
      }
      const connection = connectionRows(field, named, fragments);
      if (connection) {
        const rowType = connection.rowType as GraphQLCompositeType;
        const columns = columnsOf(connection.selection, rowType, fragments, []);
        return { path, field, fieldDef: def, rows: connection.rows, columns, pageable: pageableConnection(def) };
      }
      if (wanted) return undefined;
    }
    // A list passed on the way would repeat what lies under it: only single objects are walked.
    if (isListType(getNullableType(def.type))) continue;
    const found = search(field.selectionSet, named, fragments, path, wanted);
    if (found) return found;
  }
  return undefined;
}

export function findExportList(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  wanted?: string[],
): ExportList {
  const root = schema.getRootType(operation.operation);
  const found = root ? search(operation.selectionSet, root, fragments, [], wanted) : undefined;
  if (!found) {
    const message = wanted
      ? `list=${wanted.join('.')} names no list or connection (with edges { node } or nodes) of the operation`
      : 'The operation selects no list or connection (with edges { node } or nodes) to export';
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (found.columns.length === 0) throw new GraphQLError('The exported list selects no field', { extensions: { code: 'BAD_USER_INPUT' } });
  return found;
}
