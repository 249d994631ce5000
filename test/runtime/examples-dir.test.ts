// Every program in examples/ run as its own process, against real peers: each other, python3, iproute2
// and the kernel (ICMP, rtnetlink, multicast, AF_PACKET on a veth pair into a test namespace).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { layouts } from "../../runtime/platform/bindings.js";
import { PATIENCE, startPeer, type Peer } from "../helpers/peers.js";
import { createTestNet, isTestLink } from "../helpers/netns.js";
import { describeWhere, emulator, itWhere, onLinux } from "../helpers/platform.js";

const dir = mkdtempSync(join(tmpdir(), "bsdsock-examples-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = (name: string, args: string[] = []): Peer =>
  startPeer(process.execPath, ["--import", "tsx", `examples/${name}`, ...args]);

async function output(p: Peer, ms = 30_000): Promise<string[]> {
  const code = await p.exited(ms);
  expect(code, p.stderr()).toBe(0);
  return p.stdout().trim().split("\n");
}

it("echo-server and echo-client talk to each other", async () => {
  const server = example("echo-server.ts");
  try {
    const port = (await server.firstLine).split(" ")[1];
    expect(await output(example("echo-client.ts", ["127.0.0.1", port, "Hello, world"]))).toEqual([
      "Received Hello, world",
    ]);
    expect(await server.exited()).toBe(0);
  } finally {
    // A server that never got its client (a failed or timed-out test) must not outlive the test.
    if (server.proc.exitCode === null && server.proc.signalCode === null) server.proc.kill("SIGKILL");
  }
});

it("echo-async serves 200 concurrent clients", async () => {
  expect((await output(example("echo-async.ts", ["--clients", "200"])))[1]).toBe("200/200 echoes ok");
});

describeWhere(onLinux, "ICMP sockets, rtnetlink, SCM_RIGHTS, AF_PACKET and ip_mreqn are Linux's here")(
  "Linux examples",
  () => {
    for (const host of ["127.0.0.1", "::1"])
      it(`ping --mode raw ${host} (root)`, async () => {
        const lines = await output(example("ping.ts", ["--mode", "raw", "--count", "2", host]));
        expect(lines.slice(0, 2).map((l) => l.replace(/time=.*/, ""))).toEqual([
          `reply from ${host}: icmp_seq=1 `,
          `reply from ${host}: icmp_seq=2 `,
        ]);
        expect(lines.at(-1)).toBe("2 packets transmitted, 2 received");
      });

    it("ping --mode dgram: unprivileged ICMP where net.ipv4.ping_group_range allows, a clear EACCES where not", async () => {
      // Here: whatever this host's range says about our gid.
      const [low, high] = readFileSync("/proc/sys/net/ipv4/ping_group_range", "utf8")
        .trim()
        .split(/\s+/)
        .map(Number);
      const allowed = process.getgid!() >= low && process.getgid!() <= high;
      const p = example("ping.ts", ["--mode", "dgram", "--count", "1", "127.0.0.1"]);
      const code = await p.exited();
      if (allowed) expect(p.stdout()).toContain("1 packets transmitted, 1 received");
      else {
        expect(code).not.toBe(0);
        expect(p.stderr()).toMatch(/SocketError: \[Errno 13\] Permission denied \(socket EACCES\)/);
      }
      // In a namespace of our own whose range admits every group: it works.
      const net = createTestNet("pg");
      try {
        const r = net.exec([
          "sh",
          "-c",
          `sysctl -qw net.ipv4.ping_group_range="0 2147483647" && "${process.execPath}" --import tsx examples/ping.ts --mode dgram --count 2 127.0.0.1`,
        ]);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout.trim().split("\n").at(-1)).toBe("2 packets transmitted, 2 received");
      } finally {
        net.remove();
      }
    });

    it("netlink-dump lists the links and main-table routes iproute2 lists", async () => {
      const lines = await output(example("netlink-dump.ts"));
      const links = spawnSync("ip", ["-o", "link", "show"], { encoding: "utf8" })
        .stdout.trim()
        .split("\n")
        .map((l) => /^(\d+): ([^:@]+)/.exec(l)!)
        .filter((m) => !isTestLink(m[2]!))
        .map((m) => `link ${m[1]} ${m[2]}`);
      // Other test files add and remove veth pairs meanwhile: theirs are left out of both listings.
      expect(lines.filter((l) => l.startsWith("link ") && !isTestLink(l.split(" ")[2]!))).toEqual(links);
      const routes = JSON.parse(
        spawnSync("ip", ["-j", "-4", "route", "show", "table", "main"], { encoding: "utf8" }).stdout,
      ) as {
        dst: string;
        dev: string;
      }[];
      const ours = lines.filter((l) => l.startsWith("route "));
      for (const r of routes) {
        if (isTestLink(r.dev)) continue;
        const dst = r.dst === "default" ? "0.0.0.0/0" : r.dst.includes("/") ? r.dst : `${r.dst}/32`;
        expect(ours).toContain(`route ${dst} dev ${r.dev}`);
      }
    });

    it("fd-passing: a child process reads a file through the fd its parent sent", async () => {
      const file = join(dir, "passed.txt");
      writeFileSync(file, "contents only the parent opened\n");
      const [line] = await output(example("fd-passing.ts", [file]));
      expect(line).toMatch(/^child got "here is a file" and fd \d+: contents only the parent opened$/);
    });

    it("sd-notify sends READY=1 to $NOTIFY_SOCKET, and the kernel vouches for its pid", async () => {
      const path = join(dir, "notify.sock");
      using manager = S.socket(S.AF_UNIX, S.SOCK_DGRAM);
      manager.bind(path);
      manager.setsockopt(S.SOL_SOCKET, S.SO_PASSCRED!, 1);
      manager.settimeout(30 * PATIENCE); // the example is a Node child: slow to start when emulated
      const p = startPeer(process.execPath, ["--import", "tsx", "examples/sd-notify.ts", "starting up"], {
        env: { ...process.env, NOTIFY_SOCKET: path },
      });
      const [data, anc] = manager.recvmsg(1024, S.cmsgSpace(layouts.ucred.size));
      expect(data.toString()).toBe("READY=1\nSTATUS=starting up");
      expect(S.unpackStruct("ucred", anc[0][2]).pid).toBe(p.proc.pid);
      expect(await output(p)).toEqual(["notified"]);
    });

    itWhere(!emulator, `${emulator} does not translate ip_mreqn multicast options`)(
      "multicast: a receiver joins a group on lo and gets what the sender sends",
      async () => {
        // Port 0: the receiver's kernel picks a free one and the example says which.
        const receiver = example("multicast.ts", ["receive", "239.255.42.7", "0", "lo", "2"]);
        const joined = /^joined (\d+)$/.exec(await receiver.firstLine);
        expect(joined).not.toBeNull();
        const port = joined![1]!;
        for (const m of ["first", "second"])
          expect(await output(example("multicast.ts", ["send", "239.255.42.7", port, "lo", m]))).toEqual([
            "sent",
          ]);
        const lines = await output(receiver);
        expect(lines.slice(1).map((l) => l.replace(/ from .*/, ""))).toEqual([
          'received "first"',
          'received "second"',
        ]);
      },
    );

    it("packet-sniffer sees the frames a host in a test namespace sends over a veth pair", async () => {
      const net = createTestNet("sn");
      try {
        // Ten frames: a new veth sends its own IPv6 frames (duplicate detection, MLD) for a while.
        const sniffer = example("packet-sniffer.ts", [net.here, "10"]);
        expect(await sniffer.firstLine).toBe(`sniffing ${net.here}`);
        const mac = /link\/ether ([0-9a-f:]+)/.exec(net.exec(["ip", "link", "show", net.there]).stdout)![1];
        const ping = net.exec([
          "python3",
          "-c",
          `import socket\nfor i in range(10): socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("${net.hereAddr}", 9))`,
        ]);
        expect(ping.status, ping.stderr).toBe(0);
        const lines = (await output(sniffer)).slice(1);
        expect(lines).toHaveLength(10);
        // Every frame the peer sent shows its MAC as the source.
        expect(lines.filter((l) => l.startsWith(`in ${mac} > `)).length).toBeGreaterThan(0);
      } finally {
        net.remove();
      }
    });
  },
);
