#!/usr/bin/env bash
# Installs what the browser tests need from Debian, unless it is already there: chromium, chromium-driver and
# fonts-wqy-microhei (without a CJK font the screenshots of failed browser tests show boxes for Chinese).
set -euo pipefail
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
installed fonts-wqy-microhei || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -eq 0 ]; then
  echo "chromium, chromedriver and fonts-wqy-microhei are installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${missing[@]}"
