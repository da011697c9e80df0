#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on loopback for the tests, from Debian's packages.
# Prints the connection URL on stdout. Usage: url=$(scripts/pg-test-cluster.sh [DIR] [PORT])
set -euo pipefail
dir=${1:-/tmp/newsgraph-pg}
port=${2:-54329}
# a port something already listens on (a cluster left by an earlier run, say): take the next free one
if [ ! -f "$dir/postmaster.pid" ]; then
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# the server refuses to run as root: run it as the postgres user (created by the package)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  run "$bin/initdb -D '$dir' -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8" >&2
fi
if ! run "$bin/pg_ctl -D '$dir' status" >/dev/null 2>&1; then
  run "$bin/pg_ctl -D '$dir' -l '$dir/log' -w -o \"-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >&2
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"
