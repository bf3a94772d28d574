# The two README commands. `make demo` and `make test` each set up .venv on first use.
PY := .venv/bin/python
SEED := fixtures/seeds/002_99f613d10e4c7134.txt

.venv/.installed: pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

.PHONY: demo test lint bench
demo: .venv/.installed
	.venv/bin/newsclean clean $(SEED)

test: .venv/.installed
	$(PY) -m pytest

# Lint rules only ([tool.ruff.lint]; the code is not machine-formatted) and strict types ([tool.mypy]).
lint: .venv/.installed
	.venv/bin/ruff check newsclean tests benchmarks
	.venv/bin/mypy

# Each benchmark rewrites its own section of benchmarks/RESULTS.md (they read ../shared/bench).
bench: .venv/.installed
	$(PY) -m benchmarks.bench_text --write
	$(PY) -m benchmarks.bench_language --write
	$(PY) -m benchmarks.bench_metadata --write
	$(PY) -m benchmarks.bench_probes --write
	$(PY) -m benchmarks.bench_probes --set heldout --write
	$(PY) -m benchmarks.bench_probes --set risk --write
	$(PY) -m benchmarks.bench_probes --set fresh --write
	$(PY) -m benchmarks.bench_probes --set blind --write
	$(PY) -m benchmarks.bench_probes --set unseen --write
	$(PY) -m benchmarks.bench_probes --set sealed --write
	$(PY) -m benchmarks.bench_html --write
	$(PY) -m benchmarks.bench_reliability --write
	$(PY) -m benchmarks.bench_batch --write
	$(PY) -m benchmarks.bench_scaling --write
	$(PY) -m benchmarks.bench_startup --write
	$(PY) -m benchmarks.bench_instructions --write
