/** Filtered counts stop here: past it `totalCount` is a lower bound, so that no count reads more rows than this. */
export const COUNT_BOUND = 10_000;

/** How many rows a list holds: exact where a counter answers or at most `COUNT_BOUND` match, else at least `count`. */
export interface TotalCount {
  count: number;
  /** More than `COUNT_BOUND` rows matched and counting stopped: at least `count` rows match. */
  isLowerBound: boolean;
}
