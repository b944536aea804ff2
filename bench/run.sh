#!/usr/bin/env bash
# Every ExoReport benchmark in one command (see bench/README.md):
#   1. publishes the exoreport command (ReadyToRun, as shipped) and the bench tool;
#   2. writes the synthetic evidence files (N = 19, 1,000, 10,000 studies) beside the review in data/;
#   3. times cold `exoreport build` processes per format and size, with peak memory (/usr/bin/time) and output sizes;
#   4. in the same run, times pdflatex compiling our own report.tex for each size, as many passes as it needs;
#   5. times the stages in a running process (first call and warm), then BenchmarkDotNet micro-benchmarks;
#   6. prints the ratios against the targets and writes everything to bench/results/latest.md.
# Knobs (environment): BENCH_SIZES="seed 19 1000 10000", BENCH_RUNS=3 (cold runs per case; 1 for 10,000),
# BENCH_MICRO=1 (0 skips BenchmarkDotNet), BENCH_MICRO_SIZES=seed,1000, BENCH_WORK=bench/.work (scratch, not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${BENCH_WORK:-$ROOT/bench/.work}
SIZES=${BENCH_SIZES:-"seed 19 1000 10000"}
RUNS=${BENCH_RUNS:-3}
MICRO=${BENCH_MICRO:-1}
FORMATS="md tex figures pdf all"
RESULTS=$ROOT/bench/results
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$WORK" "$RESULTS"
TSV=$WORK/measurements.tsv
: > "$TSV"

say() { printf '\n== %s\n' "$*" >&2; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { print a + b }'; }

if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (peak memory)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 && apt-get -o DPkg::Lock::Timeout=600 install -y -qq time >&2
fi
PDFLATEX=$(bash tools/ensure-texlive.sh)

say "publishing exoreport (Release, ReadyToRun) and the bench tool"
dotnet publish src/ExoReport.Cli -c Release -r linux-x64 --self-contained false -o "$WORK/exoreport" -v q -nologo >&2
dotnet build bench/ExoReport.Bench -c Release -o "$WORK/bench" -v q -nologo >&2
EXO=$WORK/exoreport/exoreport
BENCH=$WORK/bench/ExoReport.Bench

evidence() {
  if [ "$1" = seed ]; then echo "$ROOT/data/exosomes-sci.yaml"; else echo "$WORK/data/synthetic-$1.yaml"; fi
}
mkdir -p "$WORK/data"
for size in $SIZES; do
  [ "$size" = seed ] || "$BENCH" generate "$size" "$(evidence "$size")"
done

# One timed process: appends "kind size format run seconds peak_kb bytes cpu_seconds" to the TSV. CPU time
# (user + system) is reported beside wall time: on a shared machine it moves far less than wall time does.
timed() {
  local kind=$1 size=$2 format=$3 run=$4 bytes_of=$5; shift 5
  /usr/bin/time -o "$WORK/time.txt" -f "%e %M %U %S" "$@" >"$WORK/last.log" 2>&1 || { cat "$WORK/last.log" >&2; return 1; }
  read -r seconds peak user system < "$WORK/time.txt"
  local bytes=0
  [ -e "$bytes_of" ] && bytes=$(du -sb "$bytes_of" | cut -f1)
  local cpu; cpu=$(add "$user" "$system")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$size" "$format" "$run" "$seconds" "$peak" "$bytes" "$cpu" >> "$TSV"
  printf '%-8s %-6s %-8s run %s: %6.2f s (cpu %5.2f s), %6d MiB, %d bytes\n' "$kind" "$size" "$format" "$run" "$seconds" "$cpu" $((peak / 1024)) "$bytes" >&2
}

# pdflatex on our own report.tex (from the 'all' build, figures included), as many passes as its log asks for.
latex() {
  local size=$1 seconds kb user system
  dir=$WORK/latex/$size
  rm -rf "$dir" && mkdir -p "$dir"
  cp -r "$WORK/out/$size-all/report.tex" "$WORK/out/$size-all/figures" "$dir/"
  total=0 cpu=0 peak=0 pass=0 status=ok
  while [ $pass -lt 5 ]; do
    pass=$((pass + 1))
    if ! (cd "$dir" && /usr/bin/time -o "$WORK/time.txt" -f "%e %M %U %S" "$PDFLATEX" -interaction=nonstopmode -halt-on-error report.tex >/dev/null 2>&1); then
      status="failed: $(grep -m1 '^!' "$dir/report.log" || echo 'see report.log')"
      read -r seconds kb user system < "$WORK/time.txt" || true
      total=$(add "$total" "${seconds:-0}"); break
    fi
    read -r seconds kb user system < "$WORK/time.txt"
    total=$(add "$total" "$seconds"); cpu=$(add "$cpu" "$(add "$user" "$system")"); [ "$kb" -gt "$peak" ] && peak=$kb
    printf 'pdflatex %-6s pass %d: %6.2f s\n' "$size" "$pass" "$seconds" >&2
    grep -qE 'Rerun to get|may have changed|Rerun LaTeX|rerun LaTeX' "$dir/report.log" || break
  done
  bytes=0; [ -e "$dir/report.pdf" ] && bytes=$(stat -c %s "$dir/report.pdf")
  printf 'pdflatex\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$status" "$pass" "$total" "$peak" "$bytes" "$cpu" >> "$TSV"
}

say "cold exoreport build processes, then pdflatex on the same report (one size after another)"
for size in $SIZES; do
  runs=$RUNS; [ "$size" = 10000 ] && runs=1
  for format in $FORMATS; do
    for run in $(seq 1 "$runs"); do
      out=$WORK/out/$size-$format
      rm -rf "$out"
      case $format in
        md|tex|pdf) main=$out/report.$format ;;
        figures) main=$out/figures ;;
        *) main=$out ;;
      esac
      timed cold "$size" "$format" "$run" "$main" "$EXO" build "$(evidence "$size")" --out "$out" --format "$format" -q
    done
  done
  latex "$size"
