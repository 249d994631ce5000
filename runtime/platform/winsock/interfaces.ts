// Network interfaces on Windows, as CPython does it there: if_nametoindex/if_indextoname from
// iphlpapi.dll, and the list from GetIfTable2, each row's LUID named by ConvertInterfaceLuidToNameW.
import type { Address } from "../memory.js";
import { copyBytes } from "../memory.js";
import { readHost32 } from "../byteorder.js";
import type { Net } from "../contract.js";
import type { WinsockApi } from "./api.js";

/** More rows than any machine has: a bound on what is read from the table, not a limit in practice. */
const MAX_ROWS = 1 << 16;

export function winsockInterfaces({ C, L, ws }: WinsockApi): NonNullable<Net["interfaces"]> {
  return {
    nameToIndex: (name) => ws.if_nametoindex(name),
    indexToName(index) {
      const buf = Buffer.alloc(C.IF_NAMESIZE + 1);
      return ws.if_indextoname(index, buf) === null ? null : buf.toString("utf8", 0, buf.indexOf(0));
    },
    list() {
      const TABLE = L._MIB_IF_TABLE2;
      const ROW = L._MIB_IF_ROW2;
      const out: [Address] = [null];
      const rc = ws.GetIfTable2(out);
      if (rc !== 0) return rc;
      const table = out[0];
      try {
        const { NumEntries, Table } = TABLE.fields;
        const count = readHost32(copyBytes(table, NumEntries.offset + 4), NumEntries.offset);
        if (count > MAX_ROWS) return C.WSAEINVAL;
        const rows = copyBytes(table, Table.offset + count * ROW.size);
        // A row's Alias is the longest name Windows gives (NDIS_IF_MAX_STRING_SIZE + 1 WCHARs).
        const name = Buffer.alloc(ROW.fields.Alias.size);
        const list: [number, string][] = [];
        for (let i = 0; i < count; i++) {
          const row = Table.offset + i * ROW.size;
          const { InterfaceLuid: luid, InterfaceIndex: index } = ROW.fields;
          const err = ws.ConvertInterfaceLuidToNameW(
            rows.subarray(row + luid.offset, row + luid.offset + luid.size),
            name,
            name.length / 2,
          );
          if (err !== 0) return err;
          list.push([readHost32(rows, row + index.offset), wideString(name)]);
        }
        return list;
      } finally {
        ws.FreeMibTable(table);
      }
    },
  };
}

/** A NUL-terminated UTF-16LE string from its buffer. */
function wideString(b: Buffer): string {
  let end = 0;
  while (end + 1 < b.length && (b[end] !== 0 || b[end + 1] !== 0)) end += 2;
  return b.toString("utf16le", 0, end);
}
