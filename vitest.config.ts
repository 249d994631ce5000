import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Emulated targets (test/targets/) run the same suite many times slower.
    testTimeout: process.env.BSDSOCK_EXPECT_TARGET ? 300_000 : 60_000,
    hookTimeout: process.env.BSDSOCK_EXPECT_TARGET ? 300_000 : 60_000,
    reporters: ["default", "./test/summary-reporter.ts"],
    // The GC-safety tests force collections.
    execArgv: ["--expose-gc"],
  },
});
