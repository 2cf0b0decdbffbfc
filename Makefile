# Two commands on a fresh machine: `make demo` and `make test`.
# Set-up installs the tested versions in requirements.lock (`make lock` refreshes it), so a new
# release of any dependency cannot break a fresh machine; pyproject.toml keeps open ranges for
# people who install the package into an environment of their own.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements.lock

.PHONY: setup demo test lint lock bench clean dist mcpb check-dist

$(BIN)/photo-video-maker: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

setup: $(BIN)/photo-video-maker

demo: setup
	$(BIN)/photo-video-maker make samples -o demo.mp4 --title "Photo Video Maker Easy"

lint: setup
	$(BIN)/ruff check server tests bench tools
	$(BIN)/ruff format --check server tests bench tools
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q
	# schemathesis fuzzes the OpenAPI document in a run of its own (tests/conftest.py)
	PVM_OPENAPI_RUN=1 $(BIN)/pytest -q tests/openapi

# Resolve the newest versions pyproject.toml allows, for every platform and Python 3.11+;
# run the tests before committing the new lock.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--upgrade --quiet --custom-compile-command "make lock" -o $(LOCK)

# The wheel people install with `uvx --from dist/...whl photo-video-maker serve` or pipx.
dist: setup
	rm -rf dist/*.whl
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .

# The Claude Desktop extension (MCPB, uv server type), packed and validated by the MCPB CLI
# from tools/package-lock.json.
mcpb: setup
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python tools/build_mcpb.py

# A fresh environment made from the wheel alone serves MCP (uvx, as the README says).
check-dist: dist
	$(BIN)/python tools/check_wheel.py dist/*.whl

bench: setup
	$(BIN)/python bench/standard_job.py

clean:
	rm -rf $(VENV) demo.mp4 .mypy_cache .ruff_cache .pytest_cache dist build tools/node_modules
