import { Field, InterfaceType, registerEnumType } from "type-graphql";
import { Node } from "./node.type.js";

export const ActorKind = {
  PERSON: "PERSON",
  GOVERNMENT: "GOVERNMENT",
  MEDIA: "MEDIA",
  COLLECTIVE: "COLLECTIVE",
  OTHER: "OTHER",
} as const;
export type ActorKind = (typeof ActorKind)[keyof typeof ActorKind];

registerEnumType(ActorKind, {
  name: "ActorKind",
  description: "What sort of actor: a person, or an organisation by sort.",
  valuesConfig: {
    PERSON: { description: "A named individual." },
    GOVERNMENT: { description: "A government or its office, e.g. the Kremlin." },
    MEDIA: { description: "A news organisation, e.g. the New York Post." },
    COLLECTIVE: { description: 'An unnamed group the source speaks of as one, e.g. "traditional media outlets", "critics".' },
    OTHER: { description: "Any other organisation." },
  },
});

/** Someone who can speak, deny, be mentioned or take part: a person or an organisation. */
@InterfaceType("Actor", {
  implements: Node,
  description: "Someone who can make statements, deny them, be mentioned and take part in events.",
})
export abstract class Actor extends Node {
  @Field(() => String, { description: "The name the source uses most fully." })
  name!: string;

  @Field(() => [String], { description: 'Other names the source uses, e.g. "Trump".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "A short neutral description grounded in the sources." })
  description!: string | null;

  @Field(() => ActorKind, { description: "PERSON for people; the organisation's sort otherwise." })
  kind!: ActorKind;
}
