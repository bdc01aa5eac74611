// GraphiQL, bundled: an explorer for /graphql that needs nothing from the internet (Apollo Sandbox does).
import "./workers";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

// Plain JSON POSTs, which Apollo Server's CSRF prevention accepts.
const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).href });

const EXAMPLE = `# Trump's statements that someone denies, with the denials and the exact words of the source.
{
  statements(filter: { speakerIds: ["Person:donald-trump"], disputed: true }, first: 5) {
    totalCount
    nodes {
      content
      cue
      status
      evidence { start end exact }
      denials { cue denier { name } }
    }
  }
}
`;

createRoot(mountPoint("explorer")).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
  </StrictMode>,
);

function mountPoint(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer/index.html has no #${id} element`);
  return element;
}
