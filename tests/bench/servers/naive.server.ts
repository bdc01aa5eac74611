// (2) The naive stack: Apollo Server 5 (startStandaloneServer) + type-graphql classes, resolvers over in-memory data.
import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Arg, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root, buildSchema } from "type-graphql";
import { announce, memoryData, type MemoryStatement } from "./fixture.js";

const data = memoryData();

@ObjectType("Actor")
class Actor {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType("Denial")
class Denial {
  @Field(() => ID) id!: string;
  @Field(() => String) content!: string;
  denierId!: string;
  @Field(() => Actor) denier(): Actor {
    return Object.assign(new Actor(), data.actors.get(this.denierId));
  }
}

@ObjectType("Statement")
class Statement {
  @Field(() => ID) id!: string;
  @Field(() => String) content!: string;
  @Field(() => String) speechAct!: string;
  speakerId!: string;
  denialIds!: string[];
}

@ObjectType("StatementConnection")
class StatementConnection {
  @Field(() => [Statement]) nodes!: Statement[];
}

@InputType("StatementFilter")
class StatementFilter {
  @Field(() => [ID], { nullable: true }) speakerIds?: string[];
}

@Resolver(() => Statement)
class StatementResolver {
  @Query(() => StatementConnection)
  statements(
    @Arg("filter", () => StatementFilter, { nullable: true }) filter: StatementFilter | undefined,
    @Arg("first", () => Int, { nullable: true }) first: number | undefined,
  ): StatementConnection {
    const nodes = data.statements
      .filter((s: MemoryStatement) => filter?.speakerIds?.includes(s.speakerId) ?? true)
      .slice(0, first ?? 20)
      .map((s) => Object.assign(new Statement(), s));
    return Object.assign(new StatementConnection(), { nodes });
  }

  @FieldResolver(() => Actor)
  speaker(@Root() s: Statement): Actor {
    return Object.assign(new Actor(), data.actors.get(s.speakerId));
  }

  @FieldResolver(() => [Denial])
  denials(@Root() s: Statement): Denial[] {
    return s.denialIds.map((id) => Object.assign(new Denial(), data.denials.get(id)));
  }
}

const schema = await buildSchema({ resolvers: [StatementResolver], validate: false });
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
announce(Number(new URL(url).port));
