import type { Store } from "@claimline/store";
import { createListLoaders, type ListLoaders } from "./list-loaders.js";
import { createRecordLoaders, type RecordLoaders } from "./record-loaders.js";

/** What every resolver gets: the store and this request's loaders. */
export interface Context {
  store: Store;
  records: RecordLoaders;
  lists: ListLoaders;
}

export function createContext(store: Store): Context {
  return { store, records: createRecordLoaders(store), lists: createListLoaders(store) };
}
