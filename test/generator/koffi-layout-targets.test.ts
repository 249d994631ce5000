// The koffi types of every little-endian target, laid out by this host's koffi, match clang's layouts
// for that target: koffi applies the same natural-alignment rules on Linux and Windows, and the
// generator writes fixed-width types (Windows' 32-bit long is already uint32_t/int32_t). Pointers are
// the one thing koffi sizes by its own process: for a 32-bit target (linux-arm) the records that hold
// one are checked in that target's own process instead (test/runtime/target.test.ts, run under
// qemu-user by test/targets/linux-arm.sh).
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/peers.js";
import { TARGETS } from "../helpers/target.js";

describe.each(TARGETS)("koffi layout of %s on this host", (target) => {
  it("matches clang's layout table", async () => {
    const p = fixture("koffi-layout-check.ts", [target]);
    expect(await p.exited(), p.stderr()).toBe(0);
    const { checked, problems, leftOut, samePointers } = JSON.parse(p.stdout()) as {
      checked: number;
      problems: string[];
      leftOut: string[];
      samePointers: boolean;
    };
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    if (samePointers) expect(leftOut).toEqual([]);
    // Exactly the records that hold pointers are left to the target's own process.
    else expect(leftOut).toEqual(expect.arrayContaining(["msghdr", "iovec", "addrinfo", "hostent"]));
  });
});
