// Comparing bsdsock with python3's own socket module: evaluate a batch of Python expressions in one
// python3 process, run the same calls in bsdsock, and assert the outcomes (values or errors) match.
import { beforeAll, expect } from "vitest";
import * as S from "../../runtime/index.js";
import { runPeer } from "./peers.js";
import { describeWhere, errnoOf, itWhere, LINUX_PEERS, onWindows, peersReachable } from "./platform.js";

export type Outcome =
  | { ok: unknown }
  | {
      error: string;
      errno: number | null;
      args: unknown[];
      message?: string;
      code?: string;
      errname?: string;
    };

// Each expression's value (tuples as lists, bytes as {bytes: [...]}) or its exception's class, errno
// (with its name: errno's, or the EAI_/h_errno constant's for gaierror/herror) and args, as JSON. With
// "numbering" (under Wine, where python3 is the host's), AddressFamily and SocketKind members are given
// as the target numbers the constant of that name.
const PY_EVAL = String.raw`
import errno, json, socket, sys
req = json.loads(sys.stdin.read())
numbering = req["numbering"]
EAI = {v: k for k, v in vars(socket).items() if k.startswith("EAI_") and isinstance(v, int)}
H_ERRNO = {1: "HOST_NOT_FOUND", 2: "TRY_AGAIN", 3: "NO_RECOVERY", 4: "NO_DATA"}
def conv(v):
    if isinstance(v, (bytes, bytearray)): return {"bytes": list(v)}
    if isinstance(v, (list, tuple)): return [conv(x) for x in v]
    if numbering is not None and isinstance(v, (socket.AddressFamily, socket.SocketKind)):
        return numbering.get(v.name, "%s (not on the target)" % v.name)
    if isinstance(v, int) and not isinstance(v, bool): return int(v)
    return v
def errname(e, code):
    if isinstance(e, socket.gaierror): return EAI.get(code)
    if isinstance(e, socket.herror): return H_ERRNO.get(code)
    return errno.errorcode.get(code)
out = {}
for name, expr in req["exprs"].items():
    try:
        out[name] = {"ok": conv(eval(expr, {"socket": socket}))}
    except Exception as e:
        code = getattr(e, "errno", None)
        out[name] = {"error": type(e).__name__, "errno": code, "errname": errname(e, code),
                     "args": [a if isinstance(a, (int, str)) else repr(a) for a in e.args]}
print(json.dumps(out))
`;

/** Under Wine: the target's value of each AF_/SOCK_ constant, for python3's enum members of that name. */
function targetNumbering(): Record<string, number> | null {
  if (!onWindows) return null;
  return Object.fromEntries(
    Object.entries(S).filter(
      (e): e is [string, number] => /^(AF|SOCK)_[A-Z0-9_]+$/.test(e[0]) && typeof e[1] === "number",
    ),
  );
}

/**
 * Python's `socket.inet_aton(text)` as CPython computes it on this target. CPython on Windows parses with
 * inet_addr, whose all-ones answer is an error unless the text is "255.255.255.255" (socketmodule.c),
 * and which reads a lone space as 0.0.0.0 (Winsock's; Wine's as Windows'): under Wine the host's python3
 * applies those two rules to its own parse (inet_aton("x") raises CPython's own OSError).
 */
export function pyInetAton(text: string): string {
  const q = JSON.stringify(text);
  if (!onWindows) return `socket.inet_aton(${q})`;
  if (text === " ") return "bytes(4)";
  return `socket.inet_aton(${q}) if socket.inet_aton(${q}) != bytes([255] * 4) or ${q} == "255.255.255.255" else socket.inet_aton("x")`;
}

