#!/usr/bin/env bash
# Runs the C# parser benchmark (Release, BenchmarkDotNet) and wtf_wikipedia on the same ~10 MB file,
# then prints both throughputs and their ratio.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Site.Benchmarks/Site.Benchmarks.csproj"

dotnet build "$project" -c Release --nologo -v quiet >/dev/null
corpus="$(dotnet run --project "$project" -c Release --no-build -- corpus)"
echo "10 MB input: $corpus"

# One line per benchmark and GC setting: "Corpus10Mb (non-concurrent GC): … MB/s" (see Program.cs, ParseConfig).
ours="$(dotnet run --project "$project" -c Release --no-build -- --filter '*' | tee /dev/stderr | grep -E '^(Seed|Corpus10Mb) \(')"
wtf="$("$here/wtf/run.sh" "$corpus" 3)"

echo
echo "$ours"
echo "$wtf"
wtf_mbs="$(echo "$wtf" | sed -E 's/.* ([0-9.]+) MB\/s$/\1/')"
for gc in "non-concurrent GC" "default concurrent GC"; do
  ours_mbs="$(echo "$ours" | grep "^Corpus10Mb ($gc):" | sed -E 's/.* ([0-9.]+) MB\/s$/\1/')"
  awk -v a="$ours_mbs" -v b="$wtf_mbs" -v gc="$gc" 'BEGIN { printf "ratio (ours with %s / wtf_wikipedia, 10 MB): %.1fx\n", gc, a / b }'
done
