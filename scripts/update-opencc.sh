#!/usr/bin/env bash
# Regenerates third_party/opencc/ from the opencc npm package (Apache-2.0).
# Needs npm (to fetch the package through the configured npm registry), tar and python3.
# Usage: scripts/update-opencc.sh [version]   (default 1.4.2)
set -euo pipefail

version="${1:-1.4.2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/third_party/opencc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "opencc@$version" >/dev/null && tar xzf "opencc-$version.tgz")
pkg="$work/package"
src="$pkg/data/dictionary"

# Plain-text dictionaries the Site.Conversion engine uses (see src/Site.Conversion/OpenCc/OpenCcConfig.cs).
dicts=(
  CJK_Compatibility_Ideographs
  STPhrases STCharacters
  TSPhrases TSCharacters
  TWPhrases TWPhrasesRev TWVariants TWVariantsPhrases TWVariantsRevPhrases
  HKPhrases HKPhrasesRev HKVariants HKVariantsPhrases HKVariantsRevPhrases
)

rm -rf "$dest/dictionary"
mkdir -p "$dest/dictionary"
for d in "${dicts[@]}"; do
  cp "$src/$d.txt" "$dest/dictionary/$d.txt"
done

# OpenCC builds the *VariantsRev dictionaries at build time with its own script; do the same.
for d in TWVariants HKVariants; do
  python3 "$pkg/data/scripts/reverse.py" "$src/$d.txt" "$dest/dictionary/${d}Rev.txt"
done

cp "$pkg/LICENSE" "$dest/LICENSE"
echo "$version" > "$dest/VERSION"
echo "OpenCC $version dictionaries written to $dest"
