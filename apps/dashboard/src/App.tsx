// The page: a header with the global search, then one view chosen by the URL.
//   /                         speakers; ?speaker=Person:donald-trump&act=…&from=…&to=…&q=… adds their statements
//   /events/Event:…           an event
//   /sources/Source:…?start=&end=   a source with a span highlighted
//   /search?q=…               search results
import { EventPage } from "./events/EventPage";
import { goBack, Link, useLocation } from "./router";
import { SearchBox } from "./search/SearchBox";
import { SearchResults } from "./search/SearchResults";
import { spanFromParams } from "./sources/highlight";
import { SourcePage } from "./sources/SourcePage";
import { SpeakerList } from "./speakers/SpeakerList";
import { readFilters } from "./statements/filters";
import { SpeakerStatements } from "./statements/SpeakerStatements";

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Claimline
        </Link>
        <span className="tagline">who said what, who denied it</span>
        <SearchBox />
      </header>
      <Route />
    </>
  );
}

function Route() {
  const { pathname, params } = useLocation();
  const segment = (prefix: string) => decodeURIComponent(pathname.slice(prefix.length));
  if (pathname.startsWith("/events/")) {
    return (
      <main id="main" className="page">
        <BackLink />
        <EventPage id={segment("/events/")} />
      </main>
    );
  }
  if (pathname.startsWith("/sources/")) {
    return (
      <main id="main" className="page">
        <BackLink />
        <SourcePage id={segment("/sources/")} span={spanFromParams(params)} />
      </main>
    );
  }
  if (pathname === "/search") {
    return (
      <main id="main" className="page">
        <SearchResults text={params.get("q")?.trim() ?? ""} />
      </main>
    );
  }
  if (pathname !== "/") {
    return (
      <main id="main" className="page">
        <h1>Not found</h1>
        <p>
          Nothing lives at <code>{pathname}</code>. <Link to="/">See all speakers</Link>.
        </p>
      </main>
    );
  }
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
          </section>
        )}
      </main>
    </div>
  );
}

function BackLink() {
  return (
    <button type="button" className="link-button back" onClick={goBack}>
      ← Back
    </button>
  );
}
