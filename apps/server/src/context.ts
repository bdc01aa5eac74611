import type { Store } from "@claimline/store";
import { ANONYMOUS, type Viewer } from "./auth.js";
import { createListLoaders, type ListLoaders } from "./list-loaders.js";
import { createRecordLoaders, type RecordLoaders } from "./record-loaders.js";

/** What every resolver gets: the store, who is asking, and this request's loaders (renewed after each write). */
export interface Context {
  store: Store;
  viewer: Viewer;
  records: RecordLoaders;
  lists: ListLoaders;
}

export function createContext(store: Store, viewer: Viewer = ANONYMOUS): Context {
  return { store, viewer, records: createRecordLoaders(store), lists: createListLoaders(store) };
}
