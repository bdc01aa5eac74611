// Every SQL query a request sends passes here first: past the request's deadline, or while the database is known
// to be away, the query is not sent and the resolver fails at once with TIMEOUT or UNAVAILABLE. So a request that
// ran out of time stops loading more, and an outage costs no connection attempt per request.
import type { Store } from "@claimline/store";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";
import type { DatabaseHealth } from "./database-health.js";
import { timedOut, unavailable } from "./errors.js";

class RequestGuard implements KyselyPlugin {
  constructor(
    private readonly deadline: number,
    private readonly timeoutMs: number,
    private readonly health: DatabaseHealth,
  ) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!this.health.up) throw unavailable();
    if (Date.now() > this.deadline) throw timedOut(this.timeoutMs);
    return node;
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

/** The store as one request sees it: the same database, guarded by the request's deadline and the database's health. */
export function guardedStore(store: Store, health: DatabaseHealth, timeoutMs: number, deadline = Date.now() + timeoutMs): Store {
  return { ...store, db: store.db.withPlugin(new RequestGuard(deadline, timeoutMs, health)) };
}
