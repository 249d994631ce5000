// What the POSIX seam does differently on the BSDs (macOS), decided from the loaded bindings rather than
// a platform name: the constants and functions a target's headers define say which calls it has.
// Pure, so tests check it against every target's generated bindings on any host.
import type { FieldAt } from "../../address/sockaddr.js";

/** The POSIX seam's choices for one target. */
export interface PosixFlavor {
  /** socket()'s close-on-exec type flag; 0 where there is none (BSD: fcntl FD_CLOEXEC after the call). */
  readonly SOCK_CLOEXEC: number;
  /** socket()'s non-blocking type flag; 0 where there is none. */
  readonly SOCK_NONBLOCK: number;
  /**
   * accept4() is bound: the new fd is close-on-exec at once and blocking. Without it, accept() and
   * fcntl: on the BSDs accept() passes the listener's O_NONBLOCK on, which is cleared.
   */
  readonly accept4: boolean;
  /** The per-call flag that keeps a send from raising SIGPIPE; 0 where a socket option does it. */
  readonly NOSIGNAL: number;
  /** SO_NOSIGPIPE, set on every new socket where the target has it (it replaces NOSIGNAL there). */
  readonly NOSIGPIPE: number | undefined;
  /** recvmsg's flag that makes received fds close-on-exec; 0 where they are marked after the call. */
  readonly CMSG_CLOEXEC: number;
}

/** The flavor of a target with these constants and bound functions. */
export function posixFlavor(constants: { readonly [name: string]: unknown }, functions: object): PosixFlavor {
  const int = (name: string): number | undefined => {
    const v = constants[name];
    return typeof v === "number" ? v : undefined;
  };
  const NOSIGPIPE = int("SO_NOSIGPIPE");
  return {
    SOCK_CLOEXEC: int("SOCK_CLOEXEC") ?? 0,
    SOCK_NONBLOCK: int("SOCK_NONBLOCK") ?? 0,
    accept4: "accept4" in functions,
    NOSIGNAL: NOSIGPIPE === undefined ? (int("MSG_NOSIGNAL") ?? 0) : 0,
    NOSIGPIPE,
    CMSG_CLOEXEC: int("MSG_CMSG_CLOEXEC") ?? 0,
  };
}

/** struct cmsghdr as the generated layouts give it. */
export interface CmsgLayout {
  readonly size: number;
  readonly align: number;
  readonly fields: {
    readonly cmsg_len: FieldAt;
    readonly cmsg_level: FieldAt;
    readonly cmsg_type: FieldAt;
  };
}

/**
 * The fds of every SCM_RIGHTS item in the first `length` bytes of a control buffer laid out as
 * `hdr` says (CMSG_ALIGN is the header's own alignment: 8 on Linux, 4 on macOS), whole ints only.
 */
export function rightsFds(
  control: Uint8Array,
  length: number,
  hdr: CmsgLayout,
  SOL_SOCKET: number,
  SCM_RIGHTS: number,
): number[] {
  const c = Buffer.from(control.buffer, control.byteOffset, control.byteLength);
  const end = Math.min(length, c.length);
  const align = (n: number) => Math.ceil(n / hdr.align) * hdr.align;
  const dataOffset = align(hdr.size);
  const fds: number[] = [];
  for (let at = 0; at + hdr.size <= end;) {
    const lenField = hdr.fields.cmsg_len;
    const len =
      lenField.size === 8
        ? Number(c.readBigUInt64LE(at + lenField.offset))
        : c.readUInt32LE(at + lenField.offset);
    if (len < dataOffset) break;
    const level = c.readInt32LE(at + hdr.fields.cmsg_level.offset);
    const type = c.readInt32LE(at + hdr.fields.cmsg_type.offset);
    if (level === SOL_SOCKET && type === SCM_RIGHTS)
      for (let p = at + dataOffset; p + 4 <= Math.min(at + len, end); p += 4) fds.push(c.readInt32LE(p));
    at += align(len);
  }
  return fds;
}
