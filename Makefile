# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint bench clean

$(BIN)/photo-video-maker: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

setup: $(BIN)/photo-video-maker

demo: setup
	$(BIN)/photo-video-maker make samples -o demo.mp4 --title "Photo Video Maker Easy"

lint: setup
	$(BIN)/ruff check server tests bench
	$(BIN)/ruff format --check server tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/standard_job.py

clean:
	rm -rf $(VENV) demo.mp4 .mypy_cache .ruff_cache .pytest_cache
