// koffi must lay every generated record out exactly as clang did for the target.
import koffi, { type TypeObject } from "koffi";
import { describe, expect, it } from "vitest";
import { defineKoffiTypes } from "../../generated/linux-x64/koffi-types.js";
import { layouts, recordAliases } from "../../generated/linux-x64/layouts.js";

// Its own process (vitest isolates files): no other copy of these koffi type names exists here.
const types = defineKoffiTypes(koffi) as Record<string, TypeObject>;

describe("koffi agrees with clang's layouts", () => {
  for (const [name, layout] of Object.entries(layouts)) {
    it(name, () => {
      const t = types[name];
      expect(t, `koffi type ${name}`).toBeDefined();
      expect(koffi.sizeof(t)).toBe(layout.size);
      expect(koffi.alignof(t)).toBe(layout.align);
      for (const [field, f] of Object.entries(layout.fields)) {
        if (f.type.endsWith("[0]")) continue; // flexible array member: no koffi member
        const member = koffi.type(t).members![field];
        expect(member, `${name}.${field}`).toBeDefined();
        // koffi.offsetof() takes structs only; a union's members all start at 0.
        const offset = layout.tag === "union" ? member.offset : koffi.offsetof(t, field);
        expect(offset, `${name}.${field}`).toBe(f.offset);
        expect(koffi.sizeof(member.type), `sizeof ${name}.${field}`).toBe(f.size);
      }
    });
  }

  it("aliases are the same koffi type as their record", () => {
    for (const [alias, of] of Object.entries(recordAliases)) {
      expect(koffi.sizeof(types[alias])).toBe(koffi.sizeof(types[of]));
    }
    expect(Object.keys(recordAliases).sort()).toEqual(["tipc_name", "tipc_name_seq", "tipc_portid"]);
  });

  it("a flexible array member sits at the end of its record", () => {
    const f = layouts.cmsghdr.fields.__cmsg_data;
    expect(f.size).toBe(0);
    expect(f.offset).toBe(layouts.cmsghdr.size);
  });
});
