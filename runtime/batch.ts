// Batched datagrams at the byte level: the slots sendmmsg/recvmmsg work on, and the struct mmsghdr
// array over them, laid out from the generated layouts. A batch's datagrams live either in an arena of
// its own (sendmmsg copies them in at the call; recvmmsg copies them out after it), whose addresses are
// written once, or in the caller's buffers (recvmmsgInto), whose addresses are taken at each attempt
// after checking the memory is still there. Where the target has no mmsghdr (Windows, macOS) the same
// slots are sent or received one datagram at a time (socket/batch-ops.ts).
import koffi from "koffi";
import { SOCKADDR_MAX } from "./address/codec.js";
import { readHost32 } from "./platform/byteorder.js";
import { layouts } from "./platform/bindings.js";
import { bufferOf, offsetOf, stillThere, type Bytes } from "./validate.js";

type Field = { offset: number; size: number };
type Layout = { size: number; fields: Record<string, Field> };
const all = layouts as unknown as Record<string, Layout | undefined>;

/** Whether this target has sendmmsg/recvmmsg's struct mmsghdr (Linux). */
export const HAS_MMSG = all.mmsghdr !== undefined && all.msghdr !== undefined && all.iovec !== undefined;

/** Linux's UIO_MAXIOV: the most datagrams one sendmmsg/recvmmsg takes (the kernel caps vlen there). */
export const MAX_BATCH = 1024;

// Every target is little-endian (x64, arm64, armhf), as message.ts's writes also assume: a 64-bit
// field is its low word, then its high word.

/** A count (under 2^32) into a 4- or 8-byte field, without BigInt. */
function writeWord(b: Buffer, at: number, size: number, v: number): void {
  b.writeUInt32LE(v >>> 0, at);
  if (size === 8) b.writeUInt32LE(0, at + 4);
}

/**
 * Writes the address `base + offset` into a pointer-sized field without BigInt arithmetic per slot:
 * the base is split into 32-bit halves once (halves()), the offset added with its carry.
 */
function writeAddress(
  b: Buffer,
  at: number,
  size: number,
  [lo, hi]: readonly [number, number],
  offset: number,
): void {
  const sum = lo + offset;
  b.writeUInt32LE(sum >>> 0, at);
  if (size === 8) b.writeUInt32LE((hi + Math.floor(sum / 0x100000000)) >>> 0, at + 4);
}

const halves = (address: bigint): [number, number] => [Number(address & 0xffffffffn), Number(address >> 32n)];

function readWord(b: Buffer, at: number, size: number): number {
  return size === 8 ? Number(b.readBigUInt64LE(at)) : b.readUInt32LE(at);
}

/** Where the datagrams' bytes are: one arena with each slot's start and length, or caller views. */
export type SlotMemory = { arena: Buffer; starts: Uint32Array; lengths: Uint32Array } | { views: Bytes[] };

export class Batch {
  readonly count: number;
  /** After a call: each slot's byte count, address length and msg_flags (MSG_TRUNC, …). */
  readonly got: Uint32Array;
  readonly gotName: Uint32Array;
  readonly gotFlags: Int32Array;
  readonly #memory: SlotMemory;
  /** Each slot's sockaddr: the one to send to, or room for the sender's (SOCKADDR_MAX bytes apart). */
  readonly #names: Buffer | null;
  readonly #nameLengths: Uint32Array;
  readonly #receiving: boolean;
  // The mmsghdr array and the iovecs it points to (Linux).
  readonly #vector: Buffer;
  readonly #iovs: Buffer;
  /** The arena's and the names' addresses, in 32-bit halves (they never move). */
  #arenaAt: [number, number] = [0, 0];
  #namesAt: [number, number] = [0, 0];

