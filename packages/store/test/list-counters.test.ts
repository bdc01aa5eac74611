import { readFileSync } from "node:fs";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorList,
  countPages,
  createRecord,
  denialList,
  deprecateStatement,
  eventList,
  importDocument,
  seedArticle,
  sourceList,
  statementList,
  updateRecord,
  withCountersRebuiltAfter,
  type ListDefinition,
} from "../src/index.js";
import { insertRows } from "../src/import/insert-rows.js";
import { boundedCounts } from "../src/lists/bounded-count.js";
import type { Database } from "../src/tables/database.js";
import { bulkStatements, createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";
import { writeTransaction } from "../src/write-transaction.js";

const SOURCE = "trump-admits-talking-to-putin";
const by = { author: "counter-test" };
const EXAMPLES = ["harbour-gazette-dredging-delayed", "riverton-council-notes"].map((name) =>
  JSON.parse(readFileSync(new URL(`../../../docs/examples/${name}.json`, import.meta.url), "utf8")),
);

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(items))),
  ];
  return { next, pick, some };
}

async function ids(db: Kysely<Database>, table: "actors" | "events" | "statements" | "denials"): Promise<string[]> {
  return (await db.selectFrom(table).select("id").orderBy("id").execute()).map((r) => r.id);
}

/** Subject rows whose copies of their statement's rank and dates (migration 0010) differ from the statement's. */
async function subjectCopiesAstray(db: Kysely<Database>): Promise<unknown[]> {
  const { rows } = await sql`select a.statement_id, a.actor_id from statement_about a join statements s on s.id = a.statement_id
    where a.rank is distinct from s.rank or a.sort_date is distinct from s.sort_date
      or a.stated_earliest is distinct from s.stated_earliest or a.stated_latest is distinct from s.stated_latest`.execute(db);
  return rows;
}

/**
 * What the counters answer for one list under every parent of one kind (and its total), next to what counting the
 * list's own rows gives: equal after any write, or the counters are wrong.
 */
async function compare<Filter, Prepared, Rec, Parent extends string>(
  db: Kysely<Database>,
  list: ListDefinition<Filter, Prepared, Rec, Parent>,
  parent: Parent | null,
  parentIds: string[],
) {
  const unfiltered = {} as Filter;
  expect(list.counter(unfiltered)).not.toBeNull();
  const kept = Object.fromEntries(await countPages(db, list, unfiltered, parent, parentIds));
  const counted = Object.fromEntries(await boundedCounts(db, list, unfiltered, parent, parentIds));
  return { kept, counted };
}

async function expectCountersMatchRows(db: Kysely<Database>): Promise<void> {
  const [actors, events, statements] = [await ids(db, "actors"), await ids(db, "events"), await ids(db, "statements")];
  const cases = [
    await compare(db, statementList, null, []),
    await compare(db, statementList, "speaker", actors),
    await compare(db, statementList, "about", actors),
    await compare(db, statementList, "occasion", events),
    await compare(db, denialList, null, []),
    await compare(db, denialList, "denier", actors),
    await compare(db, denialList, "targetStatement", statements),
    await compare(db, denialList, "targetEvent", events),
    await compare(db, eventList, null, []),
    await compare(db, eventList, "participant", actors),
    await compare(db, actorList, null, []),
    await compare(db, sourceList, null, []),
  ];
  for (const { kept, counted } of cases) expect(kept).toEqual(counted);
  const negative = await db.selectFrom("listCounts").selectAll().where("rowCount", "<", 0).execute();
  expect(negative).toEqual([]);
}

