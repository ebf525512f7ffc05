#!/usr/bin/env bash
# Fails when a C++ source of app/, core/, ui/ or tests/ differs from what clang-format (the repository's
# .clang-format) makes of it; lists the places. Fix with: clang-format -i FILE…
# Usage: tests/format/check_format.sh [CLANG_FORMAT]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLANG_FORMAT="${1:-clang-format}"
cd "$ROOT"
mapfile -d '' files < <(find app core ui tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if ((${#files[@]} == 0)); then
  echo "no sources found under $ROOT" >&2
  exit 1
fi
"$CLANG_FORMAT" --dry-run -Werror "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"
