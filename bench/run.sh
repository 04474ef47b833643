#!/usr/bin/env bash
# Excel benchmark: imports a generated workbook of 1,000 project tables (15 indicators each) and exports the
# department's year again, in a JVM capped at 512 MB, after a warm-up round of 100 (BENCH_WARMUP=0 for a cold
# JVM); prints a table of times and peak heap.
# Uses the same database as the tests (PostgreSQL at 127.0.0.1:5432 when reachable, else in-memory H2).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp test -Dtest=ExcelBenchmark -Dsurefire.heap=-Xmx512m -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.projects="${BENCH_PROJECTS:-1000}" -Dbench.warmup="${BENCH_WARMUP:-100}" 2>&1 \
  | grep -E '^\| (step|import|export|total) |^\|---|^BENCH|FAIL|ERROR'