  constructor(memory: SlotMemory, names: Buffer | null, nameLengths: Uint32Array, receiving: boolean) {
    this.#memory = memory;
    this.count = "views" in memory ? memory.views.length : memory.starts.length;
    this.#names = names;
    this.#nameLengths = nameLengths;
    this.#receiving = receiving;
    this.got = new Uint32Array(this.count);
    this.gotName = new Uint32Array(this.count);
    this.gotFlags = new Int32Array(this.count);
    if (!HAS_MMSG) {
      this.#vector = this.#iovs = Buffer.alloc(0);
      return;
    }
    const M = all.mmsghdr!;
    const H = all.msghdr!.fields;
    const I = all.iovec!;
    this.#iovs = Buffer.alloc(I.size * this.count);
    this.#vector = Buffer.alloc(M.size * this.count);
    // The batch's own memory outlives every call made with it (the operation holds the batch), so
    // its addresses are written once; caller views are pointed at each attempt (point()).
    const iovAt = halves(this.count > 0 ? koffi.address(this.#iovs) : 0n);
    const namesAt = (this.#namesAt = halves(names && names.length > 0 ? koffi.address(names) : 0n));
    const arenaAt = (this.#arenaAt = halves(
      "arena" in memory && memory.arena.length > 0 ? koffi.address(memory.arena) : 0n,
    ));
    const v = this.#vector;
    for (let i = 0; i < this.count; i++) {
      const h = i * M.size + M.fields.msg_hdr!.offset;
      writeAddress(v, h + H.msg_iov!.offset, H.msg_iov!.size, iovAt, i * I.size);
      writeWord(v, h + H.msg_iovlen!.offset, H.msg_iovlen!.size, 1);
      if (names && nameLengths[i]! > 0)
        writeAddress(v, h + H.msg_name!.offset, H.msg_name!.size, namesAt, i * SOCKADDR_MAX);
      writeWord(v, h + H.msg_namelen!.offset, H.msg_namelen!.size, nameLengths[i]!);
      if ("arena" in memory) this.#pointIov(i, arenaAt, memory.starts[i]!, memory.lengths[i]!);
    }
  }

  /** Points iovec i at `base + offset`, `length` bytes (a null pointer for none). */
  #pointIov(i: number, base: readonly [number, number], offset: number, length: number): void {
    const I = all.iovec!;
    const at = i * I.size;
    if (length > 0)
      writeAddress(this.#iovs, at + I.fields.iov_base!.offset, I.fields.iov_base!.size, base, offset);
    else writeWord(this.#iovs, at + I.fields.iov_base!.offset, I.fields.iov_base!.size, 0);
    writeWord(this.#iovs, at + I.fields.iov_len!.offset, I.fields.iov_len!.size, length);
  }

  /**
   * Fills this send batch again with `datagrams` and their addresses, copied in, when they fit: as many
   * as it has slots, within its arena, with addresses only if it has room for them. Whether it could.
   */
  refill(datagrams: readonly Bytes[], addresses: readonly (Buffer | null)[]): boolean {
    const m = this.#memory;
    if (this.#receiving || !("arena" in m) || datagrams.length !== this.count) return false;
    let total = 0;
    for (const d of datagrams) total += d.length;
    if (total > m.arena.length || (!this.#names && addresses.some((a) => a !== null))) return false;
    const M = all.mmsghdr;
    const H = all.msghdr?.fields;
    for (let i = 0, at = 0; i < this.count; i++) {
      const d = datagrams[i]!;
      m.arena.set(new Uint8Array(bufferOf(d.view), offsetOf(d.view), d.length), at);
      m.starts[i] = at;
      m.lengths[i] = d.length;
      if (HAS_MMSG) this.#pointIov(i, this.#arenaAt, at, d.length);
      at += d.length;
      if (!this.#names) continue;
      const a = addresses[i] ?? null;
      this.#nameLengths[i] = a ? a.length : 0;
      if (a) a.copy(this.#names, i * SOCKADDR_MAX);
      if (!HAS_MMSG) continue;
      // No address: a NULL msg_name (a non-NULL one with length 0 is EINVAL for UDP).
      const h = i * M!.size + M!.fields.msg_hdr!.offset;
      if (a)
        writeAddress(
          this.#vector,
          h + H!.msg_name!.offset,
          H!.msg_name!.size,
          this.#namesAt,
          i * SOCKADDR_MAX,
        );
      else writeWord(this.#vector, h + H!.msg_name!.offset, H!.msg_name!.size, 0);
      writeWord(this.#vector, h + H!.msg_namelen!.offset, H!.msg_namelen!.size, this.#nameLengths[i]!);
    }
    return true;
  }

  /** Slot i's memory: what to send, or where to receive. */
  slot(i: number): Uint8Array {
    const m = this.#memory;
    if ("views" in m) return m.views[i]!.view as Uint8Array;
    return m.arena.subarray(m.starts[i]!, m.starts[i]! + m.lengths[i]!);
  }

  /** Slot i's byte count to send or room to receive (a caller view's length as captured). */
  length(i: number): number {
    const m = this.#memory;
    return "views" in m ? m.views[i]!.length : m.lengths[i]!;
  }

  /** Slot i's sockaddr (the whole room for a receive), or null: a connected socket's datagram. */
  name(i: number): Buffer | null {
    if (!this.#names || this.#nameLengths[i] === 0) return null;
    return this.#names.subarray(i * SOCKADDR_MAX, i * SOCKADDR_MAX + this.#nameLengths[i]!);
  }

  /** Caller views only: checks each is still all there (detached or shrunk while waiting). */
  verify(what: string): void {
    const m = this.#memory;
    if ("views" in m) for (const v of m.views) stillThere(v, what);
  }

  /**
   * The mmsghdr array from slot `from` on, ready for a call: caller views pointed at afresh (verify()
   * first), and for a receive the room for each address and the flags reset (the kernel rewrites them).
   */
  vector(from: number): Buffer {
    const M = all.mmsghdr!;
    const H = all.msghdr!.fields;
    const m = this.#memory;
    for (let i = from; i < this.count; i++) {
      if ("views" in m) {
        const v = m.views[i]!;
        this.#pointIov(i, halves(v.length > 0 ? koffi.address(v.view) : 0n), 0, v.length);
      }
      if (!this.#receiving) continue;
      const h = i * M.size + M.fields.msg_hdr!.offset;
      writeWord(this.#vector, h + H.msg_namelen!.offset, H.msg_namelen!.size, this.#nameLengths[i]!);
      this.#vector.writeInt32LE(0, h + H.msg_flags!.offset);
    }
    return from === 0 ? this.#vector : this.#vector.subarray(from * M.size);
  }

  /** After a call that moved `n` datagrams from slot `from` on: what the kernel wrote for each. */
  collect(from: number, n: number): void {
    const M = all.mmsghdr!;
    const H = all.msghdr!.fields;
    for (let i = from; i < from + n; i++) {
      const h = i * M.size + M.fields.msg_hdr!.offset;
      this.got[i] = readHost32(this.#vector, i * M.size + M.fields.msg_len!.offset);
      this.gotName[i] = readWord(this.#vector, h + H.msg_namelen!.offset, H.msg_namelen!.size);
      this.gotFlags[i] = this.#vector.readInt32LE(h + H.msg_flags!.offset);
    }
  }
}

/** Datagrams to send: their bytes copied into one arena now, and where given, their encoded addresses. */
export function sendBatch(datagrams: readonly Bytes[], addresses: readonly (Buffer | null)[]): Batch {
  const count = datagrams.length;
  const starts = new Uint32Array(count);
  const lengths = new Uint32Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = total;
    lengths[i] = datagrams[i]!.length;
    total += datagrams[i]!.length;
  }
  const arena = Buffer.allocUnsafe(total);
  for (let i = 0; i < count; i++) {
    // The engine's own view of the caller's memory (validate.ts), never its claimed properties.
    const d = datagrams[i]!;
    arena.set(new Uint8Array(bufferOf(d.view), offsetOf(d.view), d.length), starts[i]);
  }
  const nameLengths = new Uint32Array(count);
  let names: Buffer | null = null;
  addresses.forEach((a, i) => {
    if (a === null) return;
    names ??= Buffer.alloc(count * SOCKADDR_MAX);
    a.copy(names, i * SOCKADDR_MAX);
    nameLengths[i] = a.length;
  });
  return new Batch({ arena, starts, lengths }, names, nameLengths, false);
}

/** Room to receive `count` datagrams, each into `bufsize` bytes of an arena or into a caller view. */
export function recvBatch(memory: { count: number; bufsize: number } | { views: Bytes[] }): Batch {
  let slots: SlotMemory;
  if ("views" in memory) slots = memory;
  else {
    const { count, bufsize } = memory;
    const starts = new Uint32Array(count);
    for (let i = 0; i < count; i++) starts[i] = i * bufsize;
    slots = {
      arena: Buffer.allocUnsafe(count * bufsize),
      starts,
      lengths: new Uint32Array(count).fill(bufsize),
    };
  }
  const count = "views" in slots ? slots.views.length : slots.starts.length;
  return new Batch(
    slots,
    Buffer.alloc(count * SOCKADDR_MAX),
    new Uint32Array(count).fill(SOCKADDR_MAX),
    true,
  );
}
