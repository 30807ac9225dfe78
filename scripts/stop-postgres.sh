#!/usr/bin/env bash
# Stop a cluster started by scripts/start-postgres.sh DIR (the files stay in DIR).
set -euo pipefail
dir=${1:?usage: stop-postgres.sh DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bindir" ] || bindir=$(dirname "$(command -v pg_ctl)")
as_user=()
[ "$(id -u)" = 0 ] && as_user=(runuser -u postgres --)
"${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop
