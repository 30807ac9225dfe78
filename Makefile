# Two commands for a new user: `make demo` (install + run on the bundled sample)
# and `make test` (install + run the test suite). Both build .venv from the
# hash-pinned requirements.lock, so a fresh machine needs nothing else.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install wheel build-wheel check-wheel lock lint bench fuzz clean

demo: $(STAMP)
	$(BIN)/newsgraph extract --sample

test: $(STAMP)
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	@if [ -f package-lock.json ] && command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && $(BIN)/python -m newsgraph.web.assets; fi
	touch $(STAMP)

# The wheel users `pip install`: the same product as `make demo`, web libraries
# included. npm is needed here, at build time, never at the user's install time;
# the build backend (scripts/build_backend.py) refuses to build without them.
wheel: $(STAMP)
	$(MAKE) --no-print-directory build-wheel

# The steps of `make wheel` without the .venv prerequisite, so that
# scripts/check-wheel.sh can run them in a fresh export with another venv's python.
# PYTHONPATH=src makes `-m newsgraph.web.assets` this tree's copy, not an installed one.
build-wheel:
	@command -v npm >/dev/null || { echo "make wheel: npm is needed to fetch the web UI's browser libraries (package.json)" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	PYTHONPATH=src $(BIN)/python -m newsgraph.web.assets
	rm -rf build
	mkdir -p dist
	$(BIN)/python -m build --wheel --no-isolation --outdir dist . >dist/build.log 2>&1 || { cat dist/build.log >&2; exit 1; }
	@ls dist/newsgraph-*.whl

# Build the wheel from a fresh export of HEAD, install it into a new venv and
# check what a user gets (also run by .ci/run).
check-wheel: $(STAMP)
	bash scripts/check-wheel.sh

# Re-pin after changing dependencies in pyproject.toml.
lock:
	$(BIN)/python -m pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--no-header -o requirements.lock

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# The long fuzz run (issue 8): 10,000 random inputs per property instead of the suite's 60.
fuzz: $(STAMP)
	NEWSGRAPH_FUZZ_EXAMPLES=$${NEWSGRAPH_FUZZ_EXAMPLES:-10000} $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/test_fuzz.py --hypothesis-show-statistics

clean:
	rm -rf $(VENV) build dist *.egg-info
