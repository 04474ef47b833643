#!/usr/bin/env bash
# Speed and scale on PostgreSQL (127.0.0.1:5432, database test; schemas budgetperf_bench_* are recreated), in one go:
#  - routing through /engine-rest of one application node beside a bare process of three user tasks deployed in it,
#    1 client and BENCH_CLIENTS (8) clients, BENCH_TABLES (200) tables each after BENCH_WARMUP (100);
#  - timer drain: monitoring opened per second when BENCH_DRAIN_TABLES (20,000) published tables fall due at once,
#    on one node and on two, against a bare timer process drained by Camunda's default job executor;
#  - import: indicator rows per second for the 1,000-project workbook (bench/run.sh);
#  - the node's resident memory at rest and under load.
# Prints one table and writes it, with date, machine and commit, to target/scale-benchmark.md. Takes about 20 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export REQUIRE_POSTGRES=true
export BUDGETPERF_TEST_SCHEMA="${BUDGETPERF_TEST_SCHEMA:-budgetperf_bench}"
out=target/scale-benchmark.md
mkdir -p target
rm -f target/scale-benchmark-run.md
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M')

mvn -q -ntp test -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.tables="${BENCH_TABLES:-200}" -Dbench.warmup="${BENCH_WARMUP:-100}" -Dbench.clients="${BENCH_CLIENTS:-8}" \
  -Dbench.drain.tables="${BENCH_DRAIN_TABLES:-20000}" 2>&1 | grep -E '^BENCH|^DRAIN|FAIL|ERROR\]' || true
test -s target/scale-benchmark-run.md || { echo "the benchmark wrote no table" >&2; exit 1; }
import_rate=$(bash bench/run.sh | grep -E "^BENCH import rate" | awk "{print \$4}" || true)

{
  echo "Measured ${started}–$(date -u '+%H:%M') UTC on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GiB, PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -Atc 'show server_version' | cut -d' ' -f1),"
  echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bpmn forms pom.xml || echo ' with local changes');"
  echo "load average before: ${load_before}, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  cat target/scale-benchmark-run.md
  echo "| import, 1,000-project workbook (indicator rows/s) | ${import_rate} | | |"
} > "$out"
echo
cat "$out"
echo "written to $out"
