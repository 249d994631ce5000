// The suite runs on the target it was started for (test/targets/ sets BSDSOCK_EXPECT_TARGET), with
// that target's generated bindings.
import { describe, expect, it } from "vitest";
import { hostTarget, generatedTargets } from "../../generated/constants-index.js";
import { ffi } from "../../runtime/platform/bindings.js";
import * as S from "../../runtime/index.js";

describe("target", () => {
  it("loads this machine's own bindings", () => {
    expect(hostTarget).toBe(`${process.platform}-${process.arch}`);
    if (process.env.BSDSOCK_EXPECT_TARGET) expect(hostTarget).toBe(process.env.BSDSOCK_EXPECT_TARGET);
    expect(generatedTargets).toContain(hostTarget);
    expect(ffi.library).toBe("libc.so.6");
    using s = S.socket();
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
  });
});
