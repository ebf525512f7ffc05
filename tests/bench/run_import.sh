#!/usr/bin/env bash
# Times the import figures README.md reports, on this machine, in one run:
#   `sangkien-cli import` of a 10,000-row .xlsx written by LibreOffice into a fresh campaign (`init`),
#   `libreoffice --headless --convert-to csv` on the same file, interleaved with the imports,
#   `sqlite3 .import --csv` of LibreOffice's CSV of the same rows (the floor),
#   bench_import on the same file (the read-and-validate and commit parts, in one process),
#   the peak resident memory of importing a 100,000-row file written the same way,
#   and bench_import on that file: the wizard's path (the preview's plan of every row, then its commit).
# Each is run RUNS times (default 3); the median is printed. Never run by ctest.
# Usage: tests/bench/run_import.sh [BUILD_DIR] [RUNS] [BIG_ROWS]
#        (BUILD_DIR defaults to $SANGKIEN_BUILD_DIR or ./build; BIG_ROWS to 100000)
# Needs python3 and LibreOffice (Debian: libreoffice-calc); LibreOffice runs with a private profile.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${SANGKIEN_BUILD_DIR:-$ROOT/build}}"
RUNS="${2:-3}"
BIG_ROWS="${3:-100000}"
ROWS=10000
CLI="$BUILD/app/sangkien-cli"
BENCH="$BUILD/tests/bench/bench_import"

if [[ ! -x "$CLI" ]]; then
  echo "run_import.sh: $CLI is missing; build first (cmake --build $BUILD)" >&2
  exit 1
fi
if ! command -v libreoffice >/dev/null; then
  echo "run_import.sh: LibreOffice is missing (apt-get install libreoffice-calc)" >&2
  exit 1
fi
for target in sangkien-cli bench_import; do
  if ! cmake --build "$BUILD" --target "$target" >"$BUILD/bench-import-build.log" 2>&1; then
    echo "run_import.sh: building $target failed (see $BUILD/bench-import-build.log); timing what is built" >&2
  fi
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
PROFILE="$WORK/lo-profile"
LO=(libreoffice "-env:UserInstallation=file://$PROFILE" --headless)

# measure NAME COMMAND...: runs the command (stdout to $WORK/out), appends "wall_ms peak_kb cpu_ms" to
# $WORK/NAME (cpu: user + system time of the process and its children; on a busy machine wall > cpu).
measure() {
  local name="$1"; shift
  python3 - "$WORK/$name" "$@" >"$WORK/out" 2>"$WORK/err" <<'PY' || { cat "$WORK/err" >&2; exit 1; }
import resource, subprocess, sys, time
start = time.monotonic()
rc = subprocess.call(sys.argv[2:])
wall_ms = (time.monotonic() - start) * 1000
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
with open(sys.argv[1], "a") as f:
    f.write(f"{wall_ms:.0f} {usage.ru_maxrss} {cpu_ms:.0f}\n")
sys.exit(rc)
PY
}
# median FILE COLUMN: the median of a column of numbers (the lower middle one for an even count).
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# imported: the "imported" count of the last `import --format json`.
imported() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["imported"])' "$WORK/out"; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load:$(uptime | sed 's/.*load average://')" >&2
echo "Writing the workbooks with LibreOffice ($ROWS and $BIG_ROWS rows)…" >&2
python3 "$ROOT/tests/bench/make_import_sheet.py" "$ROWS" "$WORK/list.xlsx" --profile "$PROFILE"
python3 "$ROOT/tests/bench/make_import_sheet.py" "$BIG_ROWS" "$WORK/big.xlsx" --profile "$PROFILE"

