import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createDashboardClient } from "./apollo";
import { App } from "./App";
import "./styles.css";

createRoot(mountPoint("root")).render(
  <StrictMode>
    <ApolloProvider client={createDashboardClient()}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);

function mountPoint(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id} element`);
  return element;
}
