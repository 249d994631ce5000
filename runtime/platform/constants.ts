// Every generated constant by name (`import { AF_INET } from "bsdsock"`), valued for this machine's
// target only (see generated/constants-index.ts).
export * from "../../generated/constants-index.js";
