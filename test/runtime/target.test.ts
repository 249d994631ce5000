// The suite runs on the target it was started for (test/targets/ sets BSDSOCK_EXPECT_TARGET), with
// that target's generated bindings.
import { describe, expect, it } from "vitest";
import { hostTarget, generatedTargets } from "../../generated/constants-index.js";
import { checkRuntimeTarget, ffi } from "../../runtime/platform/bindings.js";
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

  it("refuses, by name, a target whose runtime seam does not exist", () => {
    expect(() => checkRuntimeTarget("win32-x64")).toThrow(
      /cannot run on win32-x64: .*Winsock seam is not built/,
    );
    expect(() => checkRuntimeTarget("darwin-arm64")).toThrow(/cannot run on darwin-arm64/);
    expect(() => checkRuntimeTarget("linux-arm64")).not.toThrow();
  });
});
