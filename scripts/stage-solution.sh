#!/usr/bin/env bash
# Stages Subsidia.slnx with only the projects whose .csproj git already tracks (or has staged), so that a commit
# never references a project that is not in it. Used when several people add projects to the tree at once.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp)
while IFS= read -r line; do
  if [[ "$line" =~ Path=\"([^\"]+)\" ]]; then
    path="${BASH_REMATCH[1]}"
    if git ls-files --error-unmatch "$path" >/dev/null 2>&1; then echo "$line"; fi
  else
    echo "$line"
  fi
done < Subsidia.slnx > "$tmp"
blob=$(git hash-object -w "$tmp")
git update-index --cacheinfo 100644,"$blob",Subsidia.slnx
rm -f "$tmp"
git diff --cached --stat -- Subsidia.slnx
