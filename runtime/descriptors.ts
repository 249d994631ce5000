// Python's module-level functions on file descriptors and the host: dup(fd), close(fd), sethostname().
import { notOnThisTarget, SocketError } from "./errors.js";
import { closeFd, ERR, lastError, sethostname as setName, sys } from "./platform/seam.js";
import { bytes, copyOf, describe, fd as fdArg } from "./validate.js";

/** A duplicate of socket fd `fd`, not inherited by child processes (socket.dup in Python). */
export function dup(fd: number): number {
  const d = sys.dup(fdArg(fd));
  if (d < 0) throw new SocketError(lastError(), undefined, "dup");
  return d;
}

/** Closes socket fd `fd`; as in CPython, ECONNRESET is no error (socket.close in Python). */
export function close(fd: number): void {
  const err = closeFd(fdArg(fd));
  if (err && err !== ERR.CONNRESET) throw new SocketError(err, undefined, "close");
}

/** Sets this host's name (POSIX; needs CAP_SYS_ADMIN in its UTS namespace). A string goes as UTF-8. */
export function sethostname(name: string | ArrayBufferView): void {
  if (!setName) throw notOnThisTarget("sethostname()", "POSIX");
  let b: Buffer;
  if (typeof name === "string") b = Buffer.from(name, "utf8");
  else {
    try {
      b = copyOf(bytes(name, "name"));
    } catch {
      throw new TypeError(`sethostname() needs a string or bytes, got ${describe(name)}`);
    }
  }
  const err = setName(b);
  if (err) throw new SocketError(err, undefined, "sethostname");
}
