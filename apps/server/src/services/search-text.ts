import { searchTerms, wordCount } from "@claimline/store";
import { badInput } from "../errors.js";

/** Longest search text accepted: a long sentence, not a document. */
export const MAX_SEARCH_CHARACTERS = 500;
/** Most words a search text may have: every word must match, so more would find nothing anyway. */
export const MAX_SEARCH_WORDS = 32;

/**
 * Checks text a client wants searched (the `search` query or a `text` filter) and returns it: bounded in length and
 * words, with at least one word that is not too common to index ("the", "and" are not) — otherwise BAD_USER_INPUT.
 */
export function searchText(text: string, argument: string): string {
  if (text.length > MAX_SEARCH_CHARACTERS) {
    throw badInput(`${argument} is ${text.length} characters long; search text may have at most ${MAX_SEARCH_CHARACTERS}`, { argument });
  }
  const words = wordCount(text);
  if (words > MAX_SEARCH_WORDS)
    throw badInput(`${argument} has ${words} words; search text may have at most ${MAX_SEARCH_WORDS}`, { argument });
  if (words === 0) throw badInput(`${argument} needs at least one word (letters or digits)`, { argument });
  if (searchTerms(text).length === 0) {
    throw badInput(`${argument} has only words too common to search for ("${text.trim()}"): add a more specific word`, { argument });
  }
  return text;
}