done

say "stages in a running process (first call and warm median)"
STAGES=$WORK/stages.md
# The review gets 25 repeats: a watch session rebuilds many times, and its steady state (code re-compiled at
# tier 1) is what a user waits for; with 5 the median still held some tier-0 runs (139 ms against 89 ms).
inproc_sizes=$(echo "$SIZES" | tr ' ' '\n' | grep -v '^10000$' | grep -v '^seed$' | tr '\n' ' ')
: > "$STAGES"
if echo "$SIZES" | grep -qw seed; then
  BENCH_REPEATS=25 "$BENCH" stages seed | tee "$STAGES" >&2
fi
if [ -n "${inproc_sizes// /}" ]; then
  BENCH_REPEATS=5 "$BENCH" stages $inproc_sizes | { if [ -s "$STAGES" ]; then tail -n +3; else cat; fi; } | tee -a "$STAGES" >&2
fi
if echo "$SIZES" | grep -qw 10000; then
  BENCH_REPEATS=1 "$BENCH" stages 10000 | { if [ -s "$STAGES" ]; then tail -n +3; else cat; fi; } | tee -a "$STAGES" >&2
fi

MICRO_MD=$WORK/micro.md
: > "$MICRO_MD"
if [ "$MICRO" = 1 ]; then
  say "BenchmarkDotNet micro-benchmarks"
  rm -rf "$WORK/BenchmarkDotNet.Artifacts"
  (cd "$WORK" && "$BENCH" micro --filter '*' --artifacts "$WORK/BenchmarkDotNet.Artifacts" >&2)
  cat "$WORK"/BenchmarkDotNet.Artifacts/results/*-report-github.md > "$MICRO_MD" 2>/dev/null || true
fi

{
  echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') ($(nproc) cores)"
  echo "Memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "OS: $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo ".NET SDK: $(dotnet --version)"
  echo "pdflatex: $("$PDFLATEX" --version | head -1)"
  echo "Date: $(date -u +%Y-%m-%d)"
} > "$WORK/machine.txt"

"$BENCH" summary "$TSV" "$WORK/machine.txt" "$STAGES" "$MICRO_MD" > "$RESULTS/latest.md"
cat "$RESULTS/latest.md"
