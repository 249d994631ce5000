// Argument validation, in one place and one style (as Node's lib/internal/validators.js): every value a
// caller hands to bsdsock is converted and checked here — integers against their C type's range, byte
// views through the engine's own accessors — before any file descriptor is taken or any C is called.
// Bad input is a TypeError (wrong kind) or a RangeError (right kind, wrong value; CPython's
// OverflowError/ValueError), naming the argument.
import { inspect, types } from "node:util";

export const INT_MIN = -0x80000000;
export const INT_MAX = 0x7fffffff;
export const UINT_MAX = 0xffffffff;

const INSPECT = {
  depth: 1,
  breakLength: Infinity,
  maxArrayLength: 6,
  maxStringLength: 60,
  // A value in an error message is shown as it is: no getters, custom inspectors or Proxy traps run.
  getters: false,
  customInspect: false,
  showProxy: true,
} as const;

/** A value as an error message shows it, without running any of the caller's code. */
export function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v !== "object" && typeof v !== "function") return String(v);
  try {
    return inspect(v, INSPECT);
  } catch {
    return typeof v === "function" ? "a function" : "an object";
  }
}

let targetName = "this target";
/** @internal Names the loaded target in messages about constants it lacks (set by the bindings loader). */
export function setTargetName(name: string): void {
  targetName = name;
}

/** An undefined where a constant belongs is most often one this target does not define: say so. */
export function missingConstant(what: string): TypeError {
  return new TypeError(
    `${what} is undefined: a constant this target (${targetName}) does not define? ` +
      `(each constant's doc comment lists the targets that have it)`,
  );
}

/**
 * Refuses arguments passed explicitly as undefined, which default parameters would otherwise turn into
 * their defaults: `recv(10, MSG_DONTWAIT)` where MSG_DONTWAIT does not exist must not become `recv(10)`.
 */
export function noUndefined(args: ArrayLike<unknown>, names: readonly string[]): void {
  for (let i = 0; i < args.length && i < names.length; i++)
    if (args[i] === undefined) throw missingConstant(names[i]!);
}

function integer(v: unknown, what: string): number {
  if (v === undefined) throw missingConstant(what);
  if (typeof v !== "number" || !Number.isInteger(v))
    throw new TypeError(`${what} must be an integer, got ${describe(v)}`);
  return v;
}

/** A C `int`. */
export function cInt(v: unknown, what: string): number {
  const n = integer(v, what);
  if (n < INT_MIN || n > INT_MAX) throw new RangeError(`${what} ${n} does not fit a C int`);
  return n;
}

/** A C `unsigned int` / uint32_t. */
export function cUint(v: unknown, what: string): number {
  const n = integer(v, what);
  if (n < 0 || n > UINT_MAX) throw new RangeError(`${what} must be 0-${UINT_MAX}, got ${n}`);
  return n;
}

/** An integer in [min, max]. */
export function intIn(v: unknown, what: string, min: number, max: number): number {
  const n = integer(v, what);
  if (n < min || n > max) throw new RangeError(`${what} must be ${min}-${max}, got ${n}`);
  return n;
}

/** A byte count or size (size_t); `max` is what the caller can honour (e.g. a Buffer's largest size). */
export function size(v: unknown, what: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = integer(v, what);
  if (n < 0) throw new RangeError(`negative ${what}`);
  if (n > max) throw new RangeError(`${what} ${n} is too large (at most ${max})`);
  return n;
}

/** A file descriptor: a C int that is not negative. */
export function fd(v: unknown, what = "fd"): number {
  return intIn(v, what, 0, INT_MAX);
}

/** A boolean or an integer flag, as Python's truth test reads it for setblocking(). */
export function flag(v: unknown, what: string): boolean {
  if (typeof v === "boolean") return v;
  return integer(v, what) !== 0;
}

/** A string handed to C: it must not hold a NUL, which would cut it short there. */
export function cString(v: unknown, what: string): string {
  if (typeof v !== "string") throw new TypeError(`${what} must be a string, got ${describe(v)}`);
  if (v.includes("\0"))
    throw new RangeError(`${what} must not contain a NUL character (embedded null character)`);
  return v;
}

