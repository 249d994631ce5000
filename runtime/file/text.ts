// The text layer of makefile(), as Python's TextIOWrapper over the buffered layer: sizes count
// characters (code points), a multi-byte sequence split between reads is never split in the text,
// `newline` works as in Python (null: "\r\n" and "\r" read as "\n", "\n" written as the platform's line
// end; "": any line end recognised, none translated; "\n", "\r", "\r\n": that one).
import { EOL } from "node:os";
import { SocketError } from "../errors.js";
import { ERR } from "../platform/seam.js";
import { describe } from "../validate.js";
import { FileBase, readSize } from "./base.js";
import type { BufferedSocketFile } from "./buffered.js";
import type { TextCodec } from "./codec.js";
import { DEFAULT_BUFFER_SIZE } from "./socket-io.js";

export type Newline = null | "" | "\n" | "\r" | "\r\n";

/** Code points in `s` (a surrogate pair is one). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

/** The code units of the first `n` code points of `s`. */
function unitsOf(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return i;
}

export class TextSocketFile extends FileBase<string> {
  /** The buffered binary file underneath (Python's `buffer`). */
  readonly buffer: BufferedSocketFile;
  readonly mode: string;
  readonly encoding: string;
  readonly errors: string;
  readonly #newline: Newline;
  readonly #codec: TextCodec;
  /** Decoded text not read yet (translated when newline is null). */
  #text = "";
  /** A "\r" at the end of a decoded chunk, held until the next shows whether "\n" follows. */
  #heldCR = false;
  #eof = false;

  /** @internal makefile() makes these. */
  constructor(buffer: BufferedSocketFile, mode: string, codec: TextCodec, errors: string, newline: Newline) {
    super();
    this.#codec = codec;
    this.buffer = buffer;
    this.mode = mode;
    this.encoding = this.#codec.name;
    this.errors = errors;
    this.#newline = newline;
  }

  get closed(): boolean {
    return this.buffer.closed;
  }

  readable(): boolean {
    return this.buffer.readable();
  }

  writable(): boolean {
    return this.buffer.writable();
  }

  fileno(): number {
    return this.buffer.fileno();
  }

  /** Decodes one more read; false at end of stream. Would block with nothing decoded: EAGAIN. */
  #more(): boolean {
    if (this.#eof) return false;
    const data = this.buffer.read1(DEFAULT_BUFFER_SIZE);
    if (data === null) {
      if (this.#text.length) return false;
      throw new SocketError(ERR.AGAIN, "read could not complete without blocking", "read");
    }
    const final = data.length === 0;
    let text = this.#codec.decode(data, final);
    if (this.#newline === null) {
      if (this.#heldCR) text = "\r" + text;
      this.#heldCR = !final && text.endsWith("\r");
      if (this.#heldCR) text = text.slice(0, -1);
      text = text.replace(/\r\n?/g, "\n");
    }
    this.#text += text;
    if (final) this.#eof = true;
    return !final || text.length > 0;
  }

  #take(units: number): string {
    const out = this.#text.slice(0, units);
    this.#text = this.#text.slice(units);
    return out;
  }

  /** `n` characters, fewer only at end of stream (all until then when omitted or negative). */
  read(n: number | null = -1): string {
    const want = readSize(n, "read() size");
    this.checkReadable();
    if (want === Infinity) {
      while (this.#more());
      return this.#take(this.#text.length);
    }
    // Each code point is at least one code unit: decode until there are enough of them.
    const short = (): boolean =>
      this.#text.length < want || (this.#text.length < 2 * want && codePoints(this.#text) < want);
    while (short() && this.#more());
    return this.#take(unitsOf(this.#text, want));
  }

  /** Where the first line in the text ends (after its line end), or -1 if no complete line is there. */
  #lineEnd(): number {
    const t = this.#text;
    switch (this.#newline) {
      case null:
      case "\n": {
        const i = t.indexOf("\n");
        return i < 0 ? -1 : i + 1;
      }
      case "\r":
      case "\r\n": {
        const i = t.indexOf(this.#newline);
        return i < 0 ? -1 : i + this.#newline.length;
      }
      case "": {
        const i = t.search(/[\r\n]/);
        if (i < 0) return -1;
        if (t[i] === "\n") return i + 1;
        if (i + 1 < t.length) return t[i + 1] === "\n" ? i + 2 : i + 1;
        return this.#eof ? i + 1 : -1; // "\r" last: "\n" may follow
      }
    }
  }

  /** One line with its line end (or what is left at end of stream), at most `limit` characters. */
  readline(limit: number | null = -1): string {
    const most = readSize(limit, "readline() size");
    this.checkReadable();
    // Text with no line end in it is set aside and joined once: linear in the line's length.
    const parts: string[] = [];
    let had = 0; // code points set aside
    const line = (units: number): string => (parts.push(this.#take(units)), parts.join(""));
    for (;;) {
      const room = most - had;
      const end = this.#lineEnd();
      const cap = room === Infinity ? Infinity : unitsOf(this.#text, room);
      if (end >= 0 && end <= cap) return line(end);
      if (cap !== Infinity && this.#text.length >= cap && codePoints(this.#text.slice(0, cap)) >= room)
        return line(cap);
      // A "\r" last may begin "\r\n": it stays to meet what comes next.
      const keep = this.#newline !== null && this.#newline !== "\n" && this.#text.endsWith("\r") ? 1 : 0;
      const aside = this.#take(this.#text.length - keep);
      parts.push(aside);
      had += codePoints(aside);
      if (!this.#more()) {
        const last = this.#lineEnd();
        const rest = most - had;
        const stop = rest === Infinity ? Infinity : unitsOf(this.#text, rest);
        return line(Math.min(last >= 0 ? last : this.#text.length, stop));
      }
    }
  }

  /** Encodes and buffers `text`; returns its length in characters. */
  write(text: unknown): number {
    if (typeof text !== "string")
      throw new TypeError(`write() argument must be a string, not ${describe(text)}`);
    this.checkWritable();
    const lineEnd = this.#newline === null ? EOL : this.#newline;
    const out = lineEnd && lineEnd !== "\n" ? text.replaceAll("\n", lineEnd) : text;
    this.buffer.write(this.#codec.encode(out));
    return codePoints(text);
  }

  flush(): void {
    this.buffer.flush();
  }

  /** Flushes, then lets go of the socket (which stays open). Idempotent. */
  close(): void {
    this.buffer.close();
  }
}
