#!/usr/bin/env bash
# Installs what the quality gates need: Debian Chromium, a headless Java runtime (for the Nu Html Checker),
# CJK fonts (screenshots), Node.js, and the npm tools pinned in package-lock.json. Idempotent: skips what is
# already there. System packages are installed only as root; npm never downloads a browser or a driver.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
{ command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family | grep -qi 'Noto Sans CJK'; } || missing+=(fonts-noto-cjk)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "quality: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
  else
    echo "quality: missing ${missing[*]}; install them (apt-get install -y ${missing[*]}) or run as root" >&2
    exit 2
  fi
fi

# npm packages, exactly as locked; install scripts are not run (vnu-jar's would fetch a Java runtime,
# the jar itself ships in the package).
stamp="$here/node_modules/.installed-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$stamp"; then
  echo "quality: npm ci in scripts/quality"
  (cd "$here" && PUPPETEER_SKIP_DOWNLOAD=1 CHROMEDRIVER_SKIP_DOWNLOAD=true npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$stamp"
fi
echo "quality: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), $(java -version 2>&1 | head -1), node $(node --version)"
