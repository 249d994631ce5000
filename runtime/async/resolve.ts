// Async twins of the resolver and of createConnection: name resolution runs on libuv's threadpool (as
// Node's dns.lookup does); connecting waits on the event loop.
import { describe, type SocketAddress } from "../address/codec.js";
import { rawGetaddrinfoAsync, rawGetnameinfoAsync } from "../platform/gai.js";
import { C } from "../platform/seam.js";
import {
  addrinfoTuple,
  getaddrinfoArgs,
  getnameinfoArgs,
  type AddrinfoTuple,
  type NameinfoAddress,
} from "../resolver.js";
import { SocketType } from "../socket.js";
import { checkTimeout } from "../timeout.js";
import { AbortError, checkSignal, type AsyncOptions } from "../socket/drive.js";
import { asyncOptions, flag, noUndefined, tuple } from "../validate.js";
import { connectionFailure, type ConnectionOptions } from "../create.js";

const GAI_ARGS = ["host", "port", "family", "type", "proto", "flags"] as const;

/** Settles with `work` unless the signal aborts first (the threadpool call itself cannot be stopped). */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  checkSignal(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError({ cause: signal.reason }));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

export async function getaddrinfoAsync(
  host: string | null,
  port: string | number | null,
  family = 0,
  type = 0,
  proto = 0,
  flags = 0,
  opts?: AsyncOptions,
): Promise<AddrinfoTuple[]> {
  noUndefined([...arguments].slice(0, 6), GAI_ARGS);
  const o = asyncOptions(opts);
  const a = getaddrinfoArgs(host, port, family, type, proto, flags);
  const raw = await abortable(rawGetaddrinfoAsync(a.host, a.service, a.hints), o?.signal);
  return raw.map(addrinfoTuple);
}

export async function getnameinfoAsync(
  sockaddr: NameinfoAddress,
  flags: number,
  opts?: AsyncOptions,
): Promise<[string, string]> {
  const o = asyncOptions(opts);
  const a = getnameinfoArgs(sockaddr, flags);
  return abortable(rawGetnameinfoAsync(a.addr, a.flags), o?.signal);
}

/**
 * createConnection() without blocking: every address in turn; the last error if none connects (all of
 * them, as an AggregateError, with `{ allErrors: true }`).
 */
export async function createConnectionAsync(
  address: readonly [string, number | string],
  timeout?: number | null,
  sourceAddress?: readonly [string, number],
  opts?: AsyncOptions & ConnectionOptions,
): Promise<SocketType<"AF_INET" | "AF_INET6">> {
  const allErrors = opts === undefined ? false : flag(opts.allErrors ?? false, "allErrors");
  const o = asyncOptions(opts);
  if (!Array.isArray(address) || address.length !== 2)
    throw new TypeError(`address must be [host, port], got ${describe(address)}`);
  if (timeout !== undefined) checkTimeout(timeout);
  const [host, port] = tuple(address) as [string, number | string];
  const results = await getaddrinfoAsync(host, port, 0, C.SOCK_STREAM, 0, 0, o);
  const errors: unknown[] = [];
  for (const [family, type, proto, , sa] of results) {
    let s: SocketType | undefined;
    try {
      s = new SocketType(family, type, proto);
      if (timeout !== undefined) s.settimeout(timeout);
      if (sourceAddress)
        s.bind(family === C.AF_INET6 ? [sourceAddress[0], sourceAddress[1], 0, 0] : [...sourceAddress]);
      await s.connectAsync(sa as SocketAddress, o);
      return s as SocketType<"AF_INET" | "AF_INET6">;
    } catch (e) {
      s?.close();
      if (e instanceof AbortError) throw e;
      errors.push(e);
    }
  }
  throw connectionFailure(errors, allErrors);
}
