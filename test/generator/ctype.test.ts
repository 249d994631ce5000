import { describe, expect, it } from "vitest";
import { canonicalBuiltin, parseCType } from "../../generator/ctype.js";

describe("C type spellings", () => {
  it("parses pointers, qualifiers and arrays", () => {
    expect(parseCType("const struct sockaddr *restrict")).toEqual({
      kind: "pointer",
      const: false,
      to: { kind: "record", tag: "struct", name: "sockaddr", const: true },
    });
    expect(parseCType("uint8_t[16]")).toEqual({
      kind: "array",
      length: 16,
      const: false,
      of: { kind: "typedef", name: "uint8_t", const: false },
    });
    expect(parseCType("int[2][3]")).toMatchObject({
      kind: "array",
      length: 2,
      of: { kind: "array", length: 3 },
    });
    expect(parseCType("unsigned char[]")).toMatchObject({ kind: "array", length: 0 });
    expect(parseCType("char *const *")).toMatchObject({
      kind: "pointer",
      to: { kind: "pointer", const: true },
    });
  });

  it("recognises anonymous records and function pointers", () => {
    expect(parseCType("union (unnamed union at /x/in.h:221:5)")).toMatchObject({
      kind: "anonymous",
      tag: "union",
    });
    expect(parseCType("struct sockaddr_tipc::(unnamed at /x/tipc.h:164:3)")).toMatchObject({
      kind: "anonymous",
      tag: "struct",
    });
    expect(parseCType("void (*)(int)")).toEqual({
      kind: "pointer",
      const: false,
      to: { kind: "function", const: false },
    });
  });

  it("spells every builtin integer one way", () => {
    expect(canonicalBuiltin(["long", "unsigned", "int"])).toBe("unsigned long");
    expect(canonicalBuiltin(["long", "long", "int"])).toBe("long long");
    expect(canonicalBuiltin(["signed", "char"])).toBe("signed char");
    expect(canonicalBuiltin(["char"])).toBe("char");
    expect(canonicalBuiltin(["short", "unsigned", "int"])).toBe("unsigned short");
  });

  it("rejects what it cannot parse", () => {
    expect(() => parseCType("int [x]")).toThrow(/cannot parse/);
  });
});
