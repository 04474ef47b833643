#!/usr/bin/env bash
# Checks a running Keycloak (bash scripts/keycloak.sh start) against the demo users and groups:
# password-grant tokens with preferred_username, groups and the whole name as given_name (no family_name),
# the engine's service account reading users (with these names) and groups, PKCE and exact redirect URIs,
# and the brute-force lockout (cleared afterwards).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BASE=http://127.0.0.1:${KEYCLOAK_PORT:-8180}
OIDC=$BASE/realms/budgetperf/protocol/openid-connect
ADMIN=$BASE/admin/realms/budgetperf
USERS=$ROOT/src/main/resources/demo/users.json
failures=0

check() {
  if [[ $2 == "$3" ]]; then
    echo "ok   $1"
  else
    echo "FAIL $1: expected $3, got $2"
    failures=$((failures + 1))
  fi
}
payload() { cut -d. -f2 | tr '_-' '/+' | awk '{ while (length($0) % 4) $0 = $0 "="; print }' | base64 -d; }
password_grant() {
  curl -s "$OIDC/token" -d grant_type=password -d client_id=budgetperf-app \
    -d client_secret=budgetperf-app-secret -d scope=openid --data-urlencode "username=$1" --data-urlencode "password=$2"
}

for user in $(jq -r '.users[].id' "$USERS"); do
  claims=$(password_grant "$user" demo | jq -r .access_token | payload)
  check "$user preferred_username" "$(jq -r .preferred_username <<<"$claims")" "$user"
  check "$user groups" "$(jq -c '.groups | sort' <<<"$claims")" "$(jq -c --arg u "$user" '.users[] | select(.id == $u) | .groups | sort' "$USERS")"
  check "$user aud" "$(jq -r '[.aud] | flatten | index("budgetperf-app") != null' <<<"$claims")" true
  check "$user name" "$(jq -r '[.given_name, .family_name // ""] | join("|")' <<<"$claims")" \
    "$(jq -r --arg u "$user" '.users[] | select(.id == $u) | [.firstName, .lastName] | join("|")' "$USERS")"
done

engine=$(curl -s "$OIDC/token" -d grant_type=client_credentials -d client_id=budgetperf-engine \
  -d client_secret=budgetperf-engine-secret | jq -r .access_token)
check "engine lists users" "$(curl -s -H "Authorization: Bearer $engine" "$ADMIN/users?max=100" | jq -c '[.[].username] | sort')" \
  "$(jq -c '[.users[].id] | sort' "$USERS")"
check "engine reads whole names, no last names" \
  "$(curl -s -H "Authorization: Bearer $engine" "$ADMIN/users?max=100" | jq -cS 'map({(.username): [.firstName, .lastName // ""]}) | add')" \
  "$(jq -cS '.users | map({(.id): [.firstName, .lastName]}) | add' "$USERS")"
expected_groups=$(jq -c -n --slurpfile o "$ROOT/src/main/resources/demo/organizations.json" --slurpfile u "$USERS" \
  '[$o[0][] | "org-" + .code] + [$u[0].groups[].id] | sort')
check "engine lists groups" "$(curl -s -H "Authorization: Bearer $engine" "$ADMIN/groups?max=100" | jq -c '[.[].name] | sort')" "$expected_groups"
check "engine may not write" "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $engine" \
  -H 'Content-Type: application/json' "$ADMIN/groups" -d '{"name":"intruder"}')" 403

check "wrong password refused" "$(password_grant unit-staff wrong | jq -r .error)" invalid_grant
password_grant unit-staff demo >/dev/null # a successful login resets the failure count

verifier=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')
authorize() {
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' \
    "$OIDC/auth?client_id=budgetperf-app&response_type=code&scope=openid&state=x&redirect_uri=$1&$2"
}
check "unregistered redirect_uri refused" "$(authorize http://localhost:8080/evil "code_challenge=$challenge&code_challenge_method=S256")" "400 "
check "login page for registered redirect_uri" \
  "$(authorize http://127.0.0.1:8080/login/oauth2/code/keycloak "code_challenge=$challenge&code_challenge_method=S256")" "200 "
check "PKCE required" "$(authorize http://localhost:8080/login/oauth2/code/keycloak '' | grep -o 'Missing+parameter%3A+code_challenge_method')" \
  "Missing+parameter%3A+code_challenge_method"

# Brute force: three failures a little apart (two within a second already lock for a minute).
lock_user=manager
for _ in 1 2 3; do password_grant "$lock_user" wrong >/dev/null; sleep 1.2; done
check "locked after 3 failures" "$(password_grant "$lock_user" demo | jq -r .error)" invalid_grant
admin_token=$(curl -s "$BASE/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
  --data-urlencode "username=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" --data-urlencode "password=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" | jq -r .access_token)
id=$(curl -s -H "Authorization: Bearer $admin_token" "$ADMIN/users?username=$lock_user&exact=true" | jq -r '.[0].id')
check "brute-force status disabled" "$(curl -s -H "Authorization: Bearer $admin_token" "$ADMIN/attack-detection/brute-force/users/$id" | jq .disabled)" true
curl -s -X DELETE -H "Authorization: Bearer $admin_token" "$ADMIN/attack-detection/brute-force/users/$id"
check "login works after clearing the lockout" "$(password_grant "$lock_user" demo | jq -r '.access_token != null')" true

(( failures == 0 )) && echo "all checks passed" || { echo "$failures check(s) failed"; exit 1; }
