// "/": the speakers beside the selected speaker's statements, filtered by the URL.
import { Link } from "../router";
import { readFilters } from "../statements/filters";
import { SpeakerStatements } from "../statements/SpeakerStatements";
import { SpeakerList } from "./SpeakerList";

export function SpeakersPage({ params }: { params: URLSearchParams }) {
  const filters = readFilters(params);
  return (
    <div className={`layout${filters.speaker ? " has-selection" : ""}`}>
      <nav className="sidebar" aria-label="Speakers">
        <SpeakerList selected={filters.speaker} />
      </nav>
      <main id="main" className="content">
        {filters.speaker ? (
          <>
            <Link to="/" className="back-to-speakers">
              ← All speakers
            </Link>
            <SpeakerStatements key={filters.speaker} speaker={filters.speaker} filters={filters} />
          </>
        ) : (
          <section className="welcome">
            <h1>Statements by speaker</h1>
            <p>
              Pick a person or organisation to see what they said, newest first, with every denial beside it. Each record links to the exact
              words of its source.
            </p>
            <p>
              To ask “what did X say about Y that someone denied”, pick X, then choose Y under <strong>About</strong> and tick{" "}
              <strong>Disputed only</strong>. For example:{" "}
              <Link to="/?speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1">
                Donald Trump about Vladimir Putin, disputed
              </Link>
              .
            </p>
          </section>
        )}
      </main>
    </div>
  );
}
