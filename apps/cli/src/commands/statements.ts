// `claimline statements --speaker … [--about …] [--disputed]`: every matching statement, all pages, newest first.
import {
  ActorsDocument,
  StatementsDocument,
  type StatementFieldsFragment,
  type StatementFilter,
  type StatementsQuery,
} from "@claimline/client";
import type { Api } from "../api.js";
import { UsageError } from "../args.js";

/** A global id such as Person:donald-trump, rather than a name to look up. */
const GLOBAL_ID = /^[A-Z][A-Za-z]*:\S+$/;

export interface StatementsAsked {
  speaker?: string | undefined;
  about?: string | undefined;
  disputed: boolean;
}

/** The StatementFilter the options mean; `--about NAME` becomes the ids of the actors so named. */
export async function filterFor(api: Api, asked: StatementsAsked): Promise<StatementFilter> {
  const filter: StatementFilter = {};
  if (asked.speaker) {
    if (GLOBAL_ID.test(asked.speaker)) filter.speakerIds = [asked.speaker];
    else filter.speakerName = asked.speaker;
  }
  if (asked.about) filter.aboutIds = GLOBAL_ID.test(asked.about) ? [asked.about] : await actorsNamed(api, asked.about);
  if (asked.disputed) filter.disputed = true;
  return filter;
}

/** Ids of the actors whose name or an alias contains `name`, case-insensitively (the full-text hit list is wider). */
async function actorsNamed(api: Api, name: string): Promise<string[]> {
  const { actors } = await api.query(ActorsDocument, { filter: { text: name }, first: 100 });
  const wanted = name.toLowerCase();
  const ids = actors.nodes
    .filter((actor) => [actor.name, ...actor.aliases].some((alias) => alias.toLowerCase().includes(wanted)))
    .map((actor) => actor.id);
  if (ids.length === 0) throw new UsageError(`no actor is named "${name}" (try claimline search ${JSON.stringify(name)})`);
  return ids;
}

/** Every page of the statements matching `filter`. */
export async function allStatements(api: Api, filter: StatementFilter): Promise<StatementFieldsFragment[]> {
  const found: StatementFieldsFragment[] = [];
  let after: string | null = null;
  for (;;) {
    const { statements }: StatementsQuery = await api.query(StatementsDocument, { filter, first: 100, after });
    found.push(...statements.edges.map((edge) => edge.node));
    if (!statements.pageInfo.hasNextPage) return found;
    after = statements.pageInfo.endCursor;
  }
}
