// The generated _Static_assert file must compile for the target: clang re-checks every emitted value,
// type, size, alignment and offset against the headers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runClang } from "../../generator/clang.js";
import { TARGETS, targetInfo } from "../helpers/target.js";

describe.each(TARGETS)("proof.c of %s", (target) => {
  const { clang, generatedDir } = targetInfo(target);
  const proof = readFileSync(`${generatedDir}proof.c`, "utf8");

  // Headers that cannot share the main unit (linux/tcp.h) are proven in the file's second half.
  const separate = proof.includes("#ifndef BSDSOCK_PROOF_SEPARATE");

  it("compiles for the target with every assertion holding", () => {
    const r = runClang(clang, proof, ["-fsyntax-only", "-Wno-gnu-statement-expression"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    if (!separate) return;
    const s = runClang(clang, proof, ["-fsyntax-only", "-DBSDSOCK_PROOF_SEPARATE"]);
    expect(s.stderr).toBe("");
    expect(s.status).toBe(0);
  });

  // Only targets with a separate unit have this to prove (no skipped test for the others).
  if (separate && proof.includes("(TCP_AO_ADD_KEY)"))
    it("proves the separate headers' constants apart, where including them beside the others fails", () => {
      // The reason they are separate: together with the main headers, clang refuses the unit.
      const both = proof.replace(
        "#ifndef BSDSOCK_PROOF_SEPARATE",
        "#include <linux/tcp.h>\n#ifndef BSDSOCK_PROOF_SEPARATE",
      );
      expect(runClang(clang, both, ["-fsyntax-only"]).status).not.toBe(0);
      const broken = proof.replace(
        /(_Static_assert\(\(\(TCP_AO_ADD_KEY\) == \(__typeof__\(\(TCP_AO_ADD_KEY\)\)\))38ULL/,
        "$139ULL",
      );
      expect(broken).not.toBe(proof);
      const r = runClang(clang, broken, ["-fsyntax-only", "-DBSDSOCK_PROOF_SEPARATE"]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain("TCP_AO_ADD_KEY");
    });

  it("asserts every constant, record and field offset", () => {
    const constants = readFileSync(`${generatedDir}constants.ts`, "utf8")
      .match(/^export const [A-Z_a-z0-9]+ = /gm)!
      .filter((s) => s !== "export const families = ");
    const asserted = proof.match(/^_Static_assert\(\(\([A-Za-z_0-9]+\) ==/gm)!;
    expect(asserted.length).toBe(constants.length);
    expect(proof).toMatch(/_Static_assert\(sizeof\(struct sockaddr_in6\) == \d+/);
    if (target.startsWith("linux-"))
      expect(proof).toMatch(/__builtin_offsetof\(struct sockaddr_tipc, addr\.name\.domain\)/);
    // BSD sockaddrs lead with a length byte, and #pragma pack(4) shapes group_req (132 bytes, not 136).
    if (target.startsWith("darwin-")) {
      expect(proof).toContain("__builtin_offsetof(struct sockaddr_in, sin_len) == 0,");
      expect(proof).toContain("__builtin_offsetof(struct sockaddr_in, sin_family) == 1,");
      expect(proof).toContain("sizeof(struct group_req) == 132,");
    }
  });

  it("fails when a value is wrong (the proof can fail)", () => {
    const broken = proof.replace(
      /^(_Static_assert\(\(\(AF_INET\) == \(__typeof__\(\(AF_INET\)\)\))2ULL/m,
      "$13ULL",
    );
    expect(broken).not.toBe(proof);
    const r = runClang(clang, broken, ["-fsyntax-only"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('"AF_INET"');
  });

  it("fails when an offset is wrong", () => {
    const broken = proof.replace(/(__builtin_offsetof\(struct sockaddr_in, sin_port\) == )2/, "$13");
    expect(broken).not.toBe(proof);
    const r = runClang(clang, broken, ["-fsyntax-only"]);
    expect(r.stderr).toContain("offset of sockaddr_in.sin_port");
  });
});