for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/c.sangkien" "$WORK/c.sangkien".* "$WORK/csv"
  "$CLI" init "$WORK/c.sangkien" >/dev/null
  measure import "$CLI" import "$WORK/c.sangkien" "$WORK/list.xlsx" --format json
  [[ "$(imported)" == "$ROWS" ]] || { echo "run_import.sh: the import did not import $ROWS rows" >&2; cat "$WORK/out" >&2; exit 1; }
  measure libreoffice "${LO[@]}" --convert-to csv --outdir "$WORK/csv" "$WORK/list.xlsx"
  [[ -s "$WORK/csv/list.csv" ]] || { echo "run_import.sh: LibreOffice wrote no CSV" >&2; exit 1; }
  # The floor: the same rows as CSV into a fresh SQLite table by the sqlite3 tool (package sqlite3).
  if command -v sqlite3 >/dev/null; then
    rm -f "$WORK/floor.db"
    measure floor sqlite3 "$WORK/floor.db" ".import --csv $WORK/csv/list.csv t"
  fi
  if [[ -x "$BENCH" ]]; then
    "$BENCH" "$ROWS" "$WORK/list.xlsx" >"$WORK/bench.out"
    echo "$(sed -n 's/^read_and_validate_ms=//p' "$WORK/bench.out") $(sed -n 's/^commit_ms=//p' "$WORK/bench.out")" >>"$WORK/parts"
  fi
  echo "  run $run: import $(tail -1 "$WORK/import" | cut -d' ' -f1) ms, LibreOffice $(tail -1 "$WORK/libreoffice" | cut -d' ' -f1) ms" >&2
done
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/big.sangkien" "$WORK/big.sangkien".*
  "$CLI" init "$WORK/big.sangkien" >/dev/null
  measure big "$CLI" import "$WORK/big.sangkien" "$WORK/big.xlsx" --format json
  [[ "$(imported)" == "$BIG_ROWS" ]] || { echo "run_import.sh: the big import did not import $BIG_ROWS rows" >&2; exit 1; }
  echo "  run $run: $BIG_ROWS rows, $(tail -1 "$WORK/big" | cut -d' ' -f1) ms, $(( $(tail -1 "$WORK/big" | cut -d' ' -f2) / 1024 )) MB" >&2
done

if [[ -x "$BENCH" ]]; then
  "$BENCH" "$BIG_ROWS" "$WORK/big.xlsx" >"$WORK/bench-big.out"
  echo "  wizard's path, $BIG_ROWS rows: $(sed -n 's/^peak_rss_kb=//p' "$WORK/bench-big.out") KB peak" >&2
fi

echo
echo "Median of $RUNS runs; $(nproc) cores. Wall time and peak resident memory of each whole process:"
echo
echo "| what | figure |"
echo "| --- | --- |"
echo "| \`sangkien-cli import\` of a $ROWS-row .xlsx written by LibreOffice, into a fresh campaign | $(median "$WORK/import" 1) ms (CPU $(median "$WORK/import" 3) ms), $(( $(median "$WORK/import" 2) / 1024 )) MB peak |"
if [[ -s "$WORK/parts" ]]; then
  echo "| … inside it (bench_import): read and validate / commit | $(median "$WORK/parts" 1) ms / $(median "$WORK/parts" 2) ms |"
fi
[[ -s "$WORK/floor" ]] && echo "| \`sqlite3 .import --csv\` of the same rows (LibreOffice's CSV), the floor | $(median "$WORK/floor" 1) ms (CPU $(median "$WORK/floor" 3) ms) |"
echo "| \`libreoffice --headless --convert-to csv\` on the same file | $(median "$WORK/libreoffice" 1) ms (CPU $(median "$WORK/libreoffice" 3) ms) |"
echo "| \`sangkien-cli import\` of a $BIG_ROWS-row .xlsx written by LibreOffice | $(median "$WORK/big" 1) ms (CPU $(median "$WORK/big" 3) ms), $(( $(median "$WORK/big" 2) / 1024 )) MB peak |"
if [[ -s "$WORK/bench-big.out" ]]; then
  echo "| the wizard's path on the $BIG_ROWS rows (bench_import: preview plan, then commit; one run) | $(sed -n 's/^read_and_validate_ms=//p' "$WORK/bench-big.out") ms + $(sed -n 's/^commit_ms=//p' "$WORK/bench-big.out") ms, $(( $(sed -n 's/^peak_rss_kb=//p' "$WORK/bench-big.out") / 1024 )) MB peak |"
fi
echo
echo "Load average at the end:$(uptime | sed 's/.*load average://')"
echo "All runs (wall ms, peak KB, CPU ms):"
for name in import libreoffice floor big; do [[ -s "$WORK/$name" ]] && echo "  $name: $(tr '\n' ';' <"$WORK/$name")"; done
[[ -s "$WORK/parts" ]] && echo "  bench_import read/commit ms: $(tr '\n' ';' <"$WORK/parts")"
exit 0
