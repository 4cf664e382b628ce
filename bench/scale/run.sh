#!/usr/bin/env bash
# Scale benchmark: builds sites of N articles (default 100 1000 10000) made from the seed and the zh corpus
# articles with varied titles, and reports wall time and peak memory of `site build` for each.
#   bash bench/scale/run.sh [N ...]
# SCALE_SEARCH=false builds without the search index (on by default, as in site.yml).
# SCALE_RUNS=N builds each site N times (cold template cache and fresh output each time) and reports the median wall
# time with the range and the highest peak memory: on a shared machine one run can be 15-20 % off.
# Needs ../shared/corpus beside the clone, and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
shared="$repo/../shared/corpus/articles/zh"
[ -d "$shared" ] || { echo "../shared/corpus is absent; nothing to build from" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 1; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)

dotnet build src/Site -c Release -v q -nologo >/dev/null
site="$repo/src/Site/bin/Release/net10.0/site.dll"
sources=("$repo/content/articles/韩美关系.wikitext" "$shared"/*.wikitext)
work=$(mktemp -d "${TMPDIR:-/tmp}/site-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT

printf '| articles | editions | search | pages written | wall time | peak memory |\n|---:|---:|---|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  root="$work/$n"
  mkdir -p "$root/content/articles" "$root/content/pages"
  cp -r "$repo/templates" "$root/templates"
  cp -r "$repo/content/conversion" "$root/content/conversion"
  cp "$repo/content/pages/about.md" "$root/content/pages/"
  {
    sed -n '1,/^articles:/p' "$repo/content/site.yml"
    for ((i = 0; i < n; i++)); do
      src=${sources[$((i % ${#sources[@]}))]}
      name="article-$i.wikitext"
      cp "$src" "$root/content/articles/$name"
      printf '  - file: articles/%s\n    slug: a%d\n    title: 条目%d\n' "$name" "$i" "$i"
    done
    printf 'pages: pages\nconversion: conversion\nsearch: %s\n' "${SCALE_SEARCH:-true}"
  } > "$root/content/site.yml"
  runs=${SCALE_RUNS:-1}
  times=()
  peak=0
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$root/_site" "$root/.site-cache"
    /usr/bin/time -f '%e %M' -o "$work/time-$n" dotnet "$site" build --root "$root" --out "$root/_site" --verbose >"$work/log-$n" 2>&1 || { tail -5 "$work/log-$n"; exit 1; }
    grep -h "^Phases\|^Heap\|^GC:" "$work/log-$n" >&2 || true
    read -r seconds kilobytes < "$work/time-$n"
    echo "run $r: $seconds s, $((kilobytes / 1024)) MB" >&2
    times+=("$seconds")
    peak=$((kilobytes > peak ? kilobytes : peak))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -g))
  wall=$(printf '%.1f s' "${sorted[$((runs / 2))]}")
  [ "$runs" -eq 1 ] || wall+=$(printf ' (%.1f–%.1f, %d runs)' "${sorted[0]}" "${sorted[$((runs - 1))]}" "$runs")
  pages=$(find "$root/_site" -name '*.html' | wc -l)
  printf '| %d | 2 | %s | %d | %s | %d MB |\n' "$n" "${SCALE_SEARCH:-true}" "$pages" "$wall" $((peak / 1024))
  rm -rf "$root"
done
