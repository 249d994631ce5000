// The koffi types of every 64-bit little-endian target, laid out by this host's koffi, match clang's
// layouts for that target: koffi applies the same natural-alignment rules on Linux and Windows x64,
// and the generator writes fixed-width types (Windows' 32-bit long is already uint32_t/int32_t).
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/peers.js";
import { TARGETS } from "../helpers/target.js";

describe.each(TARGETS)("koffi layout of %s on this host", (target) => {
  it("matches clang's layout table", async () => {
    const p = fixture("koffi-layout-check.ts", [target]);
    expect(await p.exited(), p.stderr()).toBe(0);
    const { checked, problems } = JSON.parse(p.stdout()) as { checked: number; problems: string[] };
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});
