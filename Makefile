# Two commands on a fresh machine: `make letters` and `make test`. Each sets up what it
# needs: system libraries and fonts (scripts/system-deps.sh), then .venv with the
# pinned packages of pyproject.toml.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.ready

.PHONY: letters test validate bench schema git-setup lfs-setup clean-venv

letters: $(READY)
	$(PY) -m generator build

test: $(READY)
	$(PY) -m pytest

validate: $(READY)
	$(PY) -m generator validate

# Cold command-line runs in a scratch copy of the project; rewrites README's results table.
bench: $(READY)
	$(PY) bench/bench.py --write-readme

schema: $(READY)
	$(PY) -m generator schema --write

# PDF text diffs and the pre-commit hook; works in a clone and in a git worktree.
git-setup:
	git config diff.pdf.textconv scripts/pdf-textconv
	git config diff.pdf.cachetextconv true
	hooks=$$(git rev-parse --git-path hooks) && mkdir -p "$$hooks" && ln -sf "$$(pwd)/scripts/pre-commit" "$$hooks/pre-commit"

# PDFs under output/ in Git LFS (the Markdown stays in git for review); `git diff`
# still shows their text (scripts/pdf-textconv resolves LFS pointers).
LFS_RULE := output/**/*.pdf filter=lfs diff=pdf merge=lfs -text
lfs-setup: git-setup
	@command -v git-lfs >/dev/null || { echo "install Git LFS first (Debian: apt-get install git-lfs)"; exit 1; }
	git lfs install --local
	@grep -qxF '$(LFS_RULE)' .gitattributes || echo '$(LFS_RULE)' >> .gitattributes
	@echo "PDFs under output/ now go to Git LFS. Commit .gitattributes; to move the PDFs already"
	@echo "committed: git add --renormalize output && git commit -m 'PDFs to Git LFS'"

$(READY): pyproject.toml scripts/system-deps.sh
	@sh scripts/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

clean-venv:
	rm -rf $(VENV)
