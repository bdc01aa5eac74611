import { ApolloProvider } from "@apollo/client/react";
import { createClaimlineClient } from "@claimline/client";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";

createRoot(mountPoint("root")).render(
  <StrictMode>
    <ApolloProvider client={createClaimlineClient({ uri: "/graphql" })}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);

function mountPoint(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id} element`);
  return element;
}
