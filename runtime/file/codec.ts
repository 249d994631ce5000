// The encodings makefile()'s text mode speaks, with Python's `errors` handlers "strict" and "replace":
// an incremental decoder (a multi-byte sequence split across reads is held until it completes) and an
// encoder. Node's TextDecoder decodes UTF-8 and UTF-16; Latin-1 and ASCII are done here, since the
// WHATWG "latin1"/"ascii" labels mean windows-1252.

export type ErrorsHandler = "strict" | "replace";

export interface TextCodec {
  /** Python's name for the encoding, e.g. "utf-8". */
  readonly name: string;
  /** Decodes more bytes; `final` at end of stream (an incomplete sequence is then an error or U+FFFD). */
  decode(bytes: Buffer, final: boolean): string;
  encode(text: string): Buffer;
}

const NAMES: Record<string, string> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16-le": "utf-16-le",
  "utf-16le": "utf-16-le",
  "latin-1": "latin-1",
  latin1: "latin-1",
  "iso-8859-1": "latin-1",
  "iso8859-1": "latin-1",
  ascii: "ascii",
  "us-ascii": "ascii",
};

/** Lone surrogates: what no UTF encoding can carry. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeError(name: string, text: string, at: number): RangeError {
  return new RangeError(
    `'${name}' codec can't encode character '\\u${text.charCodeAt(at).toString(16).padStart(4, "0")}' in position ${at}`,
  );
}

/** The codec for `encoding` and `errors` (Python's spellings); others are a RangeError (LookupError). */
export function textCodec(encoding: string, errors: string): TextCodec {
  const name = NAMES[encoding.toLowerCase().replace(/_/g, "-")];
  if (!name)
    throw new RangeError(`unknown encoding: ${encoding} (utf-8, utf-16-le, latin-1 and ascii are supported)`);
  if (errors !== "strict" && errors !== "replace")
    throw new RangeError(`unknown error handler name '${errors}' (strict and replace are supported)`);
  const strict = errors === "strict";
  switch (name) {
    case "utf-8":
    case "utf-16-le": {
      const decoder = new TextDecoder(name === "utf-8" ? "utf-8" : "utf-16le", {
        fatal: strict,
        ignoreBOM: true,
      });
      return {
        name,
        decode(bytes, final) {
          try {
            return final ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
          } catch {
            throw new RangeError(`'${name}' codec can't decode bytes: invalid or incomplete data`);
          }
        },
        encode(text) {
          if (!text.isWellFormed()) {
            if (strict) throw encodeError(name, text, text.search(LONE_SURROGATE));
            text = text.replace(LONE_SURROGATE, "?");
          }
          return Buffer.from(text, name === "utf-8" ? "utf8" : "utf16le");
        },
      };
    }
    default: {
      const max = name === "ascii" ? 0x7f : 0xff;
      return {
        name,
        decode(bytes) {
          const bad = bytes.findIndex((b) => b > max);
          if (bad < 0) return bytes.toString("latin1");
          if (strict)
            throw new RangeError(
              `'${name}' codec can't decode byte 0x${bytes[bad]!.toString(16)} in position ${bad}`,
            );
          return Array.from(bytes, (b) => (b > max ? "\uFFFD" : String.fromCharCode(b))).join("");
        },
        encode(text) {
          for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) > max) {
              if (strict) throw encodeError(name, text, i);
              text = text.replace(name === "ascii" ? /[^\x00-\x7f]/gu : /[^\x00-\xff]/gu, "?");
              break;
            }
          return Buffer.from(text, "latin1");
        },
      };
    }
  }
}
