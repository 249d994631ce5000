// Timeout values as the specification defines them: null (blocking), 0 (non-blocking) or a positive
// number of seconds, and the module-wide default that new sockets take.
let defaultTimeout: number | null = null;

/** Validates a timeout argument; throws TypeError/RangeError with the reason. */
export function checkTimeout(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number")
    throw new TypeError(`timeout must be a number of seconds or null, got ${typeof value}`);
  if (Number.isNaN(value)) throw new RangeError("Invalid value NaN (not a number)");
  if (value < 0) throw new RangeError("Timeout value out of range");
  if (!Number.isFinite(value)) return null;
  return value;
}

export function getdefaulttimeout(): number | null {
  return defaultTimeout;
}

export function setdefaulttimeout(timeout: number | null): void {
  defaultTimeout = checkTimeout(timeout);
}

/** Milliseconds left until `deadline` (a performance.now() instant), never negative. */
export function remainingMs(deadline: number): number {
  return Math.max(0, deadline - performance.now());
}
