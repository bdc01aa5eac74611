// The Import page's pure part: which proposed records survive the editor's choices, the import document they make,
// and the proposal's text cut into highlighted runs.

/** An import document as proposeFromText returns it (docs/document.schema.json); only the fields edited here are typed. */
export interface ImportDocument {
  actors: { id: string; name: string }[];
  events: { id: string; title: string; participants?: { actorId: string }[] }[];
  statements: { id: string; speakerId: string; content: string }[];
  denials: { id: string; denierId: string; targetType: string | null; targetId: string | null; content: string }[];
  [key: string]: unknown;
}

export type Kind = "actor" | "event" | "statement" | "denial";

/** The editor's choices: records dropped (by `kind:id`), and edited texts (content, or title / name). */
export interface Choices {
  dropped: ReadonlySet<string>;
  edits: Readonly<Record<string, string>>;
}

export const key = (kind: Kind, id: string) => `${kind}:${id}`;

/**
 * The records that go in: those not dropped and whose speaker, denier or target goes in too (a denial of a dropped
 * statement goes with it). A denial's target outside the proposal (already stored) is kept.
 */
export function kept(doc: ImportDocument, { dropped }: Pick<Choices, "dropped">): Set<string> {
  const keep = new Set<string>();
  const inDoc = new Set<string>();
  for (const a of doc.actors) if (!dropped.has(key("actor", a.id))) keep.add(key("actor", a.id));
  for (const e of doc.events) {
    inDoc.add(key("event", e.id));
    if (!dropped.has(key("event", e.id))) keep.add(key("event", e.id));
  }
  for (const s of doc.statements) {
    inDoc.add(key("statement", s.id));
    if (!dropped.has(key("statement", s.id)) && keep.has(key("actor", s.speakerId))) keep.add(key("statement", s.id));
  }
  for (const d of doc.denials) {
    const target = d.targetType && d.targetId ? key(d.targetType === "Event" ? "event" : "statement", d.targetId) : null;
    const targetOk = !target || !inDoc.has(target) || keep.has(target);
    if (!dropped.has(key("denial", d.id)) && keep.has(key("actor", d.denierId)) && targetOk) keep.add(key("denial", d.id));
  }
  return keep;
}

/** The document to send to importSource: only the kept records, with the editor's texts; evidence untouched. */
export function reviewedDocument(doc: ImportDocument, choices: Choices): ImportDocument {
  const keep = kept(doc, choices);
  const edit = (k: string, value: string) => choices.edits[k]?.trim() || value;
  return {
    ...doc,
    actors: doc.actors.filter((a) => keep.has(key("actor", a.id))).map((a) => ({ ...a, name: edit(key("actor", a.id), a.name) })),
    events: doc.events
      .filter((e) => keep.has(key("event", e.id)))
      .map((e) => ({
        ...e,
        title: edit(key("event", e.id), e.title),
        ...(e.participants ? { participants: e.participants.filter((p) => keep.has(key("actor", p.actorId))) } : {}),
      })),
    statements: doc.statements
      .filter((s) => keep.has(key("statement", s.id)))
      .map((s) => ({ ...s, content: edit(key("statement", s.id), s.content) })),
    denials: doc.denials.filter((d) => keep.has(key("denial", d.id))).map((d) => ({ ...d, content: edit(key("denial", d.id), d.content) })),
  };
}

export interface Span {
  start: number;
  end: number;
  kind: Kind;
}

export interface Run {
  text: string;
  /** The most telling kind covering the run (denial, then statement, event, actor); null for plain text. */
  kind: Kind | null;
}

const RANK: Record<Kind, number> = { denial: 4, statement: 3, event: 2, actor: 1 };

/** `text` cut at every span's ends, each run marked with the strongest kind covering it; spans outside the text are ignored. */
export function highlightRuns(text: string, spans: readonly Span[]): Run[] {
  const inside = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Run[] = [];
  let from = 0;
  for (const to of cuts.slice(1)) {
    let kind: Kind | null = null;
    for (const s of inside) if (s.start <= from && s.end >= to && (!kind || RANK[s.kind] > RANK[kind])) kind = s.kind;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), kind });
    from = to;
  }
  return out;
}

/** The speech acts a statement may have (docs/document.schema.json). */
export const SPEECH_ACTS = ["CLAIM", "ADMISSION", "SUGGESTION", "PROMISE", "INTENT", "CONCERN", "CRITICISM", "ARGUMENT", "OTHER"] as const;

/** A statement the editor added from words they selected in the text: what the assistant missed. */
export interface AddedStatement {
  speakerId: string;
  cue: string;
  speechAct: (typeof SPEECH_ACTS)[number];
  /** Offsets into the proposal's text (UTF-16 units, as JavaScript and the API count them). */
  start: number;
  end: number;
}

/** The id of the `n`th (from 0) added statement of a document: its source's id and "added", so a re-import conflicts. */
export const addedId = (doc: ImportDocument, n: number) => {
  const sourceId = (doc.source as { id?: string } | undefined)?.id ?? "article";
  return `${sourceId.slice(0, 100)}-added-${n + 1}`;
};

/**
 * The document with the editor's added statements after the proposed ones, each with its words as content and its
 * selection as evidence: `text.slice(start, end) === exact`.
 */
export function withAdded(doc: ImportDocument, text: string, added: readonly AddedStatement[]): ImportDocument {
  if (added.length === 0) return doc;
  const statements = added.map((a, n) => {
    const exact = text.slice(a.start, a.end);
    return {
      id: addedId(doc, n),
      speakerId: a.speakerId,
      content: exact.trim().replace(/\s+/g, " "),
      quote: null,
      quoteType: "INDIRECT",
      speechAct: a.speechAct,
      cue: a.cue.trim() || null,
      hedge: null,
      evidence: [{ start: a.start, end: a.end, exact }],
      note: "Added by an editor from the selected words.",
    };
  });
  return { ...doc, statements: [...doc.statements, ...statements] };
}

/**
 * Offsets into the text of a selection in the rendered text: each run is an element with `data-start`, holding only
 * its text (labels for screen readers sit outside it). Null when the selection is empty or outside `container`.
 */
export function selectionOffsets(container: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const runs = [...container.querySelectorAll<HTMLElement>("[data-start]")];
  const at = (node: Node, offset: number, edge: "start" | "end"): number => {
    const run = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-start]");
    if (run && container.contains(run) && node.nodeType === Node.TEXT_NODE) return Number(run.dataset.start) + offset;
    // An element boundary (a whole run selected, or a label): the first run after it, or the last run's end.
    const point = document.createRange();
    point.setStart(node, offset);
    const next = runs.find((r) => point.comparePoint(r, 0) >= 0);
    if (next && edge === "start") return Number(next.dataset.start);
    const before = runs.filter((r) => point.comparePoint(r, 0) < 0).at(-1);
    if (before) return Number(before.dataset.start) + before.textContent.length;
    return next ? Number(next.dataset.start) : 0;
  };
  const start = at(range.startContainer, range.startOffset, "start");
  const end = at(range.endContainer, range.endOffset, "end");
  return end > start ? { start, end } : null;
}
