#!/usr/bin/env bash
# Converts the same ~10 MB file in-process (C#, BenchmarkDotNet, Release) and with the OpenCC command line,
# then prints the throughputs and the ratios ours / OpenCC CLI.
#
#   bash bench/opencc/compare.sh
#
# Needs ../shared/reference/opencc/seed-plain.txt and `opencc` (installed by run.sh with apt-get if missing: root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/../Site.Benchmarks/Site.Benchmarks.csproj"

dotnet build "$project" -c Release --nologo -v quiet >/dev/null
input="$(dotnet run --project "$project" -c Release --no-build -- conversion-input)"
echo "10 MB input: $input"

ours="$(dotnet run --project "$project" -c Release --no-build -- conversion --filter '*' | tee /dev/stderr \
  | grep -E '^(OpenCcS2tw|OpenCcT2s|EditionZhTw|EditionZhCn):')"
cli="$(bash "$here/run.sh" "$input" 3)"

echo
echo "$ours"
echo "$cli"
mbs() { sed -E 's/.* ([0-9.]+) MB\/s$/\1/'; }
cli_s2tw="$(echo "$cli" | grep '^opencc-cli s2tw:' | mbs)"
cli_t2s="$(echo "$cli" | grep '^opencc-cli t2s:' | mbs)"
for pair in "OpenCcS2tw $cli_s2tw s2tw" "EditionZhTw $cli_s2tw s2tw" "OpenCcT2s $cli_t2s t2s" "EditionZhCn $cli_t2s t2s"; do
  set -- $pair
  a="$(echo "$ours" | grep "^$1:" | mbs)"
  awk -v n="$1" -v a="$a" -v b="$2" -v c="$3" 'BEGIN { printf "ratio %s / opencc-cli %s: %.1fx\n", n, c, a / b }'
done
