#!/usr/bin/env bash
# Refreshes resources/translations/sangkien_vi.ts from the sources (new messages appear unfinished;
# translate them in Qt Linguist: linguist resources/translations/sangkien_vi.ts).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
"$LUPDATE" -no-obsolete -locations relative "$ROOT/core" "$ROOT/ui" "$ROOT/app" \
  -ts "$ROOT/resources/translations/sangkien_vi.ts"
