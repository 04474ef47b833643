#!/usr/bin/env bash
# Dashboard benchmark: seeds BENCH_TABLES (default 100,000) tables of budget year 2040 in mixed stages, with a process
# instance for every table that has an open step, on PostgreSQL (127.0.0.1:5432, database test, schema
# BUDGETPERF_TEST_SCHEMA, recreated), then times each dashboard query over HTTP: BENCH_WARMUP (20) untimed and
# BENCH_REPETITIONS (100) timed requests each. Prints p50/p95/max and writes them to target/dashboard-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export REQUIRE_POSTGRES=true
mvn -q -ntp test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.tables="${BENCH_TABLES:-100000}" -Dbench.warmup="${BENCH_WARMUP:-20}" \
  -Dbench.repetitions="${BENCH_REPETITIONS:-100}" 2>&1 \
  | grep -E '^\| |^BENCH|FAIL|ERROR'
echo "written to target/dashboard-benchmark.md"
