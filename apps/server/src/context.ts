import { randomUUID } from "node:crypto";
import type { Store } from "@claimline/store";
import { createLoaders, type Loaders } from "./loaders.js";
import { createParentLoaders, type ParentLoaders } from "./parent-loaders.js";

/** Who is asking: for rate limits, and for matching an error answered to the client with its line in the log. */
export interface RequestInfo {
  /** Also in the log (`reqId`) and in `extensions.requestId` of an INTERNAL error. */
  id: string;
  ip: string;
  /** The bearer token, when one was sent. */
  token?: string;
}

/** What every resolver gets: the store, this request's loaders and who asked. */
export interface Context {
  store: Store;
  loaders: Loaders;
  parentLoaders: ParentLoaders;
  request: RequestInfo;
}

export function createContext(store: Store, request: RequestInfo = { id: randomUUID(), ip: "127.0.0.1" }): Context {
  return { store, loaders: createLoaders(store), parentLoaders: createParentLoaders(store), request };
}
