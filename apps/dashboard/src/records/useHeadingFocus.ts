import { useEffect, useRef } from "react";

/** A new page for a screen reader or keyboard user: focus its heading whenever `key` changes. */
export function useHeadingFocus(key: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [key]);
  return heading;
}