/** An async call's options, as the runtime reads them. */
export interface AsyncOptionsIn {
  signal?: AbortSignal | undefined;
}

/** The options object of an async call: undefined, or an object whose `signal` (read once) is an AbortSignal. */
export function asyncOptions(v: unknown): AsyncOptionsIn | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "object" || v === null)
    throw new TypeError(`options must be an object, got ${describe(v)}`);
  const signal = (v as AsyncOptionsIn).signal;
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw new TypeError(`options.signal must be an AbortSignal, got ${describe(signal)}`);
  return { signal };
}

/**
 * An iterable's items, read once (a generator or a Proxy runs its code here, before anything else), at
 * most `max` of them: an endless or enormous iterable is a RangeError, not an exhausted heap.
 */
export function items(v: unknown, what: string, max = 4096): unknown[] {
  if (v === null || v === undefined || typeof (v as Iterable<unknown>)[Symbol.iterator] !== "function")
    throw new TypeError(`${what} must be an iterable, got ${describe(v)}`);
  const out: unknown[] = [];
  for (const item of v as Iterable<unknown>) {
    if (out.length === max) throw new RangeError(`${what} has more than ${max} items`);
    out.push(item);
  }
  return out;
}

/**
 * An address tuple copied out of the caller's array (its getters run once, here), refused first when it
 * is longer than any address (5 items) — a huge array is never copied.
 */
export function tuple(v: unknown[], what = "address"): unknown[] {
  const n = v.length;
  if (!Number.isSafeInteger(n) || n > 16)
    throw new TypeError(`${what} has ${n} items: no address has so many`);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(v[i]);
  return out;
}

// ---- byte views: only the engine's own accessors, never properties a caller can redefine

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
const getter = (proto: object, name: string) =>
  Object.getOwnPropertyDescriptor(proto, name)!.get! as (this: unknown) => unknown;
const taBuffer = getter(typedArrayProto, "buffer");
const taOffset = getter(typedArrayProto, "byteOffset");
const taLength = getter(typedArrayProto, "byteLength");
// keys() validates its receiver: it throws for a view out of bounds of a shrunk resizable buffer, whose
// byteLength reads 0 as if it were empty.
const taKeys = (typedArrayProto as unknown as { keys: () => unknown }).keys;
const dvBuffer = getter(DataView.prototype, "buffer");
const dvOffset = getter(DataView.prototype, "byteOffset");
const dvLength = getter(DataView.prototype, "byteLength");

/**
 * A view's byte length as the engine knows it: 0 once its buffer is detached (transferred) or shrunk
 * out from under it; -1 for anything that is not a real typed array or DataView (a Proxy, an
 * impostor object).
 */
export function byteLengthOf(v: unknown): number {
  if (types.isTypedArray(v)) return taLength.call(v) as number;
  if (types.isDataView(v)) return dvLength.call(v) as number;
  return -1;
}

/**
 * Memory C may read or write: `view` is what goes to koffi (which takes the pointer from the engine,
 * not from properties), `length` the byte count captured here, once. A caller's `length`, `byteLength`
 * or `buffer` property never reaches C.
 */
export interface Bytes {
  readonly view: ArrayBufferView;
  readonly length: number;
}

/** Whether an ArrayBuffer was detached (transferred): no view can be made over it any more. */
function detached(b: ArrayBufferLike): boolean {
  try {
    new Uint8Array(b, 0, 0);
    return false;
  } catch {
    return true;
  }
}

