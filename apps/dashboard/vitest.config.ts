import { defineProject, mergeConfig } from "vitest/config";
import { shared } from "../../vitest.shared.js";

// The dashboard's own tests run in Node: generated types are current, the built bundle is clean.
export default mergeConfig(shared, defineProject({ test: { name: "dashboard", include: ["test/**/*.test.ts"] } }));
