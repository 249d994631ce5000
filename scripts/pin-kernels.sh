#!/usr/bin/env bash
# Pins a Linux target's kernel UAPI header snapshots (headers/linux-kernels/<x.y>/, one store shared
# by every Linux target) from the linux-libc-dev package of Debian suites: each .deb is fetched from
# the archive, checked against the suite's signed index's SHA256, and handed to `npm run generate -- --pin-kernel`. The newest pinned
# kernel is the one the bindings are generated from; the others date each constant (README, Kernels).
# Usage: bash scripts/pin-kernels.sh [-t TARGET] [suite…]
#        (default: linux-x64; bullseye bookworm trixie forky)
set -euo pipefail
cd "$(dirname "$0")/.."
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
TARGET=linux-x64
if [ "${1:-}" = "-t" ]; then
  TARGET=$2
  shift 2
fi
# The manifest's "kernels" entry says which Debian arch's packages hold the target's asm/ headers.
ARCH=$(node -p "require('./headers/$TARGET/manifest.json').kernels.debianArch ?? 'amd64'")
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(bullseye bookworm trixie forky)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for suite in "${suites[@]}"; do
  curl -fsS --max-time 120 "$MIRROR/dists/$suite/main/binary-$ARCH/Packages.xz" | xz -dc >"$work/Packages"
  # The highest version the suite lists (trixie lists two).
  read -r file sum < <(awk '
    /^Package: /{p = ($2 == "linux-libc-dev")}
    p && /^Version: /{v = $2} p && /^Filename: /{f = $2} p && /^SHA256: /{s = $2}
    /^$/{ if (p && f != "") print v, f, s; p = 0; f = "" }
    END { if (p && f != "") print v, f, s }' "$work/Packages" |
    sort -V | tail -1 | cut -d" " -f2-)
  [ -n "${file:-}" ] || { echo "$suite: no linux-libc-dev in $MIRROR" >&2; exit 1; }
  deb="$work/$(basename "$file")"
  curl -fsS --max-time 300 -o "$deb" "$MIRROR/$file"
  echo "$sum  $deb" | sha256sum -c --quiet
  echo "$suite: $(basename "$file")"
  npm run --silent generate -- --target "$TARGET" --pin-kernel "$deb"
done
npm run --silent generate -- --target "$TARGET"
