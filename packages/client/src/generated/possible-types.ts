
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Actor": [
      "Organization",
      "Person"
    ],
    "DenialTarget": [
      "Event",
      "Statement"
    ],
    "Node": [
      "Denial",
      "Event",
      "Organization",
      "Person",
      "Source",
      "Statement"
    ],
    "SearchResult": [
      "Denial",
      "Event",
      "Organization",
      "Person",
      "Statement"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Actor": [
      "Organization",
      "Person"
    ],
    "DenialTarget": [
      "Event",
      "Statement"
    ],
    "Node": [
      "Denial",
      "Event",
      "Organization",
      "Person",
      "Source",
      "Statement"
    ],
    "SearchResult": [
      "Denial",
      "Event",
      "Organization",
      "Person",
      "Statement"
    ]
  }
};
      export default result;
    