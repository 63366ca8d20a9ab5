#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine with only the Swift toolchain lacks: libncursesw5-dev, tmux and PostgreSQL
# (the server the database store's tests start a throwaway cluster of; openssl makes its certificate) and zlib's
# headers (history snapshots are compressed with the system's zlib).
# As root it uses apt-get; otherwise it prints the command to run and stops.
set -euo pipefail
missing=()
[ -f /usr/include/ncursesw/curses.h ] || missing+=(libncursesw5-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ]; then
    echo "Cài đặt / installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "Thiếu gói / missing packages: ${missing[*]}" >&2
    echo "Chạy / run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
