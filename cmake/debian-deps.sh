#!/bin/sh
# Installs the Debian packages named on the command line that are missing. As root it runs
# apt-get; otherwise it prints the exact command to run and fails.
set -eu
missing=""
for pkg in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing Debian packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
  echo "These Debian packages are missing. As root, run:" >&2
  echo "  apt-get install -y$missing" >&2
  exit 1
fi
