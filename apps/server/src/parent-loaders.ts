import {
  countDenialsOfParents,
  countEventsOfParticipants,
  countStatementsOfParents,
  findDenialsOfParents,
  findEventsOfParticipants,
  findStatementsOfParents,
  type DenialParent,
  type DenialQuery,
  type DenialRow,
  type EventQuery,
  type EventRow,
  type FirstPageRequest,
  type Page,
  type StatementParent,
  type StatementQuery,
  type StatementRow,
  type Store,
} from "@claimline/store";
import DataLoader from "dataloader";

/** One parent's first page (or count) of a child list, under a filter that every parent in the batch shares. */
export interface ParentListKey<Query> {
  parentId: string;
  query: Query;
  page?: FirstPageRequest;
}

type PageLoader<Query, Row> = DataLoader<ParentListKey<Query>, Page<Row>, string>;
type CountLoader<Query> = DataLoader<ParentListKey<Query>, number, string>;

/**
 * The child lists of many parents — each speaker's statements, each actor's events — in one query per
 * relation and filter, not one per parent: what keeps a list of actors with their statements N+1 free.
 */
export interface ParentLoaders {
  statementPages: Record<StatementParent, PageLoader<StatementQuery, StatementRow>>;
  statementCounts: Record<StatementParent, CountLoader<StatementQuery>>;
  denialPages: Record<DenialParent, PageLoader<DenialQuery, DenialRow>>;
  denialCounts: Record<DenialParent, CountLoader<DenialQuery>>;
  eventPagesOfParticipant: PageLoader<EventQuery, EventRow>;
  eventCountsOfParticipant: CountLoader<EventQuery>;
}

export function createParentLoaders({ db }: Store): ParentLoaders {
  const statementParents = ["speaker", "occasion", "about"] as const;
  const denialParents = ["denier", "targetEvent"] as const;
  return {
    statementPages: perParent(statementParents, (p) => batched((ids, q, page) => findStatementsOfParents(db, p, ids, q, page!))),
    statementCounts: perParent(statementParents, (p) => batched((ids, q) => countStatementsOfParents(db, p, ids, q))),
    denialPages: perParent(denialParents, (p) => batched((ids, q, page) => findDenialsOfParents(db, p, ids, q, page!))),
    denialCounts: perParent(denialParents, (p) => batched((ids, q) => countDenialsOfParents(db, p, ids, q))),
    eventPagesOfParticipant: batched((ids, q, page) => findEventsOfParticipants(db, ids, q, page!)),
    eventCountsOfParticipant: batched((ids, q) => countEventsOfParticipants(db, ids, q)),
  };
}

function perParent<P extends string, V>(parents: readonly P[], make: (parent: P) => V): Record<P, V> {
  return Object.fromEntries(parents.map((p) => [p, make(p)])) as Record<P, V>;
}

/** Groups the keys of one tick by (filter, page) and asks `fetch` once per group for all its parents. */
function batched<Query, Result>(
  fetch: (parentIds: string[], query: Query, page: FirstPageRequest | undefined) => Promise<Map<string, Result>>,
): DataLoader<ParentListKey<Query>, Result, string> {
  const groupKey = (key: ParentListKey<Query>) => JSON.stringify([key.query, key.page ?? null]);
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, ParentListKey<Query>[]>();
      for (const key of keys) groups.set(groupKey(key), [...(groups.get(groupKey(key)) ?? []), key]);
      const results = new Map<string, Result>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const byParent = await fetch(
            group.map((k) => k.parentId),
            group[0]!.query,
            group[0]!.page,
          );
          for (const key of group) results.set(cacheKey(key), byParent.get(key.parentId)!);
        }),
      );
      return keys.map((key) => results.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
  function cacheKey(key: ParentListKey<Query>) {
    return `${key.parentId}\u0000${groupKey(key)}`;
  }
}
