import { ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";
import { Connection } from "./connection.type.js";
import { Denial } from "./denial.type.js";
import { Event } from "./event.type.js";
import { Revision } from "./revision.type.js";
import { Source } from "./source.type.js";
import { Statement } from "./statement.type.js";

@ObjectType("StatementConnection", { description: "A page of statements." })
export class StatementConnection extends Connection(Statement, "Statement") {}

@ObjectType("DenialConnection", { description: "A page of denials." })
export class DenialConnection extends Connection(Denial, "Denial") {}

@ObjectType("EventConnection", { description: "A page of events." })
export class EventConnection extends Connection(Event, "Event") {}

@ObjectType("ActorConnection", { description: "A page of actors." })
export class ActorConnection extends Connection(Actor, "Actor") {}

@ObjectType("SourceConnection", { description: "A page of sources." })
export class SourceConnection extends Connection(Source, "Source") {}

@ObjectType("RevisionConnection", { description: "A page of a record's revisions, newest first." })
export class RevisionConnection extends Connection(Revision, "Revision") {}
