#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (clang, -DSANGKIEN_FUZZ=ON) and runs each for N seconds
# (default 60) under a 512 MB memory limit, seeded from tests/data and ../shared/corpus.
# Prints, per target, the executions and the crashes (files written to build-fuzz/crashes/TARGET).
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]
# KEEP_GOING=1 fuzzes on after a crash (libFuzzer's fork mode), so one known crash does not end the run.
# ASan keeps freed memory in quarantine; it is capped so the 512 MB limit measures the readers, not ASan.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${SANGKIEN_FUZZ_BUILD:-$ROOT/build-fuzz}"
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[[ ${#TARGETS[@]} -eq 0 ]] && TARGETS=(fuzz_xlsx_reader fuzz_ods_reader fuzz_xls_reader fuzz_xls_stream fuzz_csv_reader
  fuzz_column_mapping fuzz_sealed_file fuzz_review_json fuzz_campaign_file)

if [[ ! -f "$BUILD/build.ninja" ]]; then
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DSANGKIEN_FUZZ=ON -DSANGKIEN_BUILD_BENCH=OFF -DSANGKIEN_WERROR=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$BUILD.configure.log" 2>&1 \
    || { echo "run.sh: configuring failed, see $BUILD.configure.log" >&2; exit 1; }
fi
# sangkien-cli writes the campaign files that seed fuzz_campaign_file.
ninja -C "$BUILD" "${TARGETS[@]}" sangkien-cli >"$BUILD/fuzz-build.log" 2>&1 \
  || { echo "run.sh: building failed, see $BUILD/fuzz-build.log" >&2; exit 1; }

# Seeds: our fixtures and the real-program corpus, by the extension each reader takes.
seed() {
  local target="$1" dir="$BUILD/seeds/$1"
  mkdir -p "$dir"
  local pattern=""
  case "$target" in
    fuzz_xlsx_reader) pattern='*.xlsx' ;;
    fuzz_ods_reader) pattern='*.ods' ;;
    fuzz_xls_reader) pattern='*.xls' ;;
    fuzz_csv_reader) pattern='*.csv *.txt' ;;
    fuzz_column_mapping) pattern='*.json' ;;
    fuzz_sealed_file | fuzz_review_json) pattern='*.skreview *.skscores' ;;
  esac
  for p in $pattern; do
    find "$ROOT/tests/data" "$ROOT/../shared/corpus" -name "$p" -size -2M -exec cp {} "$dir/" \; 2>/dev/null
  done
  if [[ "$target" == fuzz_campaign_file ]]; then
    # Real campaigns: empty, with a few demo entries (scores, awards, trail); compacted to 512-byte pages
    # in rollback-journal mode so the fuzzer's mutations land on structure, not on empty page space.
    local tmp
    tmp="$(mktemp -d)"
    QT_QPA_PLATFORM=offscreen "$BUILD/app/sangkien-cli" init "$tmp/empty.sangkien" >/dev/null 2>&1
    QT_QPA_PLATFORM=offscreen "$BUILD/app/sangkien-cli" demo "$tmp/demo.sangkien" --entries 6 >/dev/null 2>&1
    for f in "$tmp"/*.sangkien; do
      python3 - "$f" "$dir/$(basename "$f")" <<'PY'
import shutil, sqlite3, sys
shutil.copy(sys.argv[1], sys.argv[2])
db = sqlite3.connect(sys.argv[2])
db.execute("PRAGMA journal_mode = DELETE")
db.execute("PRAGMA page_size = 512")
db.execute("VACUUM")
db.close()
PY
    done
    rm -rf "$tmp"
  fi
  if [[ "$target" == fuzz_review_json ]]; then
    printf '%s' '{"format":1,"kind":"score_return","package":"00112233445566778899aabbccddeeff","campaign":"c1","member":3,"criteria_version":"v1","revision":2,"written_at":"2025-01-20T08:00:00Z","sheets":[{"entry":1,"code":"SK-2024-0001","points":{"TC1":20.5,"TC2":12},"comment":"Điểm của ủy viên"}]}' >"$dir/return.json"
    printf '%s' '{"format":1,"kind":"review_package","package":"00112233445566778899aabbccddeeff","campaign":"c1","member":3,"criteria":[{"code":"TC1","name":"Tính mới","max":25,"min":10}],"entries":[{"id":1,"code":"SK-2024-0001","title":"Ứng dụng AI","own_points":{"TC1":20}}]}' >"$dir/package.json"
  fi
  if [[ "$target" == fuzz_column_mapping ]]; then
    printf '%s' '{"format":"sangkien-column-mapping","version":1,"name":"Mẫu","header_row":3,"columns":[{"letter":"A","header":"STT","field":"number"},{"letter":"B","header":"Tên sáng kiến","field":"title"},{"letter":"AA","header":"","field":"unit"}]}' >"$dir/seed1.json"
    printf '%s' '{"header_row":0,"columns":[{"letter":"C","field":"title"}]}' >"$dir/seed2.json"
  fi
  echo "$dir"
}

printf '%-22s %12s %8s %s\n' target executions crashes notes
status=0
for target in "${TARGETS[@]}"; do
  seeds="$(seed "$target")"
  corpus="$BUILD/corpus/$target"
  crashes="$BUILD/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  log="$BUILD/$target.log"
  extra=()
  [[ "${KEEP_GOING:-0}" == 1 ]] && extra=(-fork=1 -ignore_crashes=1 -ignore_ooms=0)
  ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=64 "$BUILD/tests/fuzz/$target" "$corpus" "$seeds" "${extra[@]}" \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=512 -timeout=20 -max_len=1048576 \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  # Fork mode prints no final stats: its last status line "#N ..." counts the executions.
  [[ -z "$runs" ]] && runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  found=$(find "$crashes" -type f | wc -l)
  note=""
  [[ $rc -ne 0 ]] && note="exit $rc, see $log" && status=1
  printf '%-22s %12s %8s %s\n' "$target" "${runs:-?}" "$found" "$note"
done
exit $status
