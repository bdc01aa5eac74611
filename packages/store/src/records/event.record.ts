import type { EventTypeValue, RecordedEventStatus } from "../domain/enums.js";
import type { PartialDateData } from "../import/document.schema.js";
import type { EventRow } from "../tables/event.table.js";
import { decodeDate } from "./partial-date.js";

/** A stored event, decoded. `status` is as recorded; readers derive DISPUTED from denials. */
export interface EventRecord {
  id: string;
  title: string;
  description: string | null;
  type: EventTypeValue;
  status: RecordedEventStatus;
  start: PartialDateData | null;
  end: PartialDateData | null;
  sortDate: string;
  location: string | null;
  partOfId: string | null;
  note: string | null;
  /** When it was stored, when it last changed, and the name of the token (or "import", "seed") that stored it. */
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

export function decodeEvent(row: EventRow): EventRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    type: row.type,
    status: row.status,
    start: decodeDate(row.startDate),
    end: decodeDate(row.endDate),
    sortDate: row.sortDate,
    location: row.location,
    partOfId: row.partOfId,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
  };
}
