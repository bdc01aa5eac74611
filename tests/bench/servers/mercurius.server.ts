// (3) mercurius with graphql-jit (jit: 1 compiles each query on its first repeat) over the in-memory data.
import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import mercurius from "mercurius";
import { announce, memoryData } from "./fixture.js";
import { MEMORY_SDL, memoryResolvers } from "./memory.sdl.js";

const app = Fastify({ logger: false });
await app.register(mercurius, { schema: MEMORY_SDL, resolvers: memoryResolvers(memoryData()), jit: 1 });
await app.listen({ port: 0, host: "127.0.0.1" });
announce((app.server.address() as AddressInfo).port);
