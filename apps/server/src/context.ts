import type { Store } from "@claimline/store";
import { createLoaders, type Loaders } from "./loaders.js";
import { createParentLoaders, type ParentLoaders } from "./parent-loaders.js";

/** What every resolver gets: the store and this request's loaders. */
export interface Context {
  store: Store;
  loaders: Loaders;
  parentLoaders: ParentLoaders;
}

export function createContext(store: Store): Context {
  return { store, loaders: createLoaders(store), parentLoaders: createParentLoaders(store) };
}
