# Two commands for a new user: `make demo` (install + run on the bundled sample)
# and `make test` (install + run the test suite). Both build .venv from the
# hash-pinned requirements.lock, so a fresh machine needs nothing else.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install lock lint bench clean

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

clean:
	rm -rf $(VENV) build *.egg-info
