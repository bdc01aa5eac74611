import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Denial } from "./denial.type.js";
import { Event } from "./event.type.js";
import { Organization } from "./organization.type.js";
import { Person } from "./person.type.js";
import { Source } from "./source.type.js";
import { Statement } from "./statement.type.js";

/** What every mutation answers: Relay's echo of the client's id. */
@ObjectType("MutationPayloadBase")
abstract class MutationPayload {
  @Field(() => String, { nullable: true, description: "The clientMutationId the input carried, as it was." })
  clientMutationId!: string | null;
}

/** A create's answer: the record under `field`, and whether it was new. */
function createPayload<T extends object, F extends string>(name: string, field: F, type: ClassType<T>) {
  @ObjectType(name, { description: `The ${field} as stored.` })
  class CreatePayload extends MutationPayload {
    @Field(() => Boolean, {
      description: "False when a record with this id and this content was already stored: the retry changed nothing.",
    })
    created!: boolean;
  }
  Field(() => type, { description: `The ${field}.` })(CreatePayload.prototype, field);
  return CreatePayload as unknown as ClassType<CreatePayload & Record<F, T>>;
}

/** An update's answer: the record under `field`, whether anything changed, and its revision now. */
function updatePayload<T extends object, F extends string>(name: string, field: F, type: ClassType<T>) {
  @ObjectType(name, { description: `The ${field} after the change.` })
  class UpdatePayload extends MutationPayload {
    @Field(() => Boolean, { description: "False when the input changed nothing (no revision was made)." })
    changed!: boolean;

    @Field(() => Int, { description: "The record's revision now: 1 while it is as created." })
    revision!: number;
  }
  Field(() => type, { description: `The ${field}.` })(UpdatePayload.prototype, field);
  return UpdatePayload as unknown as ClassType<UpdatePayload & Record<F, T>>;
}

export const CreatePersonPayload = createPayload("CreatePersonPayload", "person", Person);
export const UpdatePersonPayload = updatePayload("UpdatePersonPayload", "person", Person);
export const CreateOrganizationPayload = createPayload("CreateOrganizationPayload", "organization", Organization);
export const UpdateOrganizationPayload = updatePayload("UpdateOrganizationPayload", "organization", Organization);
export const CreateSourcePayload = createPayload("CreateSourcePayload", "source", Source);
export const UpdateSourcePayload = updatePayload("UpdateSourcePayload", "source", Source);
export const CreateStatementPayload = createPayload("CreateStatementPayload", "statement", Statement);
export const UpdateStatementPayload = updatePayload("UpdateStatementPayload", "statement", Statement);
export const DeprecateStatementPayload = updatePayload("DeprecateStatementPayload", "statement", Statement);
export const CreateDenialPayload = createPayload("CreateDenialPayload", "denial", Denial);
export const UpdateDenialPayload = updatePayload("UpdateDenialPayload", "denial", Denial);
export const CreateEventPayload = createPayload("CreateEventPayload", "event", Event);
export const UpdateEventPayload = updatePayload("UpdateEventPayload", "event", Event);

@ObjectType("ImportSourcePayload", { description: "What an import stored." })
export class ImportSourcePayload extends MutationPayload {
  @Field(() => Source, { description: "The source, with every record read from it." })
  source!: Source;

  @Field(() => Boolean, { description: "False when this very document was already stored: the retry changed nothing." })
  stored!: boolean;

  @Field(() => Int, { description: "Actors in the document (new ones, and stored ones that gained spans)." })
  actors!: number;

  @Field(() => Int, { description: "Events in the document." })
  events!: number;

  @Field(() => Int, { description: "Statements in the document." })
  statements!: number;

  @Field(() => Int, { description: "Denials in the document." })
  denials!: number;

  @Field(() => Int, { description: "Evidence spans in the document." })
  evidence!: number;
}
