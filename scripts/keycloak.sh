#!/usr/bin/env bash
# Runs a local Keycloak for development with the realm from realm-config/.
#   bash scripts/keycloak.sh start|stop|status|download
# The server distribution comes from Maven Central (org.keycloak:keycloak-quarkus-dist) and is
# unpacked under target/keycloak/. Keycloak listens on 127.0.0.1:${KEYCLOAK_PORT:-8180} only,
# in dev mode with its H2 file database; the bootstrap admin of the master realm is admin/admin
# unless KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD are set.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=${KEYCLOAK_VERSION:-26.7.3}
PORT=${KEYCLOAK_PORT:-8180}
REALM=${KEYCLOAK_REALM:-budgetperf}
TIMEOUT=${KEYCLOAK_START_TIMEOUT:-120}
BASE=$ROOT/target/keycloak
KC_HOME=$BASE/keycloak-$VERSION
PID_FILE=$BASE/keycloak.pid
LOG_FILE=$BASE/keycloak.log
REALM_SUM_FILE=$BASE/realm-config.sha256
DISCOVERY=http://127.0.0.1:$PORT/realms/$REALM/.well-known/openid-configuration

running() { [[ -f $PID_FILE ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }
ready() { curl -fsS -o /dev/null --max-time 5 "$DISCOVERY" 2>/dev/null; }

download() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  echo "Downloading Keycloak $VERSION through Maven"
  mkdir -p "$BASE"
  local tmp out
  tmp=$(mktemp -d "$BASE/download.XXXXXX")
  # Run outside the project so that its pom.xml plays no part.
  if ! out=$(cd "$tmp" && mvn -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$tmp" 2>&1); then
    echo "$out" >&2
    rm -rf "$tmp"
    return 1
  fi
  # Unpack beside the final place and move it there, so an interrupted run leaves nothing half done.
  if command -v unzip >/dev/null; then
    unzip -q "$tmp/keycloak-quarkus-dist-$VERSION.zip" -d "$tmp"
  else
    (cd "$tmp" && jar xf "keycloak-quarkus-dist-$VERSION.zip")
  fi
  chmod +x "$tmp/keycloak-$VERSION"/bin/*.sh
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

import_realms() {
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$ROOT"/realm-config/*.json "$KC_HOME/data/import/"
  # --import-realm skips realms that already exist, so a changed realm file starts from a fresh database.
  local sum
  sum=$(cat "$ROOT"/realm-config/*.json | sha256sum | cut -d' ' -f1)
  if [[ -d $KC_HOME/data/h2 && $(cat "$REALM_SUM_FILE" 2>/dev/null) != "$sum" ]]; then
    echo "realm-config/ changed or the last start failed: resetting the Keycloak database"
    rm -rf "$KC_HOME/data/h2"
  fi
  echo "$sum" > "$REALM_SUM_FILE"
}

start() {
  if running; then
    if ready; then
      echo "Keycloak is already running (pid $(cat "$PID_FILE")): http://127.0.0.1:$PORT"
      return 0
    fi
  elif ready; then
    echo "Something already serves realm $REALM on port $PORT (not started by this script); leaving it alone"
    return 0
  else
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
      echo "Port $PORT is in use by something other than Keycloak; set KEYCLOAK_PORT to use another port" >&2
      return 1
    fi
    download
    import_realms
    echo "Starting Keycloak $VERSION on http://127.0.0.1:$PORT (log: $LOG_FILE)"
    : > "$LOG_FILE"
    # setsid: own process group, so stop can end kc.sh and its java child together.
    KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
    KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
      setsid "$KC_HOME/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$PORT" \
        --db=dev-file --import-realm \
        </dev/null >>"$LOG_FILE" 2>&1 &
    echo $! > "$PID_FILE"
  fi

  local t0=$SECONDS started=$SECONDS
  until ready; do
    if ! running; then
      echo "Keycloak exited during start; last lines of $LOG_FILE:" >&2
      tail -n 30 "$LOG_FILE" >&2
      rm -f "$PID_FILE" "$REALM_SUM_FILE"
      return 1
    fi
    # The first start-dev of a fresh unpack rebuilds the server once (a minute or more on 2 cores);
    # the timeout counts from the end of that rebuild, which itself gets two more timeouts at most.
    grep -q 'Running the server in development mode' "$LOG_FILE" || started=$SECONDS
    if (( SECONDS - started >= TIMEOUT || SECONDS - t0 >= 3 * TIMEOUT )); then
      echo "Keycloak did not answer $DISCOVERY within ${TIMEOUT}s; stopping it. Last lines of $LOG_FILE:" >&2
      tail -n 30 "$LOG_FILE" >&2
      stop >&2
      rm -f "$REALM_SUM_FILE" # the import may be half done: the next start begins with a fresh database
      return 1
    fi
    sleep 1
  done
  echo "Keycloak is up after $(( SECONDS - t0 ))s: realm $REALM at http://127.0.0.1:$PORT/realms/$REALM (admin console http://127.0.0.1:$PORT/admin/)"
}

stop() {
  if ! running; then
    rm -f "$PID_FILE"
    echo "Keycloak is not running"
    return 0
  fi
  local pid
  pid=$(cat "$PID_FILE")
  echo "Stopping Keycloak (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  for _ in $(seq 1 30); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 -- "-$pid" 2>/dev/null; then
    echo "Keycloak did not stop within 30s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  fi
  rm -f "$PID_FILE"
  echo "Keycloak stopped"
}

status() {
  if running; then
    if ready; then
      echo "Keycloak is running (pid $(cat "$PID_FILE")): realm $REALM at http://127.0.0.1:$PORT/realms/$REALM"
    else
      echo "Keycloak is starting (pid $(cat "$PID_FILE")); realm $REALM does not answer yet"
    fi
  else
    echo "Keycloak is not running"
    return 3
  fi
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  download) download ;;
  *) echo "usage: $0 start|stop|status|download" >&2; exit 2 ;;
esac
