#!/usr/bin/env bash
# The suite on a newer QGIS than the host's: a Debian 13 (trixie) chroot with QGIS 3.40 LTR
# from trixie (`qgis340`) or QGIS 3.44 from trixie-backports (`qgis344`), built once with
# debootstrap and cached under $PEUPLEMENT_CHROOTS (default /var/cache/peuplement/chroots),
# then the worktree bind-mounted in it at /src/peuplement (and ../shared at /src/shared).
#
#   scripts/qgis_chroot.sh build qgis340     # debootstrap + scripts/install_deps.sh, once
#   scripts/qgis_chroot.sh test  qgis340     # build if needed, make test and make demo in it, then
#                                            # compare the demo's figures with the host's build/demo
#   scripts/qgis_chroot.sh run   qgis340 CMD # any command in the chroot, in the worktree
#
# Needs root (debootstrap, mount, chroot). The mounts live in a private mount namespace
# (unshare -m): nothing stays mounted when the script ends, even on an error.
set -euo pipefail
cd "$(dirname "$0")/.."
WORKTREE=$(pwd)
SHARED=$(cd "$WORKTREE/.." && pwd)/shared
CHROOTS="${PEUPLEMENT_CHROOTS:-/var/cache/peuplement/chroots}"
MIRROR="${PEUPLEMENT_MIRROR:-http://deb.debian.org/debian}"

usage() { echo "usage: $0 build|test|run qgis340|qgis344 [command...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
action=$1; flavour=$2; shift 2
case "$flavour" in
  qgis340) name=trixie; backports="" ;;
  qgis344) name=trixie-backports; backports=1 ;;
  *) usage ;;
esac
ROOT="$CHROOTS/$name"
READY="$ROOT/.peuplement-ready"
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (debootstrap, mount, chroot)" >&2; exit 1; }

# Runs "$@" inside the chroot, worktree and shared data bind-mounted, in its own mount namespace.
in_chroot() {
  unshare -m --propagation private /bin/bash -euc '
    root=$1; worktree=$2; shared=$3; shift 3
    mount -t proc proc "$root/proc"
    mount -t sysfs sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/tmp"
    mkdir -p "$root/src/peuplement" "$root/src/shared"
    mount --bind "$worktree" "$root/src/peuplement"
    [ -d "$shared" ] && mount --bind "$shared" "$root/src/shared"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive PEUPLEMENT_VENV=/opt/peuplement-venv \
      /bin/bash -euc "cd /src/peuplement && $*"
  ' in_chroot "$ROOT" "$WORKTREE" "$SHARED" "$@"
}

build() {
  if [ -e "$READY" ]; then
    echo "chroot $ROOT ready ($(cat "$READY"))"
    return
  fi
  command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap
  local started=$SECONDS
  rm -rf "$ROOT"
  mkdir -p "$CHROOTS"
  debootstrap --variant=minbase trixie "$ROOT" "$MIRROR"
  rm -f "$ROOT/etc/apt/sources.list"
  cat > "$ROOT/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $MIRROR
Suites: trixie trixie-updates${backports:+ trixie-backports}
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  # The chroot trusts the certificate authorities the host added (a proxy's, for pip).
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/" 2>/dev/null || true
  # No service starts inside the chroot (pg_temp.py runs its own throw-away server).
  printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
  chmod +x "$ROOT/usr/sbin/policy-rc.d"
  local target=""
  [ -n "$backports" ] && target="-t trixie-backports"
  in_chroot "apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates make \
    && update-ca-certificates >/dev/null \
    && apt-get install -y -qq --no-install-recommends $target qgis python3-qgis qgis-providers \
    && scripts/install_deps.sh --venv && apt-get clean"
  in_chroot "python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)'" > "$READY.version"
  echo "QGIS $(cat "$READY.version"), built in $((SECONDS - started)) s on $(date -u +%FT%TZ)" > "$READY"
  rm -f "$READY.version"
  cat "$READY"
}

case "$action" in
  build) build ;;
  test)
    build
    started=$SECONDS
    # The chroot's own venv (Python 3.13) and build folder: the host's .venv and build/ stay untouched.
    in_chroot "make test VENV_PY=/opt/peuplement-venv/bin/python BUILD=/tmp/build \
      && make demo BUILD=/tmp/build DEMO=/src/peuplement/build/demo-$flavour"
    echo "$flavour: suite and demo in $((SECONDS - started)) s"
    # The demo's figures against the host's (make demo, QGIS 3.22): the same, to 1e-9.
    reference=build/demo/peuplement_demo.gpkg
    [ -f "$reference" ] || { echo "$0: $reference missing: run make demo on the host first" >&2; exit 1; }
    /usr/bin/python3 scripts/compare_demos.py "$reference" "build/demo-$flavour/peuplement_demo.gpkg"
    ;;
  run) build; in_chroot "$@" ;;
  *) usage ;;
esac
