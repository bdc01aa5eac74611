import {
  actorList,
  countPages,
  denialList,
  eventList,
  findPages,
  revisionList,
  sourceList,
  statementList,
  type ListDefinition,
  type Page,
  type PageRequest,
  type Store,
  type TotalCount,
} from "@claimline/store";
import DataLoader from "dataloader";

/** A list's parent: `{ kind: "speaker", id: "donald-trump" }` for Trump's statements. */
export interface ParentRef<Parent extends string> {
  kind: Parent;
  id: string;
}

export interface PageKey<Query, Parent extends string> {
  query: Query;
  /** Order by relevance to `query.text` rather than by the list's own order. */
  ranked: boolean;
  parent: ParentRef<Parent> | null;
  page: PageRequest;
}

export interface CountKey<Query, Parent extends string> {
  query: Query;
  parent: ParentRef<Parent> | null;
}

/** One list's pages and counts for this request, batched: every page asked under the same filter is one query. */
export interface ListLoader<Query, Record, Parent extends string> {
  page: DataLoader<PageKey<Query, Parent>, Page<Record>, string>;
  count: DataLoader<CountKey<Query, Parent>, TotalCount, string>;
}

const NONE: TotalCount = { count: 0, isLowerBound: false };

/**
 * The one list pipeline's per-request loaders. Pages asked in the same tick under the same filter (say, the
 * statements of each of 20 actors, first or later pages alike) become one `UNION ALL` query; counts under the same
 * filter and parent kind one query (a counter read when the list is unfiltered). SQL per request is fixed by the query's shape, never by its page size.
 */
export function createListLoaders({ db }: Store) {
  function loader<Query, Prepared, Record, Parent extends string>(
    list: ListDefinition<Query, Prepared, Record, Parent>,
  ): ListLoader<Query, Record, Parent> {
    return {
      page: new DataLoader(
        async (keys) => {
          const pages = new Map<string, Page<Record>>();
          for (const group of groupBy(keys, (k) => JSON.stringify([k.query, k.ranked]))) {
            const first = group[0];
            if (!first) continue;
            const found = await findPages(db, list, first.query, first.ranked, group);
            group.forEach((key, i) => pages.set(JSON.stringify(key), found[i] ?? { items: [], hasMore: false }));
          }
          return keys.map((key) => pages.get(JSON.stringify(key)) ?? { items: [], hasMore: false });
        },
        { cacheKeyFn: (key) => JSON.stringify(key) },
      ),
      count: new DataLoader(
        async (keys) => {
          const counts = new Map<string, TotalCount>();
          for (const group of groupBy(keys, (k) => JSON.stringify([k.query, k.parent?.kind ?? null]))) {
            const first = group[0];
            if (!first) continue;
            const kind = first.parent?.kind ?? null;
            const found = await countPages(db, list, first.query, kind, kind ? group.map((k) => k.parent?.id ?? "") : []);
            group.forEach((key) => counts.set(JSON.stringify(key), found.get(key.parent?.id ?? "") ?? NONE));
          }
          return keys.map((key) => counts.get(JSON.stringify(key)) ?? NONE);
        },
        { cacheKeyFn: (key) => JSON.stringify(key) },
      ),
    };
  }
  return {
    statements: loader(statementList),
    denials: loader(denialList),
    events: loader(eventList),
    actors: loader(actorList),
    sources: loader(sourceList),
    revisions: loader(revisionList),
  };
}

export type ListLoaders = ReturnType<typeof createListLoaders>;

function groupBy<Key>(keys: readonly Key[], groupOf: (key: Key) => string): Key[][] {
  const groups = new Map<string, Key[]>();
  for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
  return [...groups.values()];
}
