import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, visit, BREAK, type DocumentNode } from "graphql";
import { badInput } from "./errors.js";

/** True when any string inside `value` (an object, a list, a string) holds a NUL character. */
function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === "object") return Object.entries(value).some(([key, v]) => key.includes("\0") || holdsNul(v));
  return false;
}

/** Documents are parsed once and cached by Apollo, so each is searched for "\u0000" literals once. */
const documentsWithNul = new WeakMap<DocumentNode, boolean>();

function documentHoldsNul(document: DocumentNode): boolean {
  let found = documentsWithNul.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (!node.value.includes("\0")) return undefined;
        found = true;
        return BREAK;
      },
    });
    documentsWithNul.set(document, found);
  }
  return found;
}

/**
 * Text with a NUL character is no text anyone wrote, and PostgreSQL refuses it in a query (an INTERNAL error
 * otherwise): any argument or variable holding one is BAD_USER_INPUT (400), checked once here for every field.
 */
export function nulBytesPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          if (holdsNul(request.variables) || documentHoldsNul(document)) {
            throw badInput('Text may not contain the NUL character ("\\u0000")', { http: { status: 400 } });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
