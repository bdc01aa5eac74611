// "Add what was missed" (issue 14): the editor selects words in the highlighted text, or types their offsets, and
// adds a statement for them: speaker, cue and speech act. Its evidence is exactly the selection.
import { useState, type RefObject } from "react";
import { selectionOffsets, SPEECH_ACTS, type AddedStatement } from "./review";

type Draft = Omit<AddedStatement, "speechAct"> & { speechAct: string };

export function AddStatement(props: {
  text: string;
  actors: readonly { slug: string; name: string }[];
  textRef: RefObject<HTMLDivElement | null>;
  onAdd: (statement: AddedStatement) => void;
}) {
  const { text, actors, textRef, onAdd } = props;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [note, setNote] = useState("");

  const fromSelection = () => {
    const offsets = textRef.current ? selectionOffsets(textRef.current, window.getSelection()) : null;
    setNote(offsets ? "" : "No words of the text are selected: select them above, or type their offsets below.");
    setDraft({ speakerId: draft?.speakerId ?? actors[0]?.slug ?? "", cue: "", speechAct: "CLAIM", start: 0, end: 0, ...offsets });
  };
  const exact = draft ? text.slice(draft.start, draft.end) : "";
  const valid = draft !== null && draft.start < draft.end && draft.end <= text.length && exact.trim() !== "" && draft.speakerId !== "";
  const set = (change: Partial<Draft>) => setDraft((d) => d && { ...d, ...change });
  const offset = (value: string) => Math.max(0, Math.min(text.length, Math.trunc(Number(value)) || 0));

  return (
    <section aria-labelledby="add-statement-title" className="add-statement">
      <h3 id="add-statement-title">Add what was missed</h3>
      {/* mousedown would move the focus and could drop the selection before the click reads it */}
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={fromSelection}>
        Add a statement from the selected words
      </button>
      {note && (
        <p className="muted small" role="status">
          {note}
        </p>
      )}
      {draft && (
        <form
          className="add-statement-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!valid) return;
            onAdd({ ...draft, speechAct: draft.speechAct as AddedStatement["speechAct"] });
            setDraft(null);
            setNote("");
          }}
        >
          <p className="field">
            <label htmlFor="add-start">First character (offset)</label>
            <input
              id="add-start"
              type="number"
              min={0}
              max={text.length}
              value={draft.start}
              onChange={(e) => set({ start: offset(e.target.value) })}
            />
          </p>
          <p className="field">
            <label htmlFor="add-end">After the last character (offset)</label>
            <input
              id="add-end"
              type="number"
              min={0}
              max={text.length}
              value={draft.end}
              onChange={(e) => set({ end: offset(e.target.value) })}
            />
          </p>
          <p data-testid="added-words">
            Words: <q>{exact}</q>
          </p>
          <p className="field">
            <label htmlFor="add-speaker">Speaker</label>
            <select id="add-speaker" value={draft.speakerId} onChange={(e) => set({ speakerId: e.target.value })}>
              {actors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor="add-cue">Cue</label>
            <input id="add-cue" value={draft.cue} placeholder="said" onChange={(e) => set({ cue: e.target.value })} />
          </p>
          <p className="field">
            <label htmlFor="add-act">Speech act</label>
            <select id="add-act" value={draft.speechAct} onChange={(e) => set({ speechAct: e.target.value })}>
              {SPEECH_ACTS.map((act) => (
                <option key={act} value={act}>
                  {act.toLowerCase()}
                </option>
              ))}
            </select>
          </p>
          <button type="submit" disabled={!valid}>
            Add this statement
          </button>{" "}
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}
