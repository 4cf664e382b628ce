#!/usr/bin/env bash
# Installs wtf_wikipedia (pinned in package-lock.json) into bench/wtf/node_modules and times it on FILE.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
file="${1:?usage: bench/wtf/run.sh FILE [runs]}"
cd "$here"
if [ ! -d node_modules/wtf_wikipedia ]; then
  npm ci --no-audit --no-fund --silent
fi
node parse.mjs "$file" "${2:-3}"
