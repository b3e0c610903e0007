# The two commands a newcomer needs:  make run  (serve the demo)  and  make test.
# Each creates .venv and installs the locked dependencies first.

# The first Python 3.11+ found; override with  make PYTHON=/path/to/python3.12 ...
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	2>/dev/null && { echo $$p; break; }; done)
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test lint check install lock docker clean bench bench-import bench-posting bench-graphql bench-graphql-instructions bench-soak bench-http-import chromium pgbouncer

$(INSTALLED): pyproject.toml setup.py requirements/dev.txt
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required: install it or set PYTHON=..." >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

install: $(INSTALLED) chromium pgbouncer

## Debian's Chromium for the browser tests (apt-get, only when /usr/bin/chromium is missing).
chromium:
	@bash scripts/install-chromium

## Debian's PgBouncer for the PgBouncer tests (apt-get, only when /usr/sbin/pgbouncer is missing).
pgbouncer:
	@bash scripts/install-pgbouncer

## Serve the API on SQLite with demo data; prints the GraphiQL URL and demo tokens.
run: $(INSTALLED)
	$(BIN)/python -m app migrate
	$(BIN)/python -m app seed-demo
	LOG_FORMAT=$${LOG_FORMAT:-console} $(BIN)/python -m app serve

## The whole test suite (SQLite; PostgreSQL too when REFUNDS_TEST_POSTGRES_URL is set).
test: $(INSTALLED) chromium pgbouncer
	$(BIN)/python -m pytest

## ruff, mypy, and migrations in step with the models for both dialects.
lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m app makemigrations --check

## What CI runs: lint, then the suite on SQLite and on PostgreSQL.
check:
	bash .ci/run

# pip freeze drops environment markers; uvloop's (pyproject.toml) keeps Windows installable.
KEEP_MARKERS := sed "s/^uvloop==.*/&; sys_platform != 'win32' and sys_platform != 'cygwin' and platform_python_implementation != 'PyPy'/"

## Re-lock requirements/*.txt from pyproject.toml (run after changing a pin).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet .
	{ echo '# Locked by "make lock" from pyproject.toml: do not edit by hand.'; \
	  .lock-venv/bin/python -m pip freeze --exclude customer-refunds | $(KEEP_MARKERS); } > requirements/runtime.txt
	.lock-venv/bin/python -m pip install --quiet '.[dev]'
	{ echo '# Locked by "make lock" from pyproject.toml: do not edit by hand.'; \
	  .lock-venv/bin/python -m pip freeze --exclude customer-refunds | $(KEEP_MARKERS); } > requirements/dev.txt
	rm -rf .lock-venv build customer_refunds.egg-info

docker:
	docker build -t customer-refunds .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info

## Reports on 10,000 customers and 200,000+ documents in PostgreSQL, next to their raw SQL.
bench: $(INSTALLED)
	$(BIN)/python -m bench.reports $(ARGS)

## Posting a refund with 50 allocations through GraphQL next to the lean set-based SQL.
bench-posting: $(INSTALLED)
	$(BIN)/python -m bench.posting

## CSV import against posting one by one, SQLite and PostgreSQL: 10,000 refunds x 3 rows and a
## 100,000-row file; smaller: BENCH_IMPORT_ARGS="--refunds 300 --large-rows 9000 --repeats 3".
bench-import: $(INSTALLED)
	$(BIN)/python -m bench.imports $(BENCH_IMPORT_ARGS)

## The GraphQL hot path served (wrk, PostgreSQL) against a raw Starlette + asyncpg handler
## returning the same bytes; ARGS="--duration 5 --repeat 5 --cases credits20 --profile".
bench-graphql: $(INSTALLED)
	@bash scripts/install-wrk
	$(BIN)/python -m bench.graphql_hot $(ARGS)

## Drafts, posts, voids and report reads against the served app; per-minute throughput and p99.
bench-soak: $(INSTALLED)
	$(BIN)/python -m bench.soak $(ARGS)

## Instructions per request of the app and the raw handler, counted by callgrind (not timed).
bench-graphql-instructions: $(INSTALLED)
	@command -v valgrind >/dev/null || apt-get install -y valgrind
	$(BIN)/python -m bench.graphql_instructions $(ARGS)

## CSV import over HTTP (text/csv, multipart) against the importer in-process (BENCH_HTTP_IMPORT_REFUNDS=2000).
bench-http-import: $(INSTALLED)
	$(BIN)/python -m bench.http_imports
