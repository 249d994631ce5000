// runtime/message.ts computes CMSG_LEN and CMSG_SPACE from struct cmsghdr's generated size and alignment
// (the header's macros are function-like, so not generated). Here clang checks that arithmetic against
// each POSIX target's own macros: glibc aligns to size_t (8), macOS to 32 bits (4).
import { describe, expect, it } from "vitest";
import { runClang } from "../../generator/clang.js";
import { TARGETS, targetInfo } from "../helpers/target.js";

const POSIX = TARGETS.filter((t) => !t.startsWith("win32-"));

describe.each(POSIX)("CMSG_LEN and CMSG_SPACE of %s", (target) => {
  const { clang, generatedDir } = targetInfo(target);

  it("are what the runtime computes from the cmsghdr layout", async () => {
    const { layouts } = (await import(`${generatedDir}layouts.ts`)) as {
      layouts: { cmsghdr: { size: number; align: number } };
    };
    const { size, align } = layouts.cmsghdr;
    const up = (n: number) => Math.ceil(n / align) * align;
    const lines = ["#include <sys/socket.h>"];
    for (let n = 0; n <= 17; n++) {
      lines.push(`_Static_assert(CMSG_LEN(${n}) == ${up(size) + n}, "CMSG_LEN(${n})");`);
      lines.push(`_Static_assert(CMSG_SPACE(${n}) == ${up(size) + up(n)}, "CMSG_SPACE(${n})");`);
    }
    const r = runClang(clang, lines.join("\n") + "\n", ["-fsyntax-only"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // The check can fail: one byte off is caught.
    const off = runClang(
      clang,
      `#include <sys/socket.h>\n_Static_assert(CMSG_LEN(1) == ${up(size) + 2}, "x");\n`,
      ["-fsyntax-only"],
    );
    expect(off.status).not.toBe(0);
  });
});
