/** Stands in for react-relay's `graphql` tag: relay-compiler only reads the templates; nothing runs them. */
export const graphql = (strings: TemplateStringsArray): string => strings.join("");
