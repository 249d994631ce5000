// socket.sendfile and sendfileAsync: a file's bytes over a stream socket from an offset, `count` of
// them or to the end, the file's position left after them as CPython leaves it; the kernel's sendfile(2)
// on Linux and the read-and-send loop where it refuses (procfs) or does not exist (Windows).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { describeWhere, LINUX_PEERS, onLinux, onWindows, peersReachable } from "../helpers/platform.js";
import { hostPath, python } from "../helpers/peers.js";

const dir = mkdtempSync(join(tmpdir(), "bsdsock-sendfile-"));
// Byte i is i % 251: any byte read tells where in the file it came from.
const SIZE = 3 * 1024 * 1024 + 17;
const content = Buffer.from(Array.from({ length: SIZE }, (_, i) => i % 251));
const path = join(dir, "data.bin");
writeFileSync(path, content);
// A file that fits the socket buffers, for sync calls with the receiver on this same thread.
const SMALL = 100_003;
const small = join(dir, "small.bin");
writeFileSync(small, content.subarray(0, SMALL));
const fds: number[] = [];
afterAll(() => fds.forEach((fd) => closeSync(fd)));
const openFile = (file = path): number => {
  const fd = openSync(file, "r");
  fds.push(fd);
  return fd;
};

/** The byte at the file's current position (a read with position null starts there). */
function byteAtPosition(fd: number): number {
  const b = Buffer.alloc(1);
  expect(readSync(fd, b, 0, 1, null)).toBe(1);
  return b[0]!;
}

/** Reads from `s` until the peer closes; bounded in bytes and time. */
async function drain(s: S.SocketType, limit = SIZE + 1): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for (;;) {
    const chunk = await s.recvAsync(256 * 1024);
    if (chunk.length === 0 || (n += chunk.length) > limit) break;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

describe("sendfile", () => {
  it("sends count bytes from offset, returns the count, and leaves the position after them", async () => {
    const [a, b] = S.socketpair();
    const fd = openFile();
    expect(a.sendfile(fd, 1000, 70_000)).toBe(70_000);
    // Windows: Node keeps the position of its fds itself; bsdsock cannot move it there.
    if (!onWindows) expect(byteAtPosition(fd)).toBe((1000 + 70_000) % 251);
    a.close();
    expect((await drain(b)).equals(content.subarray(1000, 71_000))).toBe(true);
    b.close();
  });

  it("to the end of the file by default, sync and async, an fd or a FileHandle", async () => {
    for (const useHandle of [false, true]) {
      // Sync: a file the buffers hold (the receiver runs after the call); async: 3 MiB.
      const [file, size] = useHandle ? [path, SIZE] : [small, SMALL];
      const [a, b] = S.socketpair();
      const handle = useHandle ? await open(file, "r") : null;
      const received = drain(b);
      const sent = handle ? await a.sendfileAsync(handle) : a.sendfile(openFile(file));
      a.close();
      expect(sent).toBe(size);
      expect((await received).equals(content.subarray(0, size))).toBe(true);
      b.close();
      await handle?.close();
    }
    // Past the end: nothing to send.
    using a = S.socketpair()[0];
    expect(a.sendfile(openFile(), SIZE + 10)).toBe(0);
  });

  it("refuses what CPython refuses, before the socket is used", async () => {
    using dgram = S.socket(S.AF_INET, S.SOCK_DGRAM);
    expect(() => dgram.sendfile(openFile())).toThrow(/only SOCK_STREAM/);
    const [a, b] = S.socketpair();
    const fd = openFile();
    expect(() => a.sendfile(fd, 0, 0)).toThrow(RangeError); // count must be positive
    expect(() => a.sendfile(fd, 0, 1.5)).toThrow(TypeError);
    expect(() => a.sendfile(fd, -1)).toThrow(RangeError);
    expect(() => a.sendfile("data.bin" as never)).toThrow(TypeError);
    expect(() => a.sendfile(fd, undefined as never)).toThrow(TypeError); // explicit undefined
    a.setblocking(false);
    expect(() => a.sendfile(fd)).toThrow("non-blocking sockets are not supported");
    a.setblocking(true);
    const handle = await open(path, "r");
    await handle.close();
    expect(() => a.sendfile(handle)).toThrow(expect.objectContaining({ code: "EBADF" }));
    await expect(a.sendfileAsync(handle)).rejects.toMatchObject({ code: "EBADF" });
    a.close();
    expect(() => a.sendfile(fd)).toThrow(expect.objectContaining({ code: "EBADF" }));
    b.close();
  });

  it("the file stays the caller's for the whole call: closing its FileHandle meanwhile cannot swap in another file", async () => {
    const other = join(dir, "other.bin");
    writeFileSync(other, Buffer.alloc(SIZE, 0xee));
    const [a, b] = S.socketpair();
    a.setsockopt(S.SOL_SOCKET, S.SO_SNDBUF, 8192);
    b.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, 8192);
    const handle = await open(path, "r");
    const sending = a.sendfileAsync(handle).then(
      (n) => n,
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 20)); // the socket is full: the call waits
    await handle.close();
    fds.push(openSync(other, "r")); // likely given the number the handle had
    const received = drain(b);
    const outcome = await sending;
    a.close();
    const got = await received;
    if (onWindows) {
      // No duplicate there: the closed handle is an EBADF at the next attempt.
      expect(outcome).toMatchObject({ code: "EBADF" });
    } else {
      expect(outcome).toBe(SIZE);
      expect(got.equals(content)).toBe(true); // never a byte of the other file
    }
    b.close();
  });

  it("a timeout covers the whole call; the position still says what went out", () => {
    // Nobody reads b: the socket buffers fill, then the 200 ms deadline ends the call.
    const [a, b] = S.socketpair();
    // Small buffers (no autotuning): loopback TCP (Windows' pairs) would otherwise take megabytes.
    a.setsockopt(S.SOL_SOCKET, S.SO_SNDBUF, 8192);
    b.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, 8192);
    a.settimeout(0.2);
    const fd = openFile();
    expect(() => a.sendfile(fd)).toThrow(S.SocketTimeoutError);
    a.close();
    // What b holds is what went out; the position is right after it.
    let received = 0;
    for (let i = 0; i < 10_000; i++) {
      const n = b.recv(1 << 20).length;
      if (n === 0) break;
      received += n;
    }
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(SIZE);
    if (!onWindows) expect(byteAtPosition(fd)).toBe(received % 251);
    b.close();
  });
  it("a device is refused: sendfile reads a regular file", () => {
    const [a, b] = S.socketpair();
    using _a = a;
    using _b = b;
    // Windows' null device is a character device there as /dev/zero is here.
    const fd = openFile(onWindows ? "\\\\.\\NUL" : "/dev/zero");
    expect(() => a.sendfile(fd)).toThrow(/regular file/);
  });
});

