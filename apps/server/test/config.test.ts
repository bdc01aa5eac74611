// The environment check at start-up: defaults when unset, and one precise line for each kind of bad value.
import { describe, expect, it } from "vitest";
import { readConfig } from "../src/config.js";

describe("readConfig", () => {
  it("takes the documented defaults from an empty environment", () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 4000, host: "0.0.0.0", databaseUrl: undefined, poolSize: undefined, logLevel: "info" });
    expect(config.introspection).toBe(true);
    expect(config.trustProxy).toBe(false);
  });

  it("reads good values", () => {
    const config = readConfig({
      PORT: "0",
      LOG_LEVEL: "warn",
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test",
      DATABASE_POOL_SIZE: "5",
      INTROSPECTION: "off",
      RATE_LIMIT_CAPACITY: "0",
    });
    expect(config).toMatchObject({ port: 0, logLevel: "warn", poolSize: 5, introspection: false, rateLimitCapacity: 0 });
    expect(readConfig({ DATABASE_URL: "file:/tmp/x.db" }).databaseUrl).toBe("file:/tmp/x.db");
  });

  it.each([
    [{ PORT: "80a" }, 'PORT must be a whole number from 0 to 65535, got "80a"'],
    [{ PORT: "70000" }, 'PORT must be a whole number from 0 to 65535, got "70000"'],
    [{ PORT: "-1" }, 'PORT must be a whole number from 0 to 65535, got "-1"'],
    [{ LOG_LEVEL: "verbose" }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
    [{ DATABASE_URL: "mysql://x" }, 'DATABASE_URL must be file:/path/to.db or postgres://user@host:5432/db, got "mysql://x"'],
    [{ DATABASE_URL: "./data/x.db" }, 'DATABASE_URL must be file:/path/to.db or postgres://user@host:5432/db, got "./data/x.db"'],
    [{ DATABASE_POOL_SIZE: "0" }, 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "0"'],
    [{ DATABASE_POOL_SIZE: "ten" }, 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "ten"'],
    [{ GRAPHQL_TIMEOUT_MS: "1.5" }, 'GRAPHQL_TIMEOUT_MS must be a whole number from 1 to 3600000, got "1.5"'],
    [{ TRUST_PROXY: "yes" }, 'TRUST_PROXY must be one of true, false, got "yes"'],
    [{ REDIS_URL: "localhost:6379" }, 'REDIS_URL must be redis://host:6379, got "localhost:6379"'],
    [{ MIN_FREE_DISK_MB: "lots" }, 'MIN_FREE_DISK_MB must be a whole number from 0 to 1000000, got "lots"'],
    [{ CORS_ORIGINS: "newsroom.example" }, 'CORS_ORIGINS: "newsroom.example" is not an origin'],
  ])("refuses %o", (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
