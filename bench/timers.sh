#!/usr/bin/env bash
# Timer drain benchmark (the July 1 burst): seeds BENCH_TABLES (default 20,000) published tables on PostgreSQL
# (127.0.0.1:5432, database test, schemas <BUDGETPERF_TEST_SCHEMA>_timers and _bare, recreated), makes their
# monitoring jobs due at once and lets application nodes drain them, once per run of BENCH_RUNS (default
# bare,defaults,ours,ours-2: the bare engine and our monitoring with Camunda's default job executor, ours with
# application.yaml's settings on one and on two nodes), then each of BENCH_VARIANTS ("name=--arg --arg;…", one node).
# BENCH_JFR=true records every node with Java Flight Recorder (target/cluster/node-<pid>.jfr).
# Prints a markdown table and writes it to target/timer-drain-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export REQUIRE_POSTGRES=true
mvn -q -ntp test -Dtest=TimerDrainBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.tables="${BENCH_TABLES:-20000}" -Dbench.runs="${BENCH_RUNS-bare,defaults,ours,ours-2}" \
  -Dbench.variants="${BENCH_VARIANTS:-}" -Dbench.jfr="${BENCH_JFR:-false}" 2>&1 \
  | grep -E '^\| [a-z]|^\|---|^BENCH|^DRAIN|problems|FAIL|ERROR\]'
echo "written to target/timer-drain-benchmark.md"
