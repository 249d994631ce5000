#!/usr/bin/env node
// The bsdsock-generator command (the package's bin, and `npm run generate` in the repository). Always
// runs: no "am I the entry point" check, which breaks on paths with spaces or symlinked bins.
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    console.error(`bsdsock-generator: ${e.message}`);
    process.exitCode = 2;
  },
);
