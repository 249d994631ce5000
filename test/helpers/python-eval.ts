// Comparing bsdsock with python3's own socket module: evaluate a batch of Python expressions in one
// python3 process, run the same calls in bsdsock, and assert the outcomes (values or errors) match.
import { spawnSync } from "node:child_process";
import { beforeAll, expect, it } from "vitest";
import { describeWhere, LINUX_PEERS, onWindows } from "./platform.js";

export type Outcome =
  { ok: unknown } | { error: string; errno: number | null; args: unknown[]; message?: string; code?: string };

// Each expression's value (tuples as lists, bytes as {bytes: [...]}) or its exception's class, errno
// and args, as JSON.
const PY_EVAL = String.raw`
import json, socket, sys
def conv(v):
    if isinstance(v, (bytes, bytearray)): return {"bytes": list(v)}
    if isinstance(v, (list, tuple)): return [conv(x) for x in v]
    if isinstance(v, int) and not isinstance(v, bool): return int(v)
    return v
out = {}
for name, expr in json.loads(sys.stdin.read()).items():
    try:
        out[name] = {"ok": conv(eval(expr, {"socket": socket}))}
    except Exception as e:
        out[name] = {"error": type(e).__name__, "errno": getattr(e, "errno", None),
                     "args": [a if isinstance(a, (int, str)) else repr(a) for a in e.args]}
print(json.dumps(out))
`;

export function python(
  exprs: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, Outcome> {
  // The expressions go through stdin: a large batch does not fit one argv string.
  const r = spawnSync("python3", ["-c", PY_EVAL], {
    input: JSON.stringify(exprs),
    encoding: "utf8",
    timeout: 20_000,
    env,
  });
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
  if (py!.errno !== null) {
    // (errno, strerror) errors: both parts must agree.
    expect(ours.errno).toBe(py!.errno);
    expect(ours.args[0]).toBe(py!.args[1]);
  } else if (py!.error === "OSError") {
    // Python's message-only OSErrors: the same message.
    expect(ours.args[0]).toBe(py!.args[0]);
  }
}

/** One test per case: the bsdsock call and the Python expression must give the same outcome. */
export function comparePythonCases(cases: Record<string, { py: string; js: () => unknown }>): void {
  let py: Record<string, Outcome>;
  describeWhere(!onWindows, LINUX_PEERS)("same results and errors as python3's socket module", () => {
    beforeAll(() => {
      py = python(Object.fromEntries(Object.entries(cases).map(([name, c]) => [name, c.py])));
    });
    it.each(Object.keys(cases))("%s", (name) => {
      expectSame(outcome(cases[name].js), py[name]);
    });
  });
}
