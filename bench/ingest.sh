#!/bin/sh
# Whole-program ingest benchmark: builds attache, generates N synthetic
# articles (random sentences over a defence vocabulary, with a dateline, a
# photo caption and a signature for cleaning to remove), times
# "attache ingest" into a fresh SQLite file and prints articles/s.
#
# usage: bench/ingest.sh [N] [WORKERS]    (defaults: 1000, number of CPUs)
set -eu
n=${1:-1000}
workers=${2:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && CGO_ENABLED=0 go build -o "$tmp/attache" ./cmd/attache)
mkdir "$tmp/in"
awk -v n="$n" -v dir="$tmp/in" 'BEGIN {
	srand(42)
	nw = split("defence cooperation ministry delegation navy army air force coast guard training exercise dialogue agreement memorandum peacekeeping mission officers soldiers minister deputy general colonel attache visit talks partnership strategic security maritime border cyber medicine hospital engineering unit rotation academy industry exchange rescue disaster relief humanitarian mine action veterans ceremony anniversary exhibition forum conference regional bilateral committee commission staff brigade battalion frigate submarine aircraft logistics education cadets research port island sea envoy ambassador parliament resolution statement invitation programme and with for the of in on to at by from agreed discussed reviewed signed proposed welcomed stressed affirmed pledged hosted received", w, " ")
	for (i = 0; i < n; i++) {
		f = sprintf("%s/gen_%06d.txt", dir, i)
		printf "Report %d on %s %s\n\n", i, w[int(rand()*nw)+1], w[int(rand()*nw)+1] > f
		printf "Hanoi (VNA) - Delegations met in Hanoi on Monday.\nOfficials at the talks (Photo: VNA)\n\n" > f
		np = 4 + int(rand()*4)
		for (p = 0; p < np; p++) {
			ns = 2 + int(rand()*3)
			for (s = 0; s < ns; s++) {
				nwords = 12 + int(rand()*14)
				line = ""
				for (k = 0; k < nwords; k++) line = line (k ? " " : "") w[int(rand()*nw)+1]
				printf "%s. ", line > f
			}
			printf "\n\n" > f
		}
		printf "VNA\n" > f
		close(f)
	}
}'

start=$(date +%s.%N)
"$tmp/attache" ingest --db "$tmp/bench.db" --workers "$workers" "$tmp/in"
end=$(date +%s.%N)
awk -v n="$n" -v s="$start" -v e="$end" -v w="$workers" 'BEGIN { printf "%d articles in %.2f s with %d workers: %.0f articles/s\n", n, e - s, w, n / (e - s) }'
