import { Field, ID, InputType } from "type-graphql";
import { ActorKind } from "./actor.type.js";
import { EvidenceInput } from "./evidence.input.js";
import { MutationInput } from "./mutation.input.js";
import { RoleInput } from "./role.input.js";

const ID_HELP =
  'Your own id for the new record (e.g. "Person:ana-rivera"): a retry with the same id and content returns the stored record instead of a duplicate. Made from the name when left out.';

@InputType("CreatePersonInput", { description: "A person named in a stored source." })
export class CreatePersonInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: ID_HELP })
  id?: string | null;

  @Field(() => String, { description: "The name the source uses most fully." })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names the source uses, e.g. "Trump".' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "A short neutral description grounded in the sources." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. "US".' })
  country?: string | null;

  @Field(() => [RoleInput], { nullable: true, description: "Positions held, as the sources give them." })
  roles?: RoleInput[] | null;

  @Field(() => [EvidenceInput], { description: "Where the sources name this person; at least one span." })
  evidence!: EvidenceInput[];
}

@InputType("UpdatePersonInput", { description: "The fields to change; fields left out keep their value, null clears one." })
export class UpdatePersonInput extends MutationInput {
  @Field(() => ID, { description: "The person to change." })
  id!: string;

  @Field(() => String, { nullable: true, description: "The name the source uses most fully." })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "Other names the sources use." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "A short neutral description grounded in the sources." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  country?: string | null;

  @Field(() => [RoleInput], { nullable: true, description: "Positions held, as the sources give them (replaces the list)." })
  roles?: RoleInput[] | null;
}

@InputType("CreateOrganizationInput", { description: "A government, a news organisation or a collective named in a stored source." })
export class CreateOrganizationInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: ID_HELP })
  id?: string | null;

  @Field(() => ActorKind, { description: "GOVERNMENT, MEDIA, COLLECTIVE or OTHER (PERSON is for people)." })
  kind!: ActorKind;

  @Field(() => String, { description: "The name the source uses most fully." })
  name!: string;

  @Field(() => [String], { nullable: true, description: "Other names the source uses." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "A short neutral description grounded in the sources." })
  description?: string | null;

  @Field(() => [EvidenceInput], { description: "Where the sources name it; at least one span." })
  evidence!: EvidenceInput[];
}

@InputType("UpdateOrganizationInput", { description: "The fields to change; fields left out keep their value, null clears one." })
export class UpdateOrganizationInput extends MutationInput {
  @Field(() => ID, { description: "The organisation to change." })
  id!: string;

  @Field(() => ActorKind, { nullable: true, description: "GOVERNMENT, MEDIA, COLLECTIVE or OTHER." })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: "The name the source uses most fully." })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "Other names the sources use (replaces the list)." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "A short neutral description." })
  description?: string | null;
}
