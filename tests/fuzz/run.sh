#!/usr/bin/env bash
# Runs the libFuzzer targets of a `fuzz` build, each for a bounded time, starting from a copy of
# its seed corpus (corpus/<target>) and kept regressions (regressions/<target>), so that the
# repository is never changed. Targets run side by side, one per core. Any crash, sanitizer
# report, leak, timeout or out-of-memory fails the run: the script prints the target's log and
# the input that did it, and keeps the inputs in ARTIFACTS_DIR (default BUILD_DIR/fuzz-artifacts).
#
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET [TARGET...]]
#
# At the end it prints a table: target, runs, seconds, corpus size (seeds plus what the run
# added), crashes.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [SECONDS_PER_TARGET [TARGET...]]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(money roster workgroups claims scenario edition capi changes budget)
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
artifacts_dir=${ARTIFACTS_DIR:-$build/fuzz-artifacts}

export TZ=Europe/London LC_ALL=C
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

work=$(mktemp -d "${TMPDIR:-/tmp}/mhfund-fuzz-run-XXXXXX")
# Interrupted, stop the fuzzers still running too.
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

run_one() {
  local t=$1 program="$build/tests/fuzz/fuzz_$1"
  local corpus="$work/$t/corpus" out="$work/$t/artifacts"
  mkdir -p "$corpus" "$out"
  for src in "$here/corpus/$t" "$here/regressions/$t"; do
    [ -d "$src" ] && cp "$src"/* "$corpus"/ 2>/dev/null || true
  done
  local status=0
  "$program" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$out/" >"$work/$t/log" 2>&1 ||
    status=$?
  echo "$status" >"$work/$t/status"
}

for t in "${targets[@]}"; do
  if [ ! -x "$build/tests/fuzz/fuzz_$t" ]; then
    echo "no fuzz target $build/tests/fuzz/fuzz_$t (build the fuzzers target of the fuzz preset)" >&2
    exit 2
  fi
done

echo "Fuzzing ${#targets[@]} targets for ${seconds} s each, $jobs at a time"
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
  run_one "$t" &
  running=$((running + 1))
done
wait

failed=0
printf '\n| target | runs | seconds | corpus size | crashes |\n|---|---:|---:|---:|---:|\n'
for t in "${targets[@]}"; do
  log="$work/$t/log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  size=$(find "$work/$t/corpus" -type f | wc -l)
  crashes=$(find "$work/$t/artifacts" -type f | wc -l)
  status=$(cat "$work/$t/status")
  [ "$status" = 0 ] || [ "$crashes" -gt 0 ] || crashes="1 (exit $status)"
  printf '| %s | %s | %s | %s | %s |\n' "$t" "${runs:-?}" "${secs:-?}" "$size" "$crashes"
  [ "$status" = 0 ] || failed=1
done

if [ "$failed" != 0 ]; then
  mkdir -p "$artifacts_dir"
  for t in "${targets[@]}"; do
    [ "$(cat "$work/$t/status")" = 0 ] && continue
    echo
    echo "=== fuzz_$t failed; the end of its log:"
    tail -n 80 "$work/$t/log"
    for a in "$work/$t/artifacts"/*; do
      [ -f "$a" ] || continue
      cp "$a" "$artifacts_dir/$t-$(basename "$a")"
      echo "--- input $artifacts_dir/$t-$(basename "$a") (as escaped text):"
      head -c 2048 "$a" | od -An -c | head -n 40
      echo "    rerun: $build/tests/fuzz/fuzz_$t $artifacts_dir/$t-$(basename "$a")"
    done
  done
  echo
  echo "Fuzzing found a problem. Keep each input as a regression case in tests/fuzz/regressions/<target>/."
  exit 1
fi
echo
echo "Fuzzing: no findings"
