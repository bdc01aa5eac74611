import { randomUUID } from "node:crypto";
import type { Store } from "@claimline/store";
import { ANONYMOUS, type Viewer } from "./auth.js";
import { createListLoaders, type ListLoaders } from "./list-loaders.js";
import { localChangeBus, type ChangeBus } from "./live/changes.js";
import { createRecordLoaders, type RecordLoaders } from "./record-loaders.js";

/** Who is asking, as the network sees it: for rate limits, and for matching an error answered to a client with its log line. */
export interface RequestInfo {
  /** Also in the log (`reqId`) and in `extensions.requestId` of an INTERNAL error. */
  id: string;
  ip: string;
  /** The bearer token, when one was sent (and verified: see auth.ts). */
  token?: string;
}

/** What every resolver gets: the store, who is asking, and this request's loaders (renewed after each write). */
export interface Context {
  store: Store;
  viewer: Viewer;
  records: RecordLoaders;
  lists: ListLoaders;
  request: RequestInfo;
  /** Where writes announce what they changed, once committed, for subscriptions. */
  changes: ChangeBus;
}

/** Heard by nobody: the bus of contexts made without one (tests of single operations). */
const UNHEARD = localChangeBus();

export function createContext(
  store: Store,
  viewer: Viewer = ANONYMOUS,
  request: RequestInfo = { id: randomUUID(), ip: "127.0.0.1" },
  changes: ChangeBus = UNHEARD,
): Context {
  return { store, viewer, records: createRecordLoaders(store), lists: createListLoaders(store), request, changes };
}

/** Starts the context's loaders afresh, so later fields read the database as it is now (after a write, at each event). */
export function renewLoaders(ctx: Context): void {
  ctx.records = createRecordLoaders(ctx.store);
  ctx.lists = createListLoaders(ctx.store);
}