describeWhere(peersReachable, LINUX_PEERS)("sendfile against python3", () => {
  it("a python3 receiver gets the same bytes python3's own sendfile sends", async () => {
    // python3 sends the file with its sendfile, then receives ours: both digests must be the slice's.
    const peer = python(
      String.raw`
import hashlib, socket, sys
srv = socket.create_server(("127.0.0.1", 0)); print(srv.getsockname()[1], flush=True)
c, _ = srv.accept(); h = hashlib.sha256()
while True:
    d = c.recv(65536)
    if not d: break
    h.update(d)
f = open(sys.argv[1], "rb"); a, b = socket.socketpair()
n = a.sendfile(f, 5, 100000); pos = f.tell(); a.close()
h2 = hashlib.sha256()
while True:
    d = b.recv(65536)
    if not d: break
    h2.update(d)
print(h.hexdigest(), n, pos, h2.hexdigest(), flush=True)`,
      [hostPath(path)],
    );
    const port = Number(await peer.firstLine);
    using s = S.createConnection(["127.0.0.1", port]);
    const fd = openFile();
    expect(s.sendfile(fd, 5, 100_000)).toBe(100_000);
    s.shutdown(S.SHUT_WR);
    expect(await peer.exited(15_000)).toBe(0);
    const [ours, n, pos, theirs] = peer.stdout().trim().split("\n").at(-1)!.split(" ");
    const expected = createHash("sha256").update(content.subarray(5, 100_005)).digest("hex");
    expect(ours).toBe(expected);
    expect([theirs, Number(n), Number(pos)]).toEqual([expected, 100_000, 100_005]);
    if (!onWindows) expect(byteAtPosition(fd)).toBe(100_005 % 251);
  });
});

describeWhere(onLinux, "procfs and /dev/zero are Linux's")("sendfile and the kernel", () => {
  it("where the kernel refuses (procfs: EINVAL), the file is read and sent", async () => {
    const r = spawnSync("python3", [
      "-c",
      "import os,socket; a,b=socket.socketpair(); fd=os.open('/proc/self/status',os.O_RDONLY)\n" +
        "try: os.sendfile(a.fileno(), fd, 0, 100)\nexcept OSError as e: print(e.errno)",
    ]);
    expect(r.stdout.toString().trim()).toBe("22"); // the kernel's own sendfile(2) refuses this file
    const [a, b] = S.socketpair();
    const fd = openSync("/proc/self/status", "r");
    fds.push(fd);
    const received = drain(b, 1 << 20);
    const n = a.sendfile(fd, 0, 4096);
    a.close();
    const text = (await received).toString();
    expect(text.length).toBe(n);
    expect(text).toMatch(/^Name:\t/);
    expect(text).toContain(`\nPid:\t${process.pid}\n`);
    b.close();
  });
});
