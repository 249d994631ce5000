// koffi's view of linux-x64's records beyond field offsets (those, for every target and record,
// anonymous members included, are koffi-layout-targets.test.ts): aliases and flexible array members.
import koffi, { type TypeObject } from "koffi";
import { describe, expect, it } from "vitest";
import { defineKoffiTypes } from "../../generated/linux-x64/koffi-types.js";
import { layouts, recordAliases } from "../../generated/linux-x64/layouts.js";

// Its own process (vitest isolates files): no other copy of these koffi type names exists here.
const types = defineKoffiTypes(koffi) as Record<string, TypeObject>;

describe("koffi agrees with clang's layouts", () => {
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

  it("a packed anonymous union of bytes is one byte, as in C (can_frame's len/can_dlc)", () => {
    expect(koffi.sizeof(types.can_frame_anon0)).toBe(1);
    expect(layouts.can_frame.fields.can_dlc.offset).toBe(4);
    expect(layouts.can_frame.fields.len8_dlc.offset).toBe(7);
    expect(koffi.sizeof(types.can_frame)).toBe(16);
  });
});
