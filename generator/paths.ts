// Where the generator finds its data. In the repository and in the published bsdsock-generator package
// alike, templates/ and headers/ sit beside the generator's own folder (the package mirrors the repo's
// layout), so every path is relative to this file — as a file path, never a URL's pathname, which
// would keep a space as %20.
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The folder holding generator/, templates/ and headers/. */
export const packageRoot = fileURLToPath(new URL("..", import.meta.url));
export const templatesDir = join(packageRoot, "templates");
export const headersRoot = join(packageRoot, "headers");
export const familiesDir = join(headersRoot, "families");
