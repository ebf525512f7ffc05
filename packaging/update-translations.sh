#!/usr/bin/env bash
# Refreshes resources/translations/sangkien_vi.ts from the sources (new messages appear unfinished;
# translate them in Qt Linguist: linguist resources/translations/sangkien_vi.ts).
#
# The include paths let lupdate resolve the headers of classes declared in the sangkien namespace
# (tr() contexts such as sangkien::MainWindow); -locations none keeps the diffs of the .ts small;
# -no-obsolete drops messages that are no longer in the code.
#
# resources/translations/qt_vi.ts (our Vietnamese of Qt's own strings) does not come from our sources and is
# not touched here: after a Qt upgrade, ctest "translations: qt_vi.ts is complete" names the strings of Qt's
# catalogues it lacks; add them by hand, keyed by Qt's English.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
"$LUPDATE" -no-obsolete -locations none \
  -I "$ROOT/core" -I "$ROOT/ui" -I "$ROOT/app" \
  "$ROOT/core" "$ROOT/ui" "$ROOT/app" \
  -ts "$ROOT/resources/translations/sangkien_vi.ts"
