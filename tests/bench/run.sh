#!/usr/bin/env bash
# Times the figures README.md reports, on this machine:
#   demo --entries 100000, list --search on it (a few queries), and loading it into the GUI's entries model;
#   then run_import.sh: importing a 10,000-row .xlsx written by LibreOffice, beside LibreOffice on the same
#   file, and a 100,000-row import's peak memory (SANGKIEN_BENCH_IMPORT=0 leaves it out).
# Usage: tests/bench/run.sh [BUILD_DIR] [ENTRIES]     (BUILD_DIR defaults to $SANGKIEN_BUILD_DIR or ./build)
# Prints a Markdown table of wall time and peak resident memory to paste into README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${SANGKIEN_BUILD_DIR:-$ROOT/build}}"
ENTRIES="${2:-100000}"
CLI="$BUILD/app/sangkien-cli"
MODEL_BENCH="$BUILD/tests/bench/bench_model_load"

if [[ ! -x "$CLI" ]]; then
  echo "run.sh: $CLI is missing; build first (cmake --build $BUILD)" >&2
  exit 1
fi
# Build what is stale, quietly; the figures must come from the current sources.
for target in sangkien-cli bench_model_load bench_years; do
  if ! cmake --build "$BUILD" --target "$target" >"$BUILD/bench-build.log" 2>&1; then
    echo "run.sh: building $target failed (see $BUILD/bench-build.log); timing the binary already built" >&2
  fi
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FILE="$WORK/bench.sangkien"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

ROWS=()
# measure LABEL COMMAND...: runs the command with stdout discarded, records "wall s" and "peak KB".
measure() {
  local label="$1"; shift
  local stats="$WORK/stats"
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%e %M' -o "$stats" "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  else
    # No GNU time (package "time"): python3's resource module gives the children's peak RSS.
    python3 - "$stats" "$@" >"$WORK/out" 2>"$WORK/err" <<'PY' || { cat "$WORK/err" >&2; exit 1; }
import resource, subprocess, sys, time
start = time.monotonic()
rc = subprocess.call(sys.argv[2:])
wall = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(f"{wall:.2f} {peak}\n")
sys.exit(rc)
PY
  fi
  read -r wall kb <"$stats"
  ROWS+=("| $label | $wall s | $((kb / 1024)) MB |")
  echo "  $label: $wall s, $((kb / 1024)) MB" >&2
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" >&2
measure "\`demo --entries $ENTRIES\`" "$CLI" demo "$FILE" --entries "$ENTRIES"
SIZE_MB=$(( $(stat -c %s "$FILE") / 1024 / 1024 ))
for query in "nguyen van duc" "nguyen van" "DANG" "so hoa ho tich" "SK-2024-0999"; do
  matches=$("$CLI" list "$FILE" --search "$query" --format csv | tail -n +2 | wc -l)
  measure "\`list --search \"$query\" --format json\` ($matches matches)" \
    "$CLI" list "$FILE" --search "$query" --format json
done
measure "\`list\` (all entries, text table)" "$CLI" list "$FILE"
measure "\`check\`" "$CLI" check "$FILE"
if [[ -x "$MODEL_BENCH" ]]; then
  measure "entries model load (bench_model_load, whole process)" "$MODEL_BENCH" "$FILE"
  MODEL_FIGURES="$(cat "$WORK/out")"
else
  MODEL_FIGURES="bench_model_load is not built"
fi

echo
echo "Campaign of $ENTRIES entries, $SIZE_MB MB on disk; $(nproc) cores. Wall time and peak resident memory of each process:"
echo
echo "| what | wall time | peak memory |"
echo "| --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
echo
echo "bench_model_load figures:"
echo '```'
echo "$MODEL_FIGURES"
echo '```'

# The year's statistics and the history across 10 campaign files of 10,000 entries (issue 17), beside the
# time of opening them; SANGKIEN_BENCH_YEARS=0 leaves it out.
YEARS_BENCH="$BUILD/tests/bench/bench_years"
if [[ "${SANGKIEN_BENCH_YEARS:-1}" != 0 && -x "$YEARS_BENCH" ]]; then
  echo
  echo "bench_years (10 files of 10,000 entries, warm page cache, medians of 5 runs, milliseconds):"
  echo '```'
  "$YEARS_BENCH" --files 10 --entries 10000 --runs 5
  echo '```'
fi

if [[ "${SANGKIEN_BENCH_IMPORT:-1}" != 0 ]]; then
  echo
  "$ROOT/tests/bench/run_import.sh" "$BUILD"
fi