/** A filter that only names parents is answered from their counters: the same as counting its rows. */
async function expectParentFiltersMatchRows(db: Kysely<Database>): Promise<void> {
  const check = async <Filter, Prepared, Rec, Parent extends string>(
    list: ListDefinition<Filter, Prepared, Rec, Parent>,
    filter: Filter,
  ) => {
    expect(list.counter(filter)?.parents, JSON.stringify(filter)).toBeDefined();
    const kept = (await countPages(db, list, filter, null, [])).get("");
    expect(kept, JSON.stringify(filter)).toEqual((await boundedCounts(db, list, filter, null, [])).get(""));
  };
  const [actors, events] = [await ids(db, "actors"), await ids(db, "events")];
  for (const a of actors) {
    await check(statementList, { speakerIds: [a] });
    await check(statementList, { aboutIds: [a] });
    await check(denialList, { denierIds: [a] });
    await check(eventList, { participantIds: [a] });
  }
  for (const e of events) await check(statementList, { eventId: e });
  await check(statementList, { speakerIds: [...actors.slice(0, 2), ...actors.slice(0, 1)] });
  await check(denialList, { denierIds: actors });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: list counters`, () => {
    let test: TestDatabase;
    let db: Kysely<Database>;
    let text: string;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      db = test.store.db;
      await seedArticle(db);
      text = (await db.selectFrom("sources").select("text").where("id", "=", SOURCE).executeTakeFirstOrThrow()).text;
    });
    afterAll(() => test.drop());

    const evidence = () => [{ sourceId: SOURCE, start: 0, end: 40, exact: text.slice(0, 40) }];

    it("are filled from the rows an import stores", async () => {
      await expectCountersMatchRows(db);
      const trump = await countPages(db, statementList, {}, "speaker", ["donald-trump"]);
      expect(trump.get("donald-trump")).toEqual({ count: expect.any(Number) as number, isLowerBound: false });
      expect(trump.get("donald-trump")?.count).toBeGreaterThan(3);
    });

    for (const seed of [1, 2, 3]) {
      it(`equal a fresh count after each write of a random sequence (seed ${seed})`, async () => {
        const r = random(seed);
        let made = 0;
        const writes: Record<string, () => Promise<unknown>> = {
          async "create a statement"() {
            const [actors, events] = [await ids(db, "actors"), await ids(db, "events")];
            return createRecord(
              db,
              "Statement",
              {
                id: `counted-${seed}-${made++}`,
                speakerId: r.pick(actors),
                content: "Something was said.",
                quoteType: "INDIRECT",
                speechAct: r.pick(["CLAIM", "CONCERN", "PROMISE"]),
                occasionId: r.next() < 0.5 ? r.pick(events) : undefined,
                aboutIds: r.some(actors, 3),
                evidence: evidence(),
              },
              by,
            );
          },
          async "change a statement's speaker, occasion or subjects"() {
            const [actors, events] = [await ids(db, "actors"), await ids(db, "events")];
            const patch = r.pick([
              { speakerId: r.pick(actors) },
              { occasionId: r.next() < 0.3 ? null : r.pick(events) },
              { aboutIds: r.some(actors, 3) },
              { hedge: "reportedly" },
              { statedAt: { earliest: r.pick(["2020-01-01", "2021-06-15"]), latest: r.pick(["2022-01-01", "2023-12-31"]) } },
              { statedAt: null },
            ]);
            return updateRecord(db, "Statement", r.pick(await ids(db, "statements")), patch, by);
          },
          async "deprecate a statement"() {
            return deprecateStatement(db, { id: r.pick(await ids(db, "statements")), reason: "a duplicate" }, by);
          },
          async "restore a deprecated statement"() {
            return db
              .updateTable("statements")
              .set({ rank: "NORMAL" })
              .where("id", "=", r.pick(await ids(db, "statements")))
              .execute();
          },
          async "delete a statement"() {
            const id = r.pick(await ids(db, "statements"));
            return writeTransaction(db, async (trx) => {
              await trx.deleteFrom("denials").where("targetStatementId", "=", id).execute();
              await trx.deleteFrom("statementAbout").where("statementId", "=", id).execute();
              await trx.deleteFrom("statements").where("id", "=", id).execute();
            });
          },
          async "create a denial"() {
            const target = r.next() < 0.5 ? { targetType: "Statement", targetId: r.pick(await ids(db, "statements")) } : null;
            return createRecord(
              db,
              "Denial",
              {
                id: `denied-${seed}-${made++}`,
                denierId: r.pick(await ids(db, "actors")),
                ...(target ?? { targetType: "Event", targetId: r.pick(await ids(db, "events")) }),
                content: "It did not happen.",
                evidence: evidence(),
              },
              by,
            );
          },
          async "move a denial to another denier or target"() {
            const denials = await ids(db, "denials");
            if (denials.length === 0) return;
            const patch = r.pick([
              { denierId: r.pick(await ids(db, "actors")) },
              { targetType: "Statement", targetId: r.pick(await ids(db, "statements")) },
              { targetType: "Event", targetId: r.pick(await ids(db, "events")) },
            ]);
            return updateRecord(db, "Denial", r.pick(denials), patch, by);
          },
          async "delete a denial"() {
            const denials = await ids(db, "denials");
            if (denials.length > 0) await db.deleteFrom("denials").where("id", "=", r.pick(denials)).execute();
          },
          async "create an event"() {
            const actors = await ids(db, "actors");
            return createRecord(
              db,
              "Event",
              {
                id: `event-${seed}-${made++}`,
                title: "A meeting",
                type: "MEETING",
                status: "PROPOSED",
                participants: r.some(actors, 3).map((actorId) => ({ actorId })),
                evidence: evidence(),
              },
              by,
            );
          },
          async "change an event's participants"() {
            const participants = r.some(await ids(db, "actors"), 4).map((actorId) => ({ actorId }));
            return updateRecord(db, "Event", r.pick(await ids(db, "events")), { participants }, by);
          },
          async "create an actor"() {
            return createRecord(
              db,
              "Organization",
              { id: `org-${seed}-${made++}`, kind: "OTHER", name: "An office", evidence: evidence() },
              by,
            );
          },
          async "import a document"() {
            return importDocument(db, r.pick(EXAMPLES));
          },
        };
        const names = Object.keys(writes);
        for (let step = 0; step < 30; step++) {
          const name = r.pick(names);
          await writes[name]?.();
          await expectCountersMatchRows(db).catch((error: unknown) => {
            throw new Error(`after step ${step} (${name}), seed ${seed}: ${String(error)}`);
          });
          expect(await subjectCopiesAstray(db), `subject rows whose copies differ, after step ${step} (${name})`).toEqual([]);
        }
        await expectParentFiltersMatchRows(db);
      });
    }

    it("stay equal to a fresh count under concurrent writers, none of them deadlocked", async () => {
      const [actors, statements] = [await ids(db, "actors"), await ids(db, "statements")];
      const actor = (i: number) => actors[i % actors.length] ?? "";
      await Promise.all([
        ...Array.from({ length: 6 }, (_, i) =>
          createRecord(
            db,
            "Statement",
            {
              id: `concurrent-${i}`,
              speakerId: actor(i),
              content: "Said at the same time.",
              quoteType: "INDIRECT",
              speechAct: "CLAIM",
              aboutIds: [actor(i + 1), actor(i + 2)],
              evidence: evidence(),
            },
            by,
          ),
        ),
        ...statements.slice(0, 6).map((id, i) => updateRecord(db, "Statement", id, { speakerId: actor(i + 3), aboutIds: [actor(i)] }, by)),
      ]);
      await expectCountersMatchRows(db);
    });

    describe("past 10,000 matching rows", () => {
      const filter = { speakerIds: ["bulk-speaker"], speechActs: ["OTHER"] as const };
      beforeAll(async () => {
        await createRecord(db, "Organization", { id: "bulk-speaker", kind: "OTHER", name: "Bulk", evidence: evidence() }, by);
        // A bulk load as a fast import path would run it: triggers off, counters rebuilt once at the end.
        await writeTransaction(db, (trx) =>
          withCountersRebuiltAfter(trx, () => insertRows(trx, "statements", bulkStatements("bulk-speaker", 0, 10_000))),
        );
      });

      it("counts a filtered list exactly up to 10,000, then gives a lower bound and says so", async () => {
        expect((await countPages(db, statementList, filter, null, [])).get("")).toEqual({ count: 10_000, isLowerBound: false });
        await insertRows(db, "statements", bulkStatements("bulk-speaker", 10_000, 1));
        expect((await countPages(db, statementList, filter, null, [])).get("")).toEqual({ count: 10_001, isLowerBound: true });
        const underParents = await countPages(db, statementList, { speechActs: ["OTHER"] }, "speaker", ["bulk-speaker", "donald-trump"]);
        expect(Object.fromEntries(underParents)).toEqual({
          "bulk-speaker": { count: 10_001, isLowerBound: true },
          "donald-trump": { count: expect.any(Number) as number, isLowerBound: false },
        });
      });

      it("answers an unfiltered list from its counter, exactly, however long", async () => {
        expect((await countPages(db, statementList, {}, "speaker", ["bulk-speaker"])).get("bulk-speaker")).toEqual({
          count: 10_001,
          isLowerBound: false,
        });
        // Past the bound the fresh count is a plain count(*), which the counters must equal.
        const { rows } = await sql<{ n: string | number }>`select count(*) as n from statements where rank = 'NORMAL'`.execute(db);
        expect((await countPages(db, statementList, {}, null, [])).get("")).toEqual({ count: Number(rows[0]?.n), isLowerBound: false });
      });
    });
  });
}
