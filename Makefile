# The two commands of the README: `make report` (the main job) and `make test` (the whole suite).
# Both create .venv when missing and install the project with its extras, pinned by constraints.txt.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?= data/raw
OUT    ?= reports

.PHONY: report test test-fast lint lab notebooks clean
report: $(STAMP)
	"$(PY)" -m analysis report --corpus "$(CORPUS)" --out "$(OUT)" $(if $(EVENTS),--events "$(EVENTS)")

test: $(STAMP)  ## the whole suite, as CI runs it: tests, notebooks under nbval, the browser and Dask tests
	$(PY) -m pytest --nbval --nbval-current-env tests notebooks

test-fast: $(STAMP)  ## the package's tests without notebooks, reports, benchmarks, Dask cluster or browser
	$(PY) -m pytest -m "not slow" tests

lint: $(STAMP)
	$(VENV)/bin/ruff check .

notebooks: $(STAMP)  ## re-execute the notebooks in place (refreshes their stored outputs)
	$(PY) -m analysis notebooks

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --allow-root --notebook-dir=notebooks

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=...")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[notebooks,test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
