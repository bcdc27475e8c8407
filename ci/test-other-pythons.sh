#!/usr/bin/env bash
# Optional (not part of CI; needs root, debootstrap and network access to
# Debian's archive): runs the Rust test suites against CPython 3.13, 3.14 and
# 3.15 from Debian sid, in a chroot made with debootstrap. The host's Rust
# toolchain and cargo cache are bind-mounted into it.
#
#   sudo ci/test-other-pythons.sh [ROOT_DIR]     (default: ../sid-root)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
root=${1:-$(dirname "$repo")/sid-root}
versions="3.13 3.14 3.15"

if [ ! -x "$root/usr/bin/python3.15" ]; then
    packages=$(for v in $versions; do printf 'python%s-dev,' "$v"; done)
    debootstrap --variant=minbase --include="${packages}gcc,libc6-dev" sid "$root" http://deb.debian.org/debian
fi

mounts=()
bind() { mkdir -p "$root$2"; mount --bind "$1" "$root$2"; mounts+=("$root$2"); }
cleanup() { for ((i=${#mounts[@]}-1; i>=0; i--)); do umount "${mounts[$i]}"; done; }
trap cleanup EXIT
bind "${RUSTUP_HOME:-$HOME/.rustup}" /root/.rustup
bind "${CARGO_HOME:-$HOME/.cargo}" /root/.cargo
bind "$repo" /repo
bind /dev /dev
mount -t proc proc "$root/proc"; mounts+=("$root/proc")

for v in $versions; do
    echo "== CPython $v"
    chroot "$root" /bin/bash -c "export PATH=/root/.cargo/bin:/usr/bin:/bin HOME=/root; cd /repo && \
        PYO3_PYTHON=/usr/bin/python$v CARGO_TARGET_DIR=/repo/target/sid-$v \
        cargo test --quiet --offline --features full --test integration --test ffi_layout"
done
echo "== CPython 3.13, stable ABI 3.12"
chroot "$root" /bin/bash -c "export PATH=/root/.cargo/bin:/usr/bin:/bin HOME=/root; cd /repo && \
    PYO3_PYTHON=/usr/bin/python3.13 CARGO_TARGET_DIR=/repo/target/sid-3.13-abi3 \
    cargo test --quiet --offline --features full,abi3-py312 --test integration --test ffi_layout"
