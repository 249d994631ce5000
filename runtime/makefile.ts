// socket.makefile(): Python's io stack over a socket. The raw layer (SocketIO) is one recv/send per
// call; binary modes add a buffer (BufferedSocketFile); text modes decode and encode on top of that
// (TextSocketFile). Each holds the socket open: its fd closes when the socket and every file are closed.
import type { SocketType } from "./socket.js";
import { BufferedSocketFile } from "./file/buffered.js";
import { DEFAULT_BUFFER_SIZE, SocketIO } from "./file/socket-io.js";
import { TextSocketFile, type Newline } from "./file/text.js";
import { cInt, describe } from "./validate.js";
import { textCodec } from "./file/codec.js";

export { BlockingWriteError, BufferedSocketFile } from "./file/buffered.js";
export { SocketIO } from "./file/socket-io.js";
export { TextSocketFile, type Newline } from "./file/text.js";

/** A mode of r, w and b (any order): "r", "w", "rw", "rb", "wb", "rwb", … */
export type FileMode = string;
/** The binary modes: any with a "b". */
export type BinaryMode = `${string}b${string}`;

/** makefile()'s keyword arguments in Python: the text layer's. */
export interface TextOptions {
  /** "utf-8" (the default), "utf-16-le", "latin-1" or "ascii". */
  encoding?: string | null;
  /** "strict" (the default: bad data is a RangeError) or "replace". */
  errors?: string | null;
  /** As Python's: null (the default), "", "\n", "\r" or "\r\n". */
  newline?: Newline;
}

const NEWLINES = new Set<unknown>([null, undefined, "", "\n", "\r", "\r\n"]);

/** Python's socket.makefile(mode, buffering, *, encoding, errors, newline). */
export function makeFile(
  sock: SocketType,
  mode: unknown,
  buffering: unknown,
  options: unknown,
): SocketIO | BufferedSocketFile | TextSocketFile {
  if (typeof mode !== "string")
    throw new TypeError(`makefile() mode must be a string, got ${describe(mode)}`);
  if (![...mode].every((c) => c === "r" || c === "w" || c === "b"))
    throw new RangeError(`invalid mode '${mode}' (only r, w, b allowed)`);
  let size = buffering === null || buffering === undefined ? -1 : cInt(buffering, "buffering");
  if (options !== undefined && (typeof options !== "object" || options === null))
    throw new TypeError(`makefile() options must be an object, got ${describe(options)}`);
  const { encoding, errors, newline } = (options ?? {}) as TextOptions; // each read once
  if (encoding !== undefined && encoding !== null && typeof encoding !== "string")
    throw new TypeError(`encoding must be a string, got ${describe(encoding)}`);
  if (errors !== undefined && errors !== null && typeof errors !== "string")
    throw new TypeError(`errors must be a string, got ${describe(errors)}`);
  if (newline !== null && newline !== undefined && typeof newline !== "string")
    throw new TypeError(`illegal newline type: ${describe(newline)}`);
  if (!NEWLINES.has(newline)) throw new RangeError(`illegal newline value: ${describe(newline)}`);
  const writing = mode.includes("w");
  const reading = mode.includes("r") || !writing;
  const binary = mode.includes("b");
  if (size < 0) size = DEFAULT_BUFFER_SIZE;
  if (size === 0 && !binary) throw new RangeError("unbuffered streams must be binary");
  if (binary && (encoding != null || errors != null || newline != null))
    throw new RangeError("binary mode doesn't take an encoding, errors or newline argument");
  // An unknown encoding or handler is refused before the socket is held.
  const codec = binary ? null : textCodec(encoding ?? "utf-8", errors ?? "strict");
  const raw = new SocketIO(sock, reading, writing);
  if (size === 0) return raw;
  const buffered = new BufferedSocketFile(raw, size);
  if (!codec) return buffered;
  return new TextSocketFile(buffered, mode, codec, errors ?? "strict", newline ?? null);
}
