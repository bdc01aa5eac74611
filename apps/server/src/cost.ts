// What an operation may cost before it runs, with GitHub's connection arithmetic: a connection's `first`/`last`
// multiplies everything below it. Written here rather than taken from graphql-query-complexity because that
// package's ESM build imports `graphql/index.mjs`, a second copy of graphql beside the one type-graphql builds the
// schema with ("Cannot use GraphQLObjectType from another module or realm"), and it walks each fragment again at
// every spread: nested fragments spread twice per level make that 2^levels walks. Here each fragment is costed once.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./connection.args.js";

/** A plain list of records (a statement's `denials`, `about`, `evidence`) is assumed to hold this many. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * The number of records an operation may return, counting every connection's page in full:
 * `actors(first: 10) { nodes { statements(first: 20) { nodes { id } } } }` costs 10 + 10 × 20 = 210.
 * A connection (or any field taking `first`/`last`) counts its page size, 20 when neither is given; a list
 * of ids counts its ids; another list of records counts ASSUMED_LIST_SIZE; each multiplies what it contains.
 * A single record, its scalars, `__typename` and introspection are free. `@skip`/`@include` are honoured.
 * Returns 0 when the variables do not fit the operation: execution then refuses it before resolving anything.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return 0;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment's cost per record it applies to does not depend on where it is spread, so it is computed once.
  const fragmentCosts = new Map<string, number>();

  const skipped = (node: SelectionNode): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true ||
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (skipped(selection)) continue;
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) cost += selectionCost(selection.selectionSet, type);
      } else cost += fragmentCost(selection.name.value);
    }
    return cost;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) adds nothing instead of recursing forever
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const cost = fragment && isCompositeType(type) ? selectionCost(fragment.selectionSet, type) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
    // __typename and introspection (bounded by the size of the schema) are free; unions have no other fields.
    if (node.name.value.startsWith("__") || !node.selectionSet) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[node.name.value];
    const type = field && getNamedType(field.type);
    if (!field || !isCompositeType(type)) return 0;
    const perItem = selectionCost(node.selectionSet, type);
    // A connection's edges, nodes and pageInfo are the page it already counted.
    if (isConnectionPart(parent)) return perItem;
    const items = itemCount(field, node);
    return items === undefined ? perItem : items + items * perItem;
  };

  /** How many records a list or connection field may return; undefined for a field returning one record. */
  const itemCount = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined => {
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      // an argument that does not coerce is refused at execution; count the defaults meanwhile
    }
    const pageArgument = field.args.some((a) => a.name === "first" || a.name === "last");
    if (pageArgument || getNamedType(field.type).name.endsWith("Connection")) {
      const size = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : DEFAULT_PAGE_SIZE;
      // Out-of-range sizes are BAD_USER_INPUT at execution; counted at the nearest valid size meanwhile.
      return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }
    if (!isListType(getNullableType(field.type))) return undefined;
    if (Array.isArray(args.ids)) return Math.min(args.ids.length, MAX_PAGE_SIZE);
    return ASSUMED_LIST_SIZE;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root) : 0;
}

function isConnectionPart(type: GraphQLCompositeType): boolean {
  return type.name.endsWith("Connection") || type.name.endsWith("Edge");
}
