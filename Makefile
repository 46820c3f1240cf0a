# Two commands on a fresh machine: `make letters` and `make test`. Each sets up what it
# needs: system libraries and fonts (scripts/system-deps.sh), then .venv with the
# pinned packages of pyproject.toml.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.ready

.PHONY: letters test validate bench schema git-setup clean-venv

letters: $(READY)
	$(PY) -m generator build

test: $(READY)
	$(PY) -m pytest

validate: $(READY)
	$(PY) -m generator validate

bench: $(READY)
	$(PY) bench/bench.py

schema: $(READY)
	$(PY) -m generator schema --write

# PDF text diffs and the pre-commit hook; works in a clone and in a git worktree.
git-setup:
	git config diff.pdf.textconv scripts/pdf-textconv
	git config diff.pdf.cachetextconv true
	hooks=$$(git rev-parse --git-path hooks) && mkdir -p "$$hooks" && ln -sf "$$(pwd)/scripts/pre-commit" "$$hooks/pre-commit"

$(READY): pyproject.toml scripts/system-deps.sh
	@sh scripts/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

clean-venv:
	rm -rf $(VENV)
