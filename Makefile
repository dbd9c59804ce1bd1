# The two everyday commands:
#   make site   set up, import the bundled documents, build, and serve on http://127.0.0.1:$(PORT), rebuilding on change
#   make test   set up (including Debian's chromium for the browser tests) and run every test
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: site build test serve check bench eval golden clean browser

site: $(VENV)/.installed
	$(PY) build.py serve --watch --port $(PORT)

build: $(VENV)/.installed
	$(PY) build.py

test: $(VENV)/.installed browser
	$(PY) -m pytest

check: $(VENV)/.installed
	$(PY) build.py check

bench: $(VENV)/.installed browser
	$(PY) -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(PY) bench/build_bench.py
	$(PY) bench/compare_bench.py
	$(PY) bench/search_bench.py

eval: $(VENV)/.installed
	$(PY) tests/corpus_eval.py
	$(PY) tests/robustness.py

golden: $(VENV)/.installed
	$(PY) tests/regenerate_golden.py

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

browser:
	scripts/install-chromium

clean:
	rm -rf public .public-* $(VENV) tests/artifacts