function bytesOf(v: unknown, what: string, kinds: string): Bytes {
  // The engine's accessor answers for real typed arrays only (it throws for anything else, a Proxy
  // included): the fast check on the hot path.
  let length: number;
  try {
    length = taLength.call(v) as number;
  } catch {
    length = -1;
  }
  if (length > 0) return { view: v as ArrayBufferView, length };
  if (length === 0) {
    if (detached(taBuffer.call(v) as ArrayBufferLike)) throw new TypeError(`${what} is a detached buffer`);
    try {
      taKeys.call(v);
    } catch {
      throw new TypeError(`${what} is out of bounds of its resized buffer`);
    }
    return { view: v as ArrayBufferView, length };
  }
  if (types.isDataView(v)) {
    // koffi takes typed arrays: a DataView becomes a Uint8Array over the same memory.
    const view = new Uint8Array(
      dvBuffer.call(v) as ArrayBufferLike,
      dvOffset.call(v) as number,
      dvLength.call(v) as number,
    );
    return { view, length: view.byteLength };
  }
  throw new TypeError(`${what} must be ${kinds}, got ${describe(v)}`);
}

/**
 * The hot path's form of readable(): the memory to send as a view koffi takes — the typed array itself
 * (no allocation), a Uint8Array over a DataView's bytes, or a Buffer of a string's UTF-8 — with its byte
 * length from viewLength().
 */
export function sendableView(v: unknown, what = "data"): ArrayBufferView {
  let length: number;
  try {
    length = taLength.call(v) as number;
  } catch {
    return typeof v === "string" ? Buffer.from(v, "utf8") : readable(v, what).view;
  }
  return length > 0 ? (v as ArrayBufferView) : bytesOf(v, what, "").view;
}

/** The hot path's form of writable(): the memory to receive into, as sendableView() (no strings). */
export function receivableView(v: unknown, what: string): ArrayBufferView {
  let length: number;
  try {
    length = taLength.call(v) as number;
  } catch {
    length = -1;
  }
  return length > 0
    ? (v as ArrayBufferView)
    : bytesOf(v, what, "a Uint8Array, Buffer, typed array or DataView").view;
}

/** The byte length of a view sendableView() or receivableView() returned (a typed array), from the engine. */
export function viewLength(v: ArrayBufferView): number {
  return taLength.call(v) as number;
}

/** Bytes: a typed array, DataView or Buffer (its own memory). */
export function bytes(v: unknown, what: string): Bytes {
  return bytesOf(v, what, "a Uint8Array, Buffer, typed array or DataView");
}

/** A copy of the bytes, read through the engine's view of the memory. */
export function copyOf(b: Bytes): Buffer {
  return Buffer.from(new Uint8Array(bufferOf(b.view), offsetOf(b.view), b.length));
}

/** Bytes to send: a typed array, DataView or Buffer (its own memory), or a string sent as UTF-8. */
export function readable(v: unknown, what = "data"): Bytes {
  if (typeof v === "string") {
    const b = Buffer.from(v, "utf8");
    return { view: b, length: b.length };
  }
  return bytesOf(v, what, "a Uint8Array, Buffer, typed array, DataView or string");
}

/** Memory to receive into: the first `nbytes` of it (0: all of it). */
export function writable(v: unknown, nbytes: unknown, what: string): Bytes {
  const b = bytesOf(v, what, "a Uint8Array, Buffer, typed array or DataView");
  const n = size(nbytes, "nbytes");
  if (n > b.length) throw new RangeError(`buffer too small for requested bytes (${n} > ${b.length})`);
  return n === 0 ? b : { view: b.view, length: n };
}

/**
 * Checks, at the moment of a system call, that memory captured earlier is still there: a buffer
 * detached or shrunk while an async call waited must not be written or read.
 */
export function stillThere(b: Bytes, what: string): void {
  if (byteLengthOf(b.view) < b.length)
    throw new TypeError(`${what}: the buffer was detached or shrunk while the call waited`);
}

/** The start address koffi computes for a typed array, offset included, is taken from the engine. */
export function offsetOf(v: ArrayBufferView): number {
  return types.isDataView(v) ? (dvOffset.call(v) as number) : (taOffset.call(v) as number);
}

/** The ArrayBuffer behind a view, from the engine. */
export function bufferOf(v: ArrayBufferView): ArrayBufferLike {
  return (types.isDataView(v) ? dvBuffer.call(v) : taBuffer.call(v)) as ArrayBufferLike;
}
