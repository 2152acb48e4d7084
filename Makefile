# Crossroads: two commands on a fresh machine.
#   make serve   installs what is missing, builds the release app and serves it on 127.0.0.1:8080
#   make test    installs what tests need and runs every layer (native, wasm in Chromium, Playwright)
#   make fuzz    fuzzes the import path with cargo-fuzz on nightly (not part of `make test`)
# Every target is idempotent: tools already present are not installed again.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
PORT ?= 8080
CHROMIUM ?= /usr/bin/chromium
CHROMEDRIVER ?= /usr/bin/chromedriver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export PATH := $(CURDIR)/tests/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMIUM CHROMEDRIVER

.PHONY: serve test dist dist-test bench tools browser wasm-target trunk-cli wasm-bindgen-cli node-tools \
        test-native test-wasm test-e2e clean fuzz fuzz-cli locales

## serve: build the release app and serve dist/ at http://127.0.0.1:$(PORT)/
serve: dist
	node tests/tools/serve.mjs --root dist --port $(PORT)

## test: every test layer
test: tools browser
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory dist
	$(MAKE) --no-print-directory test-e2e

test-native:
	cargo test --locked

test-wasm: wasm-target browser
	cargo test --locked --target wasm32-unknown-unknown --test web

# One file at a time; a file that fails is run once more and the retry is announced, so a timing
# flake on a loaded machine shows in the log without sinking the run (a real failure fails twice).
test-e2e: node-tools browser dist-test
	@failed=""; for f in tests/e2e/*.test.mjs; do \
	  node --test "$$f" || { echo "::warning:: $$f failed; running it once more"; node --test "$$f"; } || failed="$$failed $$f"; \
	done; if [ -n "$$failed" ]; then echo "e2e failures:$$failed"; exit 1; fi

## locales: rewrite public/locales/ (the Dutch and French tables the wasm fetches) and
##          src/i18n/locale_files.rs from the catalogues; a native test fails while they are stale
locales:
	UPDATE_LOCALES=1 cargo test --locked --lib locale_files

## dist-test: a release build with test-only hooks (a panic trigger), for the rescue journey only
dist-test: tools
	trunk build --release --locked --features test-hooks --dist target/dist-test

## dist: the release build (wasm-opt -Oz, CSP hash written by the post-build hook)
dist: tools
	trunk build --release --locked

## bench: the decision engine's full recompute, timed natively, the first-load size of dist/,
##        200 hand-in files loaded into the facilitator's group picture, long tasks while
##        editing a 20 x 12 decision (both in Chromium), then the performance budget of issue #14
##        (budget.mjs: Lighthouse mobile, start-up, save, 1 MB import, long tasks across modules,
##        size) as one table; its exit code decides: non-zero when a budget is broken.
##   make bench [BENCH_RUNS=5] [LIGHTHOUSE_RUNS=3]
BENCH_RUNS ?= 5
LIGHTHOUSE_RUNS ?= 3
bench: dist browser node-tools
	cargo bench --locked --bench recompute
	node tests/bench/size.mjs dist
	node tests/bench/workshop.mjs dist 200
	node tests/bench/decision.mjs dist 3
	node tests/bench/budget.mjs dist --runs $(BENCH_RUNS) --lighthouse-runs $(LIGHTHOUSE_RUNS)

tools: wasm-target trunk-cli wasm-bindgen-cli node-tools

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

trunk-cli:
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)

# Not --locked: the registry mirror lacks a pinned dependency of the CLI's own lock file.
wasm-bindgen-cli:
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

node-tools: tests/node_modules/.installed

tests/node_modules/.installed: tests/package.json tests/package-lock.json
	cd tests && npm ci --no-audit --no-fund
	touch $@

browser:
	@[ -x "$(CHROMIUM)" ] && [ -x "$(CHROMEDRIVER)" ] || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

clean:
	rm -rf dist target tests/node_modules tests/fuzz/target tests/fuzz/corpus

## fuzz: cargo-fuzz (nightly) on the import path; never run by `make test` or CI.
##   make fuzz [FUZZ_TARGET=import_file|open_encrypted] [FUZZ_RUNS=1000000] [FUZZ_MAX_LEN=65536]
##             [FUZZ_ARGS='-max_total_time=300'] (more libFuzzer flags)
## The seed corpus is copied from tests/fixtures at run time; crashes land in tests/fuzz/artifacts/.
FUZZ_TARGET ?= import_file
FUZZ_RUNS ?= 1000000
FUZZ_MAX_LEN ?= 65536
FUZZ_ARGS ?=
FUZZ_CORPUS := tests/fuzz/corpus/$(FUZZ_TARGET)

fuzz: fuzz-cli
	mkdir -p $(FUZZ_CORPUS)
	find tests/fixtures src/domain -name '*.json' -type f | while read -r f; do cp "$$f" "$(FUZZ_CORPUS)/seed-$$(echo "$$f" | tr / _)"; done
	cargo +nightly fuzz run --fuzz-dir tests/fuzz $(FUZZ_TARGET) $(FUZZ_CORPUS) -- \
	  -runs=$(FUZZ_RUNS) -max_len=$(FUZZ_MAX_LEN) $(FUZZ_ARGS)

fuzz-cli:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked || cargo install cargo-fuzz
