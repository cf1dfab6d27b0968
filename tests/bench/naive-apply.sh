#!/usr/bin/env bash
# The way people configure ESXi today, for `./run.sh bench` (issue 9, "against the way people do it today"):
# the article's commands typed one by one — one SSH connection per command, host after host, nothing in
# parallel. Reads lines "HOST PORT USER PASSWORD-FILE COMMAND…" (space separated; the command is the rest of
# the line) and runs them in order with Debian's OpenSSH client against 127.0.0.1 (the lab) only.
# Prints "commands N" and "connections N" at the end; exits non-zero at the first failing command.
set -euo pipefail
list=${1:?usage: naive-apply.sh COMMAND-LIST}
askpass=$(mktemp "${TMPDIR:-/tmp}/mpio-askpass.XXXXXX")
trap 'rm -f "$askpass"' EXIT
# OpenSSH reads the password from SSH_ASKPASS (no sshpass on a stock Debian); the script prints the file
# named in MPIO_PASSWORD_FILE, so the password never appears on a command line.
printf '#!/bin/sh\ncat "$MPIO_PASSWORD_FILE"\n' >"$askpass"
chmod 700 "$askpass"
n=0
while read -r host port user pwfile command; do
  [ -n "${host:-}" ] || continue
  if [ "$host" != 127.0.0.1 ] && [ "$host" != ::1 ]; then
    echo "naive-apply: refusing $host: benchmarks talk to the lab on loopback only" >&2; exit 2
  fi
  MPIO_PASSWORD_FILE=$pwfile SSH_ASKPASS=$askpass SSH_ASKPASS_REQUIRE=force DISPLAY=${DISPLAY:-:0} \
    ssh -n -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \
        -o PreferredAuthentications=keyboard-interactive,password -o ConnectTimeout=10 \
        "$user@$host" "$command" >/dev/null
  n=$((n + 1))
done <"$list"
echo "commands $n"
echo "connections $n"
