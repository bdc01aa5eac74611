// "3 new — show": counts the speaker's statements stored since the page was shown, live, and on request reloads the
// list (which then holds them) and starts counting again.
import { useSubscription } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../gql";

const NewStatementSubscription = graphql(/* GraphQL */ `
  subscription NewStatement($speaker: ID!) {
    statementAdded(filter: { speakerIds: [$speaker] }) {
      id
    }
  }
`);

export function NewStatements({ speaker, onShow }: { speaker: string; onShow: () => unknown }) {
  const [fresh, setFresh] = useState<string[]>([]);
  useSubscription(NewStatementSubscription, {
    variables: { speaker },
    onData: ({ data }) => {
      const id = data.data?.statementAdded.id;
      if (id) setFresh((ids) => (ids.includes(id) ? ids : [...ids, id]));
    },
  });
  if (fresh.length === 0) return null;
  return (
    <button
      type="button"
      className="new-statements"
      onClick={() => {
        setFresh([]);
        onShow();
      }}
    >
      {fresh.length} new — show
    </button>
  );
}
