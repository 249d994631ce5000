// UDP segmentation offload (GSO) and receive coalescing (GRO) behind two calls. sendSegments hands the
// kernel one buffer and a segment size (a UDP_SEGMENT control message), and it sends equal datagrams;
// recvSegments reads what GRO coalesced (UDP_GRO, enabled by the caller with setsockopt) and splits it
// by the segment size the kernel reports. Where a target or kernel has neither (Windows, macOS, a
// kernel before 4.18/5.0, UDP-Lite, a route without checksum offload) the same calls send the segments
// with sendmmsg and receive one datagram at a time. Each call is written once, as a plan of socket
// calls that a sync or an async driver carries out.
import { SocketError } from "./errors.js";
import { HAS_MSG, type AncillaryItem } from "./message.js";
import { readHost32, writeHost16 } from "./platform/byteorder.js";
import { C } from "./platform/seam.js";
import type { SocketAddress } from "./address/codec.js";
import { bufferOf, intIn, offsetOf, readable, type Bytes } from "./validate.js";

const K = C as unknown as Record<string, number | undefined>;
const UDP_SEGMENT = K.UDP_SEGMENT;
const UDP_GRO = K.UDP_GRO;
const SOL_UDP = K.SOL_UDP ?? K.IPPROTO_UDP!;
/** The most segments one GSO send takes (the kernel's UDP_MAX_SEGMENTS, 64 before Linux 6.x). */
const MAX_SEGMENTS = 64;
/** The most payload one UDP datagram (and so one GSO send) carries over IPv4. */
const MAX_UDP_PAYLOAD = 65507;
/** recvSegments' room for ancillary data: UDP_GRO's item and whatever socket-level items come first. */
const ANCILLARY_ROOM = 512;

/** What a plan asks of the socket; the driver answers with the call's result or throws its error in. */
export type SegmentCall =
  | { call: "sendmsg"; buffers: [Uint8Array]; ancdata: [number, number, Buffer][]; flags: number }
  | { call: "sendmmsg"; datagrams: Uint8Array[]; flags: number }
  | { call: "recvmsg"; bufsize: number; ancbufsize: number; flags: number }
  | { call: "recvfrom"; bufsize: number; flags: number }
  | { call: "getsockopt"; level: number; option: number };

/** Whether each socket's kernel takes GSO: asked once (probe), or learned from a refusal (EIO). */
const gso = new WeakMap<object, boolean>();

/**
 * The kernel's word that this send cannot be segmented (UDP-Lite, a route without checksum offload):
 * EIO, from GSO alone. Anything else (EINVAL for port 0, say) is the caller's error and surfaces.
 */
const refusesGso = (e: unknown): boolean => e instanceof SocketError && e.code === "EIO";

export interface SegmentArgs {
  data: Bytes;
  segmentSize: number;
}

export function segmentArgs(data: unknown, segmentSize: unknown, fn: string): SegmentArgs {
  const size = intIn(segmentSize, "segmentSize", 1, MAX_UDP_PAYLOAD);
  return { data: readable(data, `${fn}() data`), segmentSize: size };
}

/**
 * sendSegments as a plan: `data` (copied at the call) in datagrams of `segmentSize` bytes, the last one
 * shorter if need be, in GSO sends of at most 64 segments and one datagram's payload, or with sendmmsg.
 * Its value is the bytes sent; every byte is sent or an error is thrown.
 */
export function* sendPlan(
  socket: object,
  { data, segmentSize }: SegmentArgs,
  flags: number,
): Generator<SegmentCall, number, number> {
  // Copied at the call (the engine's view of the caller's memory): later sends cannot see it change.
  const bytes = Buffer.from(new Uint8Array(bufferOf(data.view), offsetOf(data.view), data.length));
  if (bytes.length === 0) {
    yield { call: "sendmmsg", datagrams: [bytes], flags };
    return 0;
  }
  const perSend =
    segmentSize * Math.max(1, Math.min(MAX_SEGMENTS, Math.floor(MAX_UDP_PAYLOAD / segmentSize)));
  let sent = 0;
  while (sent < bytes.length) {
    const part = bytes.subarray(sent, sent + perSend);
    if (part.length > segmentSize && UDP_SEGMENT !== undefined && HAS_MSG && gso.get(socket) !== false) {
      if (!gso.has(socket)) {
        // Before Linux 4.18 the kernel ignores a UDP_SEGMENT item it does not know (and sends one big
        // datagram): ask it first. Its getsockopt answers only where GSO exists.
        try {
          yield { call: "getsockopt", level: SOL_UDP, option: UDP_SEGMENT };
          gso.set(socket, true);
        } catch (e) {
          if (!(e instanceof SocketError)) throw e;
          gso.set(socket, false);
          continue;
        }
      }
      const size = Buffer.alloc(2);
      writeHost16(size, segmentSize, 0);
      try {
        sent += yield { call: "sendmsg", buffers: [part], ancdata: [[SOL_UDP, UDP_SEGMENT, size]], flags };
        continue;
      } catch (e) {
        if (!refusesGso(e)) throw e;
        gso.set(socket, false);
      }
    }
    const datagrams: Uint8Array[] = [];
    for (let at = 0; at < part.length; at += segmentSize) datagrams.push(part.subarray(at, at + segmentSize));
    for (let i = 0; i < datagrams.length;)
      i += yield { call: "sendmmsg", datagrams: datagrams.slice(i), flags };
    sent += part.length;
  }
  return sent;
}

/** What recvSegments gives: the datagrams (GRO's split back by their size), the sender, msg_flags. */
export type Segments = [segments: Buffer[], address: SocketAddress | null, msgFlags: number];

/** recvSegments as a plan: one receive, with room for the UDP_GRO item where there is one. */
export function* recvPlan(bufsize: number, flags: number): Generator<SegmentCall, Segments, unknown> {
  if (UDP_GRO === undefined || !HAS_MSG) {
    const [data, address] = (yield { call: "recvfrom", bufsize, flags }) as [Buffer, SocketAddress | null];
    return [[data], address, 0];
  }
  const [data, ancdata, msgFlags, address] = (yield {
    call: "recvmsg",
    bufsize,
    // Room for the socket-level items the kernel writes first (SO_TIMESTAMP*, SO_RXQ_OVFL, SO_MARK):
    // were UDP_GRO's cut off, a coalesced datagram would read as one (MSG_CTRUNC would say so).
    ancbufsize: ANCILLARY_ROOM,
    flags,
  }) as [Buffer, AncillaryItem[], number, SocketAddress | null];
  const gro = ancdata.find(([level, type, d]) => level === SOL_UDP && type === UDP_GRO && d.length >= 4);
  const size = gro ? readHost32(gro[2], 0) : 0;
  if (size === 0 || size >= data.length) return [[data], address, msgFlags];
  const segments: Buffer[] = [];
  for (let at = 0; at < data.length; at += size) segments.push(data.subarray(at, at + size));
  return [segments, address, msgFlags];
}
