// AF_UNIX: a path (string or bytes). A leading NUL byte selects Linux's abstract namespace, whose
// addresses come back as Buffers (they are not file names); an unbound peer decodes as "". A path whose
// bytes are not UTF-8 comes back as a Buffer too, so it round-trips; a string that cannot be UTF-8 (a
// lone surrogate) is refused rather than bound as U+FFFD. BSD layouts (a sun_len byte) have no abstract
// namespace: there a path is the bytes before the first NUL, and none is "".
import { isUtf8 } from "node:buffer";
import { C, layouts } from "../platform/seam.js";
import { describe, registerAddressCodec, type AddressCodec } from "./codec.js";
import { sockaddrHeader, writeSockaddrHeader, type FieldAt } from "./sockaddr.js";
import { byteLengthOf, bytes, copyOf } from "../validate.js";

/** The AF_UNIX codec for a sockaddr_un layout and family value (the loaded target's, or another's in tests). */
export function makeUnixCodec(
  UN: { readonly fields: { readonly sun_family: FieldAt; readonly sun_path: FieldAt } },
  AF_UNIX: number,
): AddressCodec {
  const PATH = UN.fields.sun_path;
  const header = sockaddrHeader(UN, "sun");
  const abstractNames = header.length === undefined;
  return {
    family: AF_UNIX,
    name: "AF_UNIX",
    encode(address) {
      let path: Buffer;
      if (typeof address === "string") {
        if (!address.isWellFormed())
          throw new RangeError(
            "AF_UNIX path has a lone surrogate: it cannot be encoded (pass bytes instead)",
          );
        path = Buffer.from(address, "utf8");
      } else if (byteLengthOf(address) >= 0) path = copyOf(bytes(address, "AF_UNIX address"));
      else throw new TypeError(`AF_UNIX address must be a path string or bytes, got ${describe(address)}`);
      // An empty address is just the family: Linux then gives the socket a unique abstract name of its own
      // (autobind), as CPython's bind("") does.
      if (path.length === 0) {
        const sa = Buffer.alloc(PATH.offset);
        writeSockaddrHeader(sa, AF_UNIX, header);
        return sa;
      }
      const abstract = abstractNames && path[0] === 0;
      if (!abstract && path.includes(0))
        throw new RangeError("AF_UNIX path must not contain a NUL character");
      // A file path needs room for its terminating NUL; an abstract name uses every byte.
      const room = abstract ? PATH.size : PATH.size - 1;
      if (path.length > room)
        throw new RangeError(`AF_UNIX path too long: ${path.length} bytes, at most ${room}`);
      const len = PATH.offset + path.length + (abstract ? 0 : 1);
      const sa = Buffer.alloc(len);
      writeSockaddrHeader(sa, AF_UNIX, header);
      path.copy(sa, PATH.offset);
      return sa;
    },
    decode(sa) {
      const path = sa.subarray(PATH.offset);
      if (path.length === 0) return "";
      if (abstractNames && path[0] === 0) return Buffer.from(path);
      const end = path.indexOf(0);
      const name = path.subarray(0, end < 0 ? path.length : end);
      return isUtf8(name) ? name.toString("utf8") : Buffer.from(name);
    },
  };
}

export const unixCodec: AddressCodec = makeUnixCodec(layouts.sockaddr_un, C.AF_UNIX);

registerAddressCodec(unixCodec);
