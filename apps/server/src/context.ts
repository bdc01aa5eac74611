import type { Store } from "@claimline/store";
import { createLoaders, type Loaders } from "./loaders.js";

/** What every resolver gets: the store and this request's loaders. */
export interface Context {
  store: Store;
  loaders: Loaders;
}

export function createContext(store: Store): Context {
  return { store, loaders: createLoaders(store) };
}
