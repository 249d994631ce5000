// Network interface names and indexes: if_nameindex(), if_nametoindex(), if_indextoname(), with
// Python's argument rules and errors.
import { describe } from "./address/codec.js";
import { notOnThisTarget, SocketError } from "./errors.js";
import { ERR, lastError, net } from "./platform/seam.js";

function api(fn: string) {
  if (!net.interfaces) throw notOnThisTarget(`${fn}()`, "POSIX");
  return net.interfaces;
}

/** Every interface as [index, name]. */
export function if_nameindex(): [number, string][] {
  const list = api("if_nameindex").list();
  if (typeof list === "number") throw new SocketError(list, undefined, "if_nameindex");
  return list;
}

/** The index of the interface named `name`; SocketError when there is none. */
export function if_nametoindex(name: string): number {
  const ifs = api("if_nametoindex");
  if (typeof name !== "string")
    throw new TypeError(`if_nametoindex() argument must be a string, got ${describe(name)}`);
  if (name.includes("\0")) throw new RangeError("if_nametoindex() argument must not contain a NUL character");
  const index = ifs.nameToIndex(name);
  if (index === 0)
    throw new SocketError(lastError() || ERR.NOENT, "no interface with this name", "if_nametoindex");
  return index;
}

/** The name of the interface with index `index`; SocketError when there is none. */
export function if_indextoname(index: number): string {
  const ifs = api("if_indextoname");
  if (typeof index !== "number" || !Number.isInteger(index))
    throw new TypeError(`if_indextoname() argument must be an integer, got ${describe(index)}`);
  if (index < 0 || index > 0xffffffff) throw new RangeError(`if_indextoname() index out of range: ${index}`);
  const name = ifs.indexToName(index);
  if (name === null) throw new SocketError(lastError(), undefined, "if_indextoname");
  return name;
}
