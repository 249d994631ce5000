// The exceptions of the specification: socket.error, herror, gaierror and timeout, as SocketError and
// its subclasses, with Node-style `code`s.
import { constants, hostTarget } from "./platform/bindings.js";
import { C, ERR, errorCode, net, netdb, strerror } from "./platform/seam.js";

/** Where a failed call was aimed: Node's `address`/`port` (connect, bind, sendto) or `hostname` (resolver). */
export interface ErrorContext {
  address?: string;
  port?: number;
  hostname?: string;
}

/**
 * socket.error: `errno` and `strerror` from the system, `code` as Node names it ('ECONNREFUSED'),
 * `syscall`, and where it was aimed when that is known: `address` and `port` for connect, bind and
 * sendto, `hostname` for the resolver. The message is Python's, followed by Node's context:
 * "[Errno 111] Connection refused (connect ECONNREFUSED 127.0.0.1:5000)". On Windows `errno` is the
 * Winsock code (10061), as CPython reports it, and `code` drops the WSA prefix.
 */
export class SocketError extends Error {
  readonly errno: number;
  readonly strerror: string;
  readonly code: string;
  /** The system call or function that failed, e.g. "connect". */
  declare readonly syscall?: string;
  /** The address the call was aimed at: IP address text, a path, or the address as text. */
  declare readonly address?: string;
  /** The port, for IP addresses. */
  declare readonly port?: number;
  /** The host name a resolver call was asked about. */
  declare readonly hostname?: string;

  constructor(errno: number, message?: string, syscall?: string, code?: string, context: ErrorContext = {}) {
    const text = message ?? strerror(errno);
    const name = code ?? errorCode(errno);
    const where =
      context.hostname ??
      (context.address === undefined
        ? undefined
        : context.port === undefined
          ? context.address
          : `${context.address}:${context.port}`);
    const detail = syscall ? [syscall, name, where].filter((x) => x !== undefined && x !== "").join(" ") : "";
    super(`[Errno ${errno}] ${text}${detail ? ` (${detail})` : ""}`);
    this.name = "SocketError";
    this.errno = errno;
    this.strerror = text;
    this.code = name;
    if (syscall) this.syscall = syscall;
    if (context.address !== undefined) this.address = context.address;
    if (context.port !== undefined) this.port = context.port;
    if (context.hostname !== undefined) this.hostname = context.hostname;
  }
}

/** herror: resolver errors reported through h_errno (gethostbyname*, gethostbyaddr). */
export class HostError extends SocketError {
  constructor(hErrno: number, syscall?: string, hostname?: string) {
    super(
      hErrno,
      netdb.hstrerror(hErrno),
      syscall,
      hostCode(hErrno),
      hostname === undefined ? {} : { hostname },
    );
    this.name = "HostError";
  }
}

function hostCode(h: number): string {
  if (h === C.HOST_NOT_FOUND) return "HOST_NOT_FOUND";
  if (h === C.TRY_AGAIN) return "TRY_AGAIN";
  if (h === C.NO_RECOVERY) return "NO_RECOVERY";
  if (h === C.NO_DATA) return "NO_DATA";
  return `H_ERRNO_${h}`;
}

const EAI_NAMES = new Map<number, string>(
  (constants.families.EAI as readonly string[]).map((n) => [
    (constants as unknown as Record<string, number>)[n],
    n,
  ]),
);

/** gaierror: getaddrinfo/getnameinfo failures; `errno` is the EAI_* value, the message gai_strerror's. */
export class GaiError extends SocketError {
  constructor(eai: number, syscall?: string, hostname?: string) {
    super(
      eai,
      net.gaiStrerror(eai),
      syscall,
      EAI_NAMES.get(eai) ?? `EAI_${eai}`,
      hostname === undefined ? {} : { hostname },
    );
    this.name = "GaiError";
  }
}

/** timeout: a socket in timeout mode ran out of time. The message is always "timed out". */
export class SocketTimeoutError extends SocketError {
  constructor(syscall?: string) {
    super(ERR.TIMEDOUT, "timed out", syscall, "ETIMEDOUT");
    this.name = "SocketTimeoutError";
    this.message = "timed out";
  }
}

/** The error for a platform-specific function called on another target: it names the target. */
export function notOnThisTarget(what: string, availableOn = "Windows"): SocketError {
  return new SocketError(
    ERR.OPNOTSUPP,
    `${what} is ${availableOn}-only; bsdsock is running on ${hostTarget}`,
    what,
  );
}
