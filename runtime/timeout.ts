// Timeout values as the specification defines them: null (blocking), 0 (non-blocking) or a positive
// number of seconds, and the module-wide default that new sockets take.
let defaultTimeout: number | null = null;

/** CPython's limit: a timeout must fit its clock (2^63 ns); longer ones are an OverflowError there. */
export const MAX_TIMEOUT_SECONDS = 9223372036.854775;

/**
 * Validates a timeout argument (seconds): null or a number in [0, MAX_TIMEOUT_SECONDS]; throws
 * TypeError/RangeError with the reason. Waits longer than poll() and setTimeout can take are made in
 * chunks (socket/core.ts, socket/drive.ts), so every accepted timeout is honoured exactly.
 */
export function checkTimeout(value: unknown): number | null {
  // Python's None is null; an undefined (a value that is not there) never turns a socket blocking.
  if (value === null) return null;
  if (typeof value !== "number")
    throw new TypeError(`timeout must be a number of seconds or null, got ${typeof value}`);
  if (Number.isNaN(value)) throw new RangeError("Invalid value NaN (not a number)");
  if (value < 0) throw new RangeError("Timeout value out of range");
  if (value > MAX_TIMEOUT_SECONDS)
    throw new RangeError(`timeout ${value} s is out of range (at most ${MAX_TIMEOUT_SECONDS} s)`);
  return value;
}

export function getdefaulttimeout(): number | null {
  return defaultTimeout;
}

export function setdefaulttimeout(timeout: number | null): void {
  defaultTimeout = checkTimeout(timeout);
}
