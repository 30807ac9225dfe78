#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for tests and print its URL on the last line.
#
#   bash scripts/start-postgres.sh DIR [PORT]        (PORT defaults to 54329)
#
# The cluster lives in DIR (created if needed), listens on 127.0.0.1 only, trusts
# local connections (it is a test cluster: never use it for real data) and has a
# database "newsgraph_test". PostgreSQL refuses to run as root, so when run as root
# the server runs as the "postgres" system user (created by Debian's package).
# Stop it with scripts/stop-postgres.sh DIR.
set -euo pipefail

dir=${1:?usage: start-postgres.sh DIR [PORT]}
port=${2:-54329}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null; then bindir=$(dirname "$(command -v pg_ctl)"); fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "start-postgres: no PostgreSQL server found (apt-get install postgresql)" >&2
  exit 1
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
as_user=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "start-postgres: no 'postgres' user to run the server as" >&2; exit 1; }
  chown postgres: "$dir"
  chmod 700 "$dir"
  as_user=(runuser -u postgres --)
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  "${as_user[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
fi

if ! "${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  "${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
fi

if ! "${as_user[@]}" "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'newsgraph_test'" | grep -q 1; then
  "${as_user[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres newsgraph_test
fi

echo "postgresql://postgres@127.0.0.1:$port/newsgraph_test"
