/** A quotation: the offsets of its opening and closing marks; its words lie between them. */
export interface Quote {
  open: number;
  close: number;
  /** Where the quoted words end: before the closing mark and any comma the attribution put inside it. */
  end: number;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from + 1 && /[,\s]/.test(text[end - 1] ?? "")) end--;
  return end;
}

/**
 * Finds quotations: “…” and "…" (paired in order), and ‘…’ or '…' whose closing mark is not an apostrophe
 * (it is followed by no letter: "Trump’s" is not a closing mark). Quotations never nest here.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let closer = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (open >= 0) {
      const closes = c === closer && (closer === "”" || closer === '"' || !/\p{L}/u.test(text[i + 1] ?? ""));
      if (closes) {
        if (i > open + 1) quotes.push({ open, close: i, end: trimEnd(text, open + 1, i) });
        open = -1;
      } else if (c === "\n" && text[i + 1] === "\n") {
        open = -1; // a quotation never runs past a paragraph unclosed
      }
      continue;
    }
    if (c === "“") [open, closer] = [i, "”"];
    else if (c === '"') [open, closer] = [i, '"'];
    else if ((c === "‘" || c === "'") && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? "")) [open, closer] = [i, c === "‘" ? "’" : "'"];
  }
  return quotes;
}

/** The quotation holding `offset`, marks included, if any. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => offset >= q.open && offset <= q.close);
}
