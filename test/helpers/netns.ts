// A test network: a veth pair with one end here and the other in a network namespace made for the
// test, each end with an address, removed afterwards. Names are unique per process (test files run
// in parallel), and tests that list this host's interfaces or routes leave them out (isTestLink): a
// pair made or removed by another file between two listings would otherwise differ.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { PATIENCE } from "./peers.js";

export interface TestNet {
  ns: string;
  /** The end in this namespace, and its address. */
  here: string;
  hereAddr: string;
  /** The end inside `ns`, and its address. */
  there: string;
  thereAddr: string;
  /** Runs a command inside the namespace. */
  exec(cmd: string[]): SpawnSyncReturns<string>;
  remove(): void;
}

const run = (cmd: string[]): SpawnSyncReturns<string> =>
  spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8", timeout: 15_000 * PATIENCE });

/** The link names createTestNet makes: "bt", a two-character tag, the pid, a or b (also a Python re). */
export const TEST_LINK_PATTERN = "^bt[a-z0-9]{2}\\d{1,5}[ab]$";
const testLink = new RegExp(TEST_LINK_PATTERN);
export const isTestLink = (name: string): boolean => testLink.test(name);

export function createTestNet(tag: string): TestNet {
  if (!/^[a-z0-9]{2}$/.test(tag)) throw new Error(`createTestNet: the tag is two characters: ${tag}`);
  const id = `bt${tag}${process.pid % 100000}`;
  const ns = `bsdsock-${id}`;
  const [here, there] = [`${id}a`, `${id}b`];
  const subnet = `10.${200 + (process.pid % 50)}.${(process.pid >> 4) % 250}`;
  const net: TestNet = {
    ns,
    here,
    there,
    hereAddr: `${subnet}.1`,
    thereAddr: `${subnet}.2`,
    exec: (cmd) => run(["ip", "netns", "exec", ns, ...cmd]),
    remove() {
      run(["ip", "link", "del", here]);
      run(["ip", "netns", "del", ns]);
    },
  };
  // Left by a run that was killed (namespace files in /run/netns can outlive a reboot, and pids repeat).
  net.remove();
  for (const cmd of [
    ["ip", "netns", "add", ns],
    ["ip", "link", "add", here, "type", "veth", "peer", "name", there],
    ["ip", "link", "set", there, "netns", ns],
    ["ip", "addr", "add", `${net.hereAddr}/24`, "dev", here],
    ["ip", "link", "set", here, "up"],
    ["ip", "netns", "exec", ns, "ip", "addr", "add", `${net.thereAddr}/24`, "dev", there],
    ["ip", "netns", "exec", ns, "ip", "link", "set", there, "up"],
    ["ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up"],
  ]) {
    const r = run(cmd);
    if (r.status !== 0) {
      net.remove();
      throw new Error(`${cmd.join(" ")}: ${r.stderr}`);
    }
  }
  return net;
}
