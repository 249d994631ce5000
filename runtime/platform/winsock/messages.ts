// Error text and names for Winsock codes: the system's own message (FormatMessageW, as CPython shows
// it), and the Node-style name without the WSA prefix (WSAECONNREFUSED → "ECONNREFUSED").
import { getSystemErrorMap } from "node:util";
import type { WinsockApi } from "./api.js";

/** errorCode and strerror for Winsock codes. */
export function winsockMessages({ C, ws }: WinsockApi) {
  const names = new Map<number, string>();
  for (const family of ["WSA", "h_errno", "EAI", "WSAE"] as const)
    for (const name of C.families[family] as readonly string[]) {
      const v = (C as unknown as Record<string, number>)[name];
      names.set(v, name.startsWith("WSAE") ? name.slice(3) : name);
    }

  // Where Node (libuv) names a Winsock error differently, its name wins, so `code`s match Node's.
  names.set(C.WSAEWOULDBLOCK, "EAGAIN");
  names.set(C.WSAESHUTDOWN, "EPIPE");

  function errorCode(err: number): string {
    return names.get(err) ?? `WSA${err}`;
  }

  const FLAGS = C.FORMAT_MESSAGE_FROM_SYSTEM | C.FORMAT_MESSAGE_IGNORE_INSERTS;
  const text = Buffer.alloc(1024);

  function strerror(err: number): string {
    const n = ws.FormatMessageW(FLAGS, null, err >>> 0, 0, text, text.length / 2, null);
    if (n > 0) return text.toString("utf16le", 0, n * 2).trimEnd();
    // A system without that message (Wine lacks some Winsock ones): libuv's text for the same name.
    const name = errorCode(err);
    for (const [uvName, uvText] of getSystemErrorMap().values()) if (uvName === name) return uvText;
    return `Winsock error ${err} (${name})`;
  }
  return { errorCode, strerror };
}
