# Everything runs from a virtual environment in the checkout; `make test` and `make demo` set
# it up on a fresh machine with only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install bytecode generate check lint typecheck test demo bench dist clean

install: $(STAMP)

# The four projects, editable: the generator (.), the runtime (runtime/), the generated client
# (generated/, its pyproject written by ucwa-gen) and the session with the test server (session/).
PROJECTS := pyproject.toml runtime/pyproject.toml generated/pyproject.toml session/pyproject.toml

$(STAMP): $(PROJECTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' -e ./runtime -e ./generated -e './session[testing]'
	$(MAKE) bytecode
	touch $(STAMP)

# The bytecode of our four packages, as installing their wheels would write it: an editable
# install writes none, and with PYTHONDONTWRITEBYTECODE set every run compiles every module it
# imports again (about 20 ms of the runtime's and generated package's first use, which the
# bench's baseline, urllib3, attrs and cattrs installed by pip, never pays). Also the compiled
# templates and schema checks that a first run would otherwise build (built.py).
bytecode:
	$(BIN)/python -m ucwa_codegen.prebuild
	$(BIN)/python -m compileall -q generator/ucwa_codegen runtime/ucwa_runtime generated/ucwa session/ucwa_session session/ucwa_testing

generate: $(STAMP)
	$(BIN)/ucwa-gen generate

# generated/ must be exactly what definitions/ and templates/ produce
check: $(STAMP)
	$(BIN)/ucwa-gen check

lint: $(STAMP)
	$(BIN)/ruff check generator runtime generated session tests examples bench tools
	$(BIN)/ruff format --check generator runtime generated session tests examples bench tools

typecheck: $(STAMP)
	$(BIN)/mypy generator/ucwa_codegen runtime/ucwa_runtime generated/ucwa session/ucwa_session session/ucwa_testing tools

# the generator's own code is held to the same lint and strict typing as what it generates
test: $(STAMP) lint typecheck
	$(BIN)/ucwa-gen check
	$(BIN)/python -m pytest

demo: generate
	$(BIN)/python examples/session_demo.py

# openapi-python-client lives in its own environment: its dependencies are not ours
BENCH_STAMP := .venv-bench/.installed

$(BENCH_STAMP):
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet openapi-python-client
	touch $(BENCH_STAMP)

bench: $(STAMP) $(BENCH_STAMP) generate bytecode
	$(BIN)/python bench/run.py

# Four wheels into dist/: ucwa-codegen (the generator, templates included), ucwa-runtime,
# ucwa (the generated client) and ucwa-session (the session and the test server)
dist: check
	rm -rf dist
	$(BIN)/python tools/dist.py dist

clean:
	rm -rf $(VENV) .venv-bench build dist .pytest_cache .mypy_cache .ruff_cache
