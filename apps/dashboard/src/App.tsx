// The page: a header with navigation and the global search, then one view chosen by the URL.
//   /                         speakers; ?speaker=Person:…&about=…&disputed=1&act=…&from=…&to=…&q=… adds their statements
//   /statements/Statement:…   a statement's permalink        /denials/Denial:…   a denial's permalink
//   /events                   events (?status=&type=&order=)  /events/Event:…     an event
//   /sources                  sources                         /sources/Source:…?start=&end=   a source, a span highlighted
//   /timeline                 events and dated statements on a time axis (?actor=)
//   /search?q=…               search results
//   /import                   an editor proposes records from an article's text, reviews them and imports them
import { EventPage } from "./events/EventPage";
import { EventsIndex } from "./events/EventsIndex";
import { ImportPage } from "./import/ImportPage";
import { DenialPage } from "./records/DenialPage";
import { StatementPage } from "./records/StatementPage";
import { goBack, Link, useLocation } from "./router";
import { SearchBox } from "./search/SearchBox";
import { SearchResults } from "./search/SearchResults";
import { spanFromParams } from "./sources/highlight";
import { SourcePage } from "./sources/SourcePage";
import { SourcesIndex } from "./sources/SourcesIndex";
import { SpeakersPage } from "./speakers/SpeakersPage";
import { TimelinePage } from "./timeline/TimelinePage";

/** The header's sections; a path belongs to the first whose prefix it starts with ("/" only to itself). */
const SECTIONS = [
  { to: "/", label: "Speakers", owns: (path: string) => path === "/" || path.startsWith("/statements/") || path.startsWith("/denials/") },
  { to: "/events", label: "Events", owns: (path: string) => path === "/events" || path.startsWith("/events/") },
  { to: "/sources", label: "Sources", owns: (path: string) => path === "/sources" || path.startsWith("/sources/") },
  { to: "/timeline", label: "Timeline", owns: (path: string) => path === "/timeline" },
  { to: "/import", label: "Import", owns: (path: string) => path === "/import" },
];

export function App() {
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Claimline
        </Link>
        <nav aria-label="Sections" className="app-nav">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.to}>
                <Link to={section.to} aria-current={section.owns(pathname) ? "page" : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
            <li>
              <a href="/explorer">Explorer</a>
            </li>
          </ul>
        </nav>
        <SearchBox />
      </header>
      <Route />
    </>
  );
}

function Route() {
  const { pathname, params } = useLocation();
  const after = (prefix: string) => (pathname.startsWith(prefix) ? decodeURIComponent(pathname.slice(prefix.length)) : null);
  if (pathname === "/") return <SpeakersPage params={params} />;
  const statement = after("/statements/");
  if (statement) return <Page back>{<StatementPage id={statement} />}</Page>;
  const denial = after("/denials/");
  if (denial) return <Page back>{<DenialPage id={denial} />}</Page>;
  if (pathname === "/events") return <Page>{<EventsIndex params={params} />}</Page>;
  const event = after("/events/");
  if (event) return <Page back>{<EventPage id={event} />}</Page>;
  if (pathname === "/sources") return <Page>{<SourcesIndex />}</Page>;
  const source = after("/sources/");
  if (source) return <Page back>{<SourcePage id={source} span={spanFromParams(params)} />}</Page>;
  if (pathname === "/timeline") return <Page>{<TimelinePage params={params} />}</Page>;
  if (pathname === "/import") return <Page>{<ImportPage />}</Page>;
  if (pathname === "/search") return <Page>{<SearchResults text={params.get("q")?.trim() ?? ""} />}</Page>;
  return (
    <Page>
      <h1>Not found</h1>
      <p>
        Nothing lives at <code>{pathname}</code>. <Link to="/">See all speakers</Link>, or search above.
      </p>
    </Page>
  );
}

function Page({ back = false, children }: { back?: boolean; children: React.ReactNode }) {
  return (
    <main id="main" className="page">
      {back && (
        <button type="button" className="link-button back" onClick={goBack}>
          ← Back
        </button>
      )}
      {children}
    </main>
  );
}
