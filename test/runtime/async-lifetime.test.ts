// No watcher keeps a process alive once its socket is closed or idle; unref() releases a waiting one;
// a referenced pending operation holds the process like a Node socket does.
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/peers.js";

describe("process lifetime", () => {
  for (const [mode, line] of [
    ["closed", "rejected EBADF"],
    ["unref", undefined],
    ["idle", "got data"],
  ] as const) {
    it(`exits by itself: ${mode}`, async () => {
      const p = fixture("async-lifetime.ts", [mode]);
      expect(await p.firstLine).toBe("started");
      expect(await p.exited(20_000)).toBe(0); // killed (null) if something held the loop
      const lines = p.stdout().trim().split("\n");
      if (line) expect(lines).toContain(line);
      else expect(lines).toEqual(["started"]);
    });
  }

  it("worker threads that used async calls exit cleanly with their sockets left open", async () => {
    const p = fixture("worker-exit.ts");
    expect(await p.exited(20_000), p.stderr()).toBe(0); // 139 when koffi's handles outlived a worker's loop
    const lines = p.stdout().trim().split("\n");
    expect(lines).toContain("worker idle exited 0");
    expect(lines).toContain("worker unref exited 0");
    expect(lines).toContain("got data");
    expect(lines).not.toContain("unexpected data");
  });

  it("stays alive while a referenced operation is pending", async () => {
    const p = fixture("async-lifetime.ts", ["pending"]);
    expect(await p.firstLine).toBe("started");
    await new Promise((r) => setTimeout(r, 1500));
    expect(p.proc.exitCode).toBeNull();
    p.proc.kill("SIGTERM");
    await p.exited();
  });
});
