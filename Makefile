# The README's two commands are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sqlite:///roydad.db
# `make run` ends by serving the web UI on PORT; this account is created for it if missing (a
# local demo: change the password with `roydad user passwd admin`, or set ADMIN_PASSWORD).
# `roydad process` also brings the incidents up to date.
PORT ?= 8000
ADMIN_USER ?= admin
ADMIN_PASSWORD ?= roydad-admin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint install clean train

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/roydad ingest src/roydad/data/samples --db $(DB)
	$(BIN)/roydad process --db $(DB)
	$(BIN)/roydad summary --db $(DB)
	$(BIN)/roydad incidents --db $(DB) --limit 15
	ROYDAD_PASSWORD='$(ADMIN_PASSWORD)' $(BIN)/roydad user add $(ADMIN_USER) --role admin --if-missing --db $(DB)
	@echo "web UI on http://127.0.0.1:$(PORT)/ - log in as $(ADMIN_USER) / $(ADMIN_PASSWORD) (Ctrl-C stops it)"
	$(BIN)/roydad serve --db $(DB) --host 127.0.0.1 --port $(PORT)

test: $(STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

# Rebuild the shipped type classifier (src/roydad/classify/model/) from data/train/*.jsonl:
# CPU, seeded, a few minutes. TRAIN_ARGS passes options, e.g. --corpus other/*.jsonl.
train: $(STAMP)
	$(BIN)/python tools/check_corpus.py --quiet
	$(BIN)/python -m roydad.classify.train $(TRAIN_ARGS)

bench: $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	PYTHONPATH=src $(BIN)/lint-imports --no-logo

clean:
	rm -rf $(VENV) roydad.db roydad.db-wal roydad.db-shm
