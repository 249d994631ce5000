# What test/targets/linux-arm.sh and linux-arm64.sh share, sourced by both (not run on its own): qemu-user
# with its binfmt registration, the target's native npm modules, and the suite run in the emulated node.
# Run from the repository root, as root (Debian's packages and /proc/sys/fs/binfmt_misc).

# qemu_user QEMU_NAME [DEBIAN_PACKAGE…]: installs qemu-user and the packages named when any is missing,
# then registers QEMU_NAME's executables with the kernel (what systemd-binfmt does at boot on a normal
# machine), so the emulated node can start emulated child processes like any node does.
qemu_user() {
  local name=$1
  shift
  if ! dpkg -s qemu-user qemu-user-binfmt "$@" >/dev/null 2>&1; then
    apt-get update
    apt-get install -y --no-install-recommends qemu-user qemu-user-binfmt "$@"
  fi
  if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc; fi
  if [ ! -e "/proc/sys/fs/binfmt_misc/$name" ]; then cat "/usr/lib/binfmt.d/$name.conf" >/proc/sys/fs/binfmt_misc/register; fi
}

# native_modules KOFFI ROLLDOWN LIGHTNINGCSS: the native modules the emulated node loads in-process,
# for the target (package name suffixes), matching the installed JS packages' versions.
native_modules() {
  version() { node -p "require('./node_modules/$1/package.json').version"; }
  npm install --no-save --no-audit --no-fund --force \
    "@koromix/koffi-$1@$(version koffi)" \
    "@rolldown/binding-$2@$(version @rolldown/binding-linux-x64-gnu)" \
    "lightningcss-$3@$(version lightningcss)"
}

# run_suite NODE TARGET [vitest arguments…]: the runtime and reliability suites in NODE, or the test
# files named first (`linux-arm.sh test/runtime/messages`).
run_suite() {
  local node=$1
  export BSDSOCK_EXPECT_TARGET=$2
  shift 2
  # esbuild (behind tsx) is a separate process speaking a pipe protocol: the host's binary serves it fast.
  export ESBUILD_BINARY_PATH="$PWD/node_modules/@esbuild/linux-x64/bin/esbuild"
  # Tests that cannot apply under the emulator skip themselves, naming this reason (see test/runtime).
  export BSDSOCK_EMULATOR=qemu-user
  "$node" -p '`node ${process.version} on ${process.platform}-${process.arch}`'
  if [ $# -gt 0 ] && [[ $1 != -* ]]; then
    "$node" node_modules/vitest/vitest.mjs run "$@"
  else
    "$node" node_modules/vitest/vitest.mjs run test/runtime test/reliability "$@"
  fi
}
