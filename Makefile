# Two commands matter: `make run` (dashboard on the sample data) and `make test` (every test).
SWIFT ?= swift
DATA ?= data/dong-nai

.PHONY: deps build release run test test-all bench bench-peers bench-db sample corpus clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product ocop

## Builds in release mode and opens the dashboard on the bundled sample data.
run: release
	.build/release/ocop $(DATA)

## Builds the executable the end-to-end tests drive, then runs every test.
test: deps
	$(SWIFT) build --product ocop
	$(SWIFT) test

## Every test with the full crash harness (2×200 kills instead of 2×30); slower, for before a release.
test-all: deps
	$(SWIFT) build --product ocop
	OCOP_CRASH_ROUNDS=200 $(SWIFT) test

## Release-build benchmarks; they print figures and assert nothing.
bench: deps
	$(SWIFT) build -c release --product ocop-bench && $(SWIFT) build -c release --product ocop
	.build/release/ocop-bench
	.build/release/ocop-bench stores
	.build/release/ocop-bench history

## Both stores side by side at 100k products (a throwaway PostgreSQL cluster): load, save, a colleague's save, import/export.
bench-db: deps
	$(SWIFT) build -c release --product ocop-bench && $(SWIFT) build -c release --product ocop
	.build/release/ocop-bench stores

## ocop beside visidata 3.4 (installed in a throwaway venv under /tmp) on the same 100k products under tmux: medians
## and ratios of launch, first byte, peak memory, bytes per move, search and CPU. Figures, not verdicts.
bench-peers: deps
	$(SWIFT) build -c release --product ocop
	bash scripts/bench-peers.sh

## Regenerates the sample dataset and the broken-dataset corpus (needs python3).
sample:
	python3 scripts/make_sample.py
	python3 scripts/make_corpus.py

clean:
	rm -rf .build
