#!/bin/sh
# Whole-program ingest benchmark: builds attache, writes N realistic
# synthetic reports with bench/gen (agency copy from many sentence shapes:
# receptions, talks, signings, send-offs, exercises...; thousands of
# officials over ten years; a dateline, a photo caption and a credit for
# cleaning to remove), times "attache ingest" into a fresh SQLite file and
# prints articles/s.
#
# usage: bench/ingest.sh [N] [WORKERS]    (defaults: 1000, number of CPUs)
# ATTACHE_BENCH_PROFILE=FILE writes a CPU profile of the ingest run,
# ATTACHE_BENCH_MEMPROFILE=FILE the memory still in use at its end.
set -eu
n=${1:-1000}
workers=${2:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && CGO_ENABLED=0 go build -o "$tmp/attache" ./cmd/attache && CGO_ENABLED=0 go build -o "$tmp/gen" ./bench/gen)
"$tmp/gen" -n "$n" -o "$tmp/in"

profile=""
if [ -n "${ATTACHE_BENCH_PROFILE:-}" ]; then
	profile="--cpuprofile ${ATTACHE_BENCH_PROFILE}"
fi
if [ -n "${ATTACHE_BENCH_MEMPROFILE:-}" ]; then
	profile="$profile --memprofile ${ATTACHE_BENCH_MEMPROFILE}"
fi
start=$(date +%s.%N)
# shellcheck disable=SC2086
"$tmp/attache" ingest --db "$tmp/bench.db" --workers "$workers" $profile "$tmp/in"
end=$(date +%s.%N)
awk -v n="$n" -v s="$start" -v e="$end" -v w="$workers" 'BEGIN { printf "%d articles in %.2f s with %d workers: %.0f articles/s\n", n, e - s, w, n / (e - s) }'
