// sendmsg/recvmsg at the byte level: struct msghdr, its iovec array and the control (ancillary) buffer,
// laid out from the generated layouts with the addresses of the JS buffers themselves (no copies of
// the data). Ancillary items are Python's [level, type, data]; CMSG_LEN/CMSG_SPACE follow <sys/socket.h>
// (the header's macros are function-like, so they are computed here from struct cmsghdr's layout).
import koffi from "koffi";
import { notOnThisTarget } from "./errors.js";
import { constants, layouts } from "./platform/bindings.js";
import { bytes, cInt, copyOf, describe, fd as fdArg, items, stillThere, type Bytes } from "./validate.js";

/** An ancillary data item as Python gives it: [cmsg_level, cmsg_type, data]. */
export type AncillaryItem = [level: number, type: number, data: Buffer];
/** An ancillary data item to send: [cmsg_level, cmsg_type, data] with data as any bytes. */
export type AncillaryInput = readonly [level: number, type: number, data: Uint8Array];

// POSIX only (Windows has WSASendMsg behind an extension pointer, and Python offers neither there).
/** Whether this target has sendmsg/recvmsg's structs (POSIX). */
export const HAS_MSG = "cmsghdr" in layouts && "msghdr" in layouts;
const HDR = layouts.cmsghdr ?? { size: 16, align: 8, fields: {} };
const IOV = layouts.iovec;
const MSG = layouts.msghdr;
/** CMSG_ALIGN rounds up to cmsghdr's own alignment (that of size_t). */
const ALIGN = HDR.align;
const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
/** CMSG_LEN(0): where the data of an item starts. */
const DATA_OFFSET = align(HDR.size);
/** The largest lengths CPython accepts: CMSG_LEN up to INT_MAX, CMSG_SPACE up to INT_MAX - CMSG_SPACE(1). */
const MAX_LEN_DATA = 0x7fffffff - DATA_OFFSET;
const MAX_SPACE_DATA = 0x7fffffff - DATA_OFFSET - ALIGN;

/** Throws, naming the target, where messages with ancillary data do not exist. */
export function needMessages(what: string): void {
  if (!HAS_MSG) throw notOnThisTarget(what, "POSIX");
}

function checkLength(length: unknown, fn: string, max: number): number {
  needMessages(`${fn}()`);
  if (typeof length !== "number" || !Number.isInteger(length))
    throw new TypeError(`${fn}() length must be an integer, got ${describe(length)}`);
  if (length < 0 || length > max) throw new RangeError(`${fn}() argument out of range (0-${max}): ${length}`);
  return length;
}

/** CMSG_LEN: the cmsg_len of an item carrying `length` bytes of data. */
export function cmsgLen(length: number): number {
  return DATA_OFFSET + checkLength(length, "cmsgLen", MAX_LEN_DATA);
}

/** CMSG_SPACE: the room an item carrying `length` bytes takes in the control buffer, padding included. */
export function cmsgSpace(length: number): number {
  return DATA_OFFSET + align(checkLength(length, "cmsgSpace", MAX_SPACE_DATA));
}

function writeSize(b: Buffer, field: { offset: number; size: number }, v: number | bigint): void {
  if (field.size === 8) b.writeBigUInt64LE(BigInt(v), field.offset);
  else b.writeUInt32LE(Number(v), field.offset);
}

function readSize(b: Buffer, offset: number, size: number): number {
  return size === 8 ? Number(b.readBigUInt64LE(offset)) : b.readUInt32LE(offset);
}

/** A view's address (koffi takes it from the engine); 0 for no bytes. `length` is the one captured. */
const address = (b: ArrayBufferView, length: number): bigint => (length > 0 ? koffi.address(b) : 0n);

/**
 * One msghdr with everything it points to. The buffers are referenced from here, so they stay alive
 * for as long as the call that uses `header` runs; their addresses are written into the iovec at each
 * attempt (prepare), after checking the memory is still there — an async call runs later, and an
 * ArrayBuffer may have been transferred or shrunk meanwhile.
 */
export class Message {
  readonly header: Buffer = Buffer.alloc(MSG.size);
  readonly #iov: Buffer;
  /** The bytes the buffers hold, together (what a receive asks for). */
  readonly size: number;

  constructor(
    readonly buffers: readonly Bytes[],
    readonly control: Buffer,
    readonly name: Buffer | null,
  ) {
    this.#iov = Buffer.alloc(IOV.size * Math.max(1, buffers.length));
    this.size = buffers.reduce((n, b) => n + b.length, 0);
  }

