#!/usr/bin/env bash
# Search recall: Pagefind (npm, pinned in package.json/package-lock.json) vs the site's own C# index, on real 2- and
# 4-character words typed in Simplified and in Traditional, against both editions. Prints the tables of README.md.
#   bash bench/search/run.sh            # builds the seed site into artifacts/search-bench/site, then compares
# Needs Node 20+ and npm; nothing is downloaded at install time (the Pagefind binary ships in @pagefind/linux-x64).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out="$repo/artifacts/search-bench"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PUPPETEER_SKIP_DOWNLOAD=1
mkdir -p "$out"
(cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
dotnet run --project "$repo/src/Site" -- build --root "$repo" --out "$out/built" --quiet >"$out/build.log" 2>&1 ||
  { tail -n 20 "$out/build.log"; echo "search bench: site build failed"; exit 1; }
node "$here/compare.mjs" --site "$out/built" --work "$out/work" --json "$out/results.json" | tee "$out/report.md"