export function python(
  exprs: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, Outcome> {
  // The expressions go through stdin: a large batch does not fit one argv string.
  const input = JSON.stringify({ exprs, numbering: targetNumbering() });
  const r = runPeer("python3", ["-c", PY_EVAL], { input, env });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, Outcome>;
}

function normalize(v: unknown): unknown {
  if (Buffer.isBuffer(v)) return { bytes: [...v] };
  if (Array.isArray(v)) return v.map(normalize);
  return v;
}

/** Runs a bsdsock call and records its value or error in the same shape as Python's. */
export function outcome(f: () => unknown): Outcome {
  try {
    return { ok: normalize(f()) };
  } catch (e) {
    const err = e as Error & { errno?: number; strerror?: string; code?: string };
    return { error: err.name, errno: err.errno ?? null, args: [err.strerror ?? err.message], code: err.code };
  }
}

// Python's exception classes and ours: herror/gaierror/OSError are SocketErrors, the ValueError
// family (OverflowError, UnicodeError) is RangeError.
const JS_CLASS: Record<string, string> = {
  gaierror: "GaiError",
  herror: "HostError",
  OSError: "SocketError",
  TypeError: "TypeError",
  ValueError: "RangeError",
  OverflowError: "RangeError",
  UnicodeError: "RangeError",
  UnicodeEncodeError: "RangeError",
};

/** Asserts that our outcome is Python's: equal value, or the matching error with the same errno/message. */
export function expectSame(ours: Outcome, py: Outcome | undefined): void {
  expect(py, "python produced no result").toBeDefined();
  if ("ok" in py!) {
    expect(ours).toEqual(py);
    return;
  }
  expect("error" in ours ? ours.error : ours).toBe(JS_CLASS[py!.error] ?? py!.error);
  if (!("error" in ours)) return;
  if (py!.errno !== null && onWindows) {
    // Under Wine python3 is the host's (Linux): the same error by name, in Winsock's numbering; the
    // strerror is each system's own text.
    // Names that share a value there (EAI_NONAME and EAI_NODATA) are the same error.
    expect(py!.errname, `errno ${py!.errno} has a name`).toBeTruthy();
    expect(ours.errno).toBe(errnoOf(py!.errname!));
    expect(ours.code && errnoOf(ours.code)).toBe(errnoOf(py!.errname!));
  } else if (py!.errno !== null) {
    // (errno, strerror) errors: both parts must agree.
    expect(ours.errno).toBe(py!.errno);
    expect(ours.args[0]).toBe(py!.args[1]);
  } else if (py!.error === "OSError") {
    // Python's message-only OSErrors: the same message.
    expect(ours.args[0]).toBe(py!.args[0]);
  }
}

/** A comparison case: the Python expression, the bsdsock call, and (optionally) where it applies. */
export interface PythonCase {
  py: string;
  js: () => unknown;
  where?: { applies: boolean; reason: string };
  /** Under Wine: the part of both values that means the same on Windows as on the host, compared instead. */
  onWindows?: (value: unknown) => unknown;
}

/**
 * One test per case: the bsdsock call and the Python expression must give the same outcome. `where`
 * says where the comparison means something (by default wherever python3 runs, as the host's under Wine);
 * a case's own `where` can narrow it further.
 */
export function comparePythonCases(
  cases: Record<string, PythonCase>,
  where: { applies: boolean; reason: string } = { applies: peersReachable, reason: LINUX_PEERS },
): void {
  let py: Record<string, Outcome>;
  const applies = (c: PythonCase) => c.where?.applies ?? true;
  describeWhere(where.applies, where.reason)("same results and errors as python3's socket module", () => {
    beforeAll(() => {
      const exprs = Object.entries(cases).filter(([, c]) => applies(c));
      py = python(Object.fromEntries(exprs.map(([name, c]) => [name, c.py])));
    });
    for (const [name, c] of Object.entries(cases))
      itWhere(applies(c), c.where?.reason ?? "")(name, () => {
        const ours = outcome(c.js);
        const theirs = py[name];
        if (onWindows && c.onWindows && theirs && "ok" in theirs && "ok" in ours)
          expect(c.onWindows(ours.ok)).toEqual(c.onWindows(theirs.ok));
        else expectSame(ours, theirs);
      });
  });
}