  /** Points the header at everything, afresh (the kernel also rewrites its in/out fields). */
  prepare(what: string): void {
    this.buffers.forEach((b, i) => {
      stillThere(b, what);
      const at = i * IOV.size;
      writeSize(
        this.#iov,
        { offset: at + IOV.fields.iov_base.offset, size: IOV.fields.iov_base.size },
        address(b.view, b.length),
      );
      writeSize(
        this.#iov,
        { offset: at + IOV.fields.iov_len.offset, size: IOV.fields.iov_len.size },
        b.length,
      );
    });
    const h = this.header;
    writeSize(h, MSG.fields.msg_name, this.name ? address(this.name, this.name.length) : 0n);
    writeSize(h, MSG.fields.msg_namelen, this.name ? this.name.length : 0);
    writeSize(h, MSG.fields.msg_iov, address(this.#iov, this.#iov.length));
    writeSize(h, MSG.fields.msg_iovlen, this.buffers.length);
    writeSize(h, MSG.fields.msg_control, address(this.control, this.control.length));
    writeSize(h, MSG.fields.msg_controllen, this.control.length);
    h.writeInt32LE(0, MSG.fields.msg_flags.offset);
  }

  get namelen(): number {
    return readSize(this.header, MSG.fields.msg_namelen.offset, MSG.fields.msg_namelen.size);
  }

  get flags(): number {
    return this.header.readInt32LE(MSG.fields.msg_flags.offset);
  }

  /** The ancillary items the kernel wrote; a truncated last item keeps the data that arrived. */
  ancillary(): AncillaryItem[] {
    const len = readSize(this.header, MSG.fields.msg_controllen.offset, MSG.fields.msg_controllen.size);
    const c = this.control;
    const end = Math.min(len, c.length);
    const items: AncillaryItem[] = [];
    for (let at = 0; at + HDR.size <= end;) {
      const cmsgLen = readSize(c, at + HDR.fields.cmsg_len.offset, HDR.fields.cmsg_len.size);
      if (cmsgLen < DATA_OFFSET) break;
      const level = c.readInt32LE(at + HDR.fields.cmsg_level.offset);
      const type = c.readInt32LE(at + HDR.fields.cmsg_type.offset);
      const dataEnd = Math.min(at + cmsgLen, end);
      items.push([
        level,
        type,
        Buffer.from(c.subarray(at + DATA_OFFSET, Math.max(at + DATA_OFFSET, dataEnd))),
      ]);
      at += align(cmsgLen);
    }
    return items;
  }
}

/** Lays out Python's ancdata ([level, type, data] items, each read once) as a control buffer. */
export function encodeAncillary(ancdata: unknown): Buffer {
  const list = items(ancdata, "ancdata").map((item) => {
    if (!Array.isArray(item))
      throw new TypeError(`each ancillary item must be [level, type, data], got ${describe(item)}`);
    const [level, type, data, ...rest] = items(item, "ancillary item");
    if (rest.length || data === undefined)
      throw new TypeError(`each ancillary item must be [level, type, data], got ${describe(item)}`);
    const data_ = bytes(data, "ancillary data");
    return { level: cInt(level, "cmsg_level"), type: cInt(type, "cmsg_type"), data: copyOf(data_) };
  });
  const control = Buffer.alloc(list.reduce((n, i) => n + cmsgSpace(i.data.length), 0));
  let at = 0;
  for (const { level, type, data } of list) {
    writeSize(
      control,
      { offset: at + HDR.fields.cmsg_len.offset, size: HDR.fields.cmsg_len.size },
      cmsgLen(data.length),
    );
    control.writeInt32LE(level, at + HDR.fields.cmsg_level.offset);
    control.writeInt32LE(type, at + HDR.fields.cmsg_type.offset);
    control.set(data, at + DATA_OFFSET);
    at += cmsgSpace(data.length);
  }
  return control;
}

/** SCM_RIGHTS data for `fds` (C ints in host order). */
export function rightsData(fds: unknown): Buffer {
  const list = items(fds, "fds").map((v) => fdArg(v, "fds item"));
  return Buffer.from(Int32Array.from(list).buffer);
}

/** The fds of every SCM_RIGHTS item (whole C ints only, as CPython's recv_fds reads them). */
export function rightsOf(items: readonly AncillaryItem[]): number[] {
  const fds: number[] = [];
  for (const [level, type, data] of items) {
    if (level !== constants.SOL_SOCKET || type !== constants.SCM_RIGHTS) continue;
    for (let at = 0; at + 4 <= data.length; at += 4) fds.push(data.readInt32LE(at));
  }
  return fds;
}
