// Events in date order, by the earliest day each could have begun; events whose source fixes no date go last.

interface Dated {
  title: string;
  start?: { value?: string | null; earliest?: string | null } | null;
}

/** The earliest day an event could have begun, as an ISO prefix that sorts as text ("2014" < "2022-02-24"), or null. */
export const startKey = (event: Dated): string | null => event.start?.earliest ?? event.start?.value ?? null;

/** Oldest first (newest first with `newest`), undated last in title order. */
export function byDate<T extends Dated>(events: readonly T[], newest = false): T[] {
  return [...events].sort((a, b) => {
    const [ka, kb] = [startKey(a), startKey(b)];
    if (ka === null || kb === null) return ka === kb ? a.title.localeCompare(b.title) : ka === null ? 1 : -1;
    return (newest ? kb.localeCompare(ka) : ka.localeCompare(kb)) || a.title.localeCompare(b.title);
  });
}
