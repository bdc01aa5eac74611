/**
 * The plain data a GraphQL object is built from: every property except methods, the global `id` (built from
 * `typename` and `slug` at the API edge) and the fields listed in `Resolved` (relations resolvers load). A mapper
 * that leaves one out fails to compile. Example: `const fields: Fields<Statement, "speaker"> = { … }`.
 */
export type Fields<T, Resolved extends keyof T = never> = Omit<
  { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] },
  Resolved | "id" | "typename"
>;

/** Builds a GraphQL object from all of its fields. */
export function build<T extends object, Resolved extends keyof T>(Type: new () => T, fields: Fields<T, Resolved>): T {
  return Object.assign(new Type(), fields);
}

/** Who stored a record and when, as every Node shows it. */
export function audit(record: { createdAt: string; updatedAt: string; createdBy: string }): {
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
} {
  return { createdAt: new Date(record.createdAt), updatedAt: new Date(record.updatedAt), createdBy: record.createdBy };
}
