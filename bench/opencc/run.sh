#!/usr/bin/env bash
# Times the OpenCC command line (`opencc -c s2tw.json` and `opencc -c t2s.json`) on ~10 MB of the seed's plain
# text: best of N runs, wall clock (process start and dictionary loading included), printed as MB/s.
#
#   bash bench/opencc/run.sh [FILE] [RUNS]
#
# FILE defaults to $TMPDIR/site-bench/seed-plain-10mb.txt, built here (never committed) as
# ../shared/reference/opencc/seed-plain.txt repeated 552 times (10,495,728 bytes, >= 10 MiB), the same bytes the
# C# conversion benchmark converts. If `opencc` is not on PATH, the Debian package is installed with
# `apt-get install -y opencc`, which needs root (or sudo); install it yourself otherwise.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${2:-3}"

if ! command -v opencc >/dev/null 2>&1; then
  echo "opencc not on PATH: installing the Debian package 'opencc' (needs root)" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y opencc >&2 || { apt-get update >&2 && apt-get install -y opencc >&2; }
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get install -y opencc >&2 || { sudo apt-get update >&2 && sudo apt-get install -y opencc >&2; }
  else
    echo "cannot install opencc: not root and no sudo; run 'apt-get install -y opencc' as root" >&2
    exit 1
  fi
fi

file="${1:-}"
if [ -z "$file" ]; then
  seed="$root/../shared/reference/opencc/seed-plain.txt"
  [ -f "$seed" ] || { echo "$seed is absent: the benchmark needs ../shared" >&2; exit 1; }
  folder="${TMPDIR:-/tmp}/site-bench"
  file="$folder/seed-plain-10mb.txt"
  seed_bytes="$(stat -c %s "$seed")"
  copies=$(( (10485760 + seed_bytes - 1) / seed_bytes ))
  if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -ne $(( copies * seed_bytes )) ]; then
    mkdir -p "$folder"
    for _ in $(seq "$copies"); do cat "$seed"; done > "$file.tmp"
    mv "$file.tmp" "$file"
  fi
fi
bytes="$(stat -c %s "$file")"
version="$(dpkg-query -W -f '${Version}' opencc 2>/dev/null || opencc --version 2>&1 | head -n 1)"
echo "opencc $version on $file ($bytes bytes), best of $runs" >&2

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
for config in s2tw t2s; do
  best=""
  for _ in $(seq "$runs"); do
    start="$(date +%s%N)"
    opencc -c "$config.json" -i "$file" -o "$out"
    end="$(date +%s%N)"
    ns=$(( end - start ))
    if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best="$ns"; fi
  done
  awk -v c="$config" -v b="$bytes" -v ns="$best" \
    'BEGIN { printf "opencc-cli %s: %.2f MB UTF-8, best %.0f ms, %.1f MB/s\n", c, b / 1e6, ns / 1e6, b / 1e6 / (ns / 1e9) }'
done
