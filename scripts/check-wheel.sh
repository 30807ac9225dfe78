#!/usr/bin/env bash
# Check the wheel a user would `pip install`: built from a fresh export of HEAD (what
# a clone holds, nothing else from this working tree), installed into a new venv,
# it must hold every package file plus the browser libraries and their licences,
# answer `newsgraph --help` without importing spaCy, run `newsgraph extract --sample`,
# and serve /ui/graph and /ui/timeline with their chart libraries loaded.
#
#   bash scripts/check-wheel.sh        (or `make check-wheel`; .ci/run runs it)
#
# Needs npm (to build) and the dev venv's python for `build` + setuptools
# (PYTHON=/path/to/python to use another). The new venv is installed offline-correct:
# dependencies from the hash-pinned requirements.lock, then the wheel with --no-deps.
# The server listens on 127.0.0.1 only, on a free port.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$repo/.venv/bin/python}
work=$(mktemp -d /tmp/newsgraph-wheel.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
started=$SECONDS
step() { echo "-- $1 ($((SECONDS - started)) s)"; }

step "export HEAD $(git -C "$repo" rev-parse --short HEAD) and build the wheel there"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  echo "   note: uncommitted changes are not in this wheel; commit them to check them"
fi
mkdir "$work/tree"
git -C "$repo" archive HEAD | tar -x -C "$work/tree"
make -C "$work/tree" --no-print-directory build-wheel BIN="$(dirname "$python")"
wheel=$(ls "$work"/tree/dist/newsgraph-*.whl)
"$python" "$repo/scripts/check_wheel.py" contents "$wheel" "$work/tree"

step "new venv: requirements.lock (hashes), then the wheel (--no-deps)"
# The venv gets no pip of its own: the dev venv's pip installs into it (--python), so
# the same pip that `make install` used reads the same lock, and nothing new is fetched.
python3 -m venv --without-pip "$work/venv"
venv=$work/venv/bin
pip=("$python" -m pip --python "$venv/python" install -q --no-compile --disable-pip-version-check)
"${pip[@]}" --require-hashes -r "$repo/requirements.lock"
"${pip[@]}" --no-deps "$wheel"
cd "$work"  # nothing of the repository on sys.path from here on

step "newsgraph --help does not import spaCy"
spacy_imports=$("$venv/python" -X importtime -m newsgraph --help 2>&1 >/dev/null | grep -c spacy || true)
[ "$spacy_imports" = 0 ] || { echo "check-wheel: newsgraph --help imported $spacy_imports spaCy modules" >&2; exit 1; }
echo "   0 spaCy modules imported"

step "newsgraph extract --sample"
"$venv/newsgraph" extract --sample >"$work/sample.txt"
grep -q "harbor-city-2025-03-14" "$work/sample.txt" \
  || { cat "$work/sample.txt" >&2; echo "check-wheel: extract --sample printed no record" >&2; exit 1; }
echo "   $(wc -l <"$work/sample.txt") lines of summary"

step "newsgraph serve on 127.0.0.1: /ui/graph and /ui/timeline load their libraries"
sample=$("$venv/python" -c 'from importlib import resources; print(resources.files("newsgraph.samples") / "harbor-city-2025-03-14.txt")')
"$venv/newsgraph" ingest "$sample" --db "sqlite:///$work/store.db" --published 2025-03-14 >/dev/null 2>&1
port=$("$venv/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$venv/newsgraph" serve --db "sqlite:///$work/store.db" --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do
  "$venv/python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/ui/', timeout=2)" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "check-wheel: serve exited" >&2; exit 1; }
  sleep 0.5
done
"$venv/python" "$repo/scripts/check_wheel.py" pages "http://127.0.0.1:$port" \
  || { cat "$work/serve.log" >&2; exit 1; }

step "wheel OK: $(basename "$wheel")"
