# Thin wrapper over CMake. `make demo` and `make test` work on a fresh Debian 12 machine:
# both install what is missing first (scripts/install-deps.sh).
MAKEFLAGS += --no-print-directory
JOBS ?= 2
CMAKE_FLAGS ?=
RELEASE := build/release
ASAN := build/asan
BENCH := build/bench
FUZZ := build/fuzz
FUZZ_SECONDS ?= 30

.PHONY: deps demo build test eval bench compare fuzz format clean

deps:
	@scripts/install-deps.sh build

build: deps
	@cmake -S . -B $(RELEASE) -DCMAKE_BUILD_TYPE=Release -DRUNGS_BUILD_TESTS=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(RELEASE) -j$(JOBS)

# The main job on a bundled sample: assess a resume against the default career ladder. Then
# progress over time: the same resume saved before and after a year's edits (a store of the demo's
# own, made afresh), and the history with what changed.
DEMO_STORE := $(RELEASE)/demo-store.db
demo: build
	@$(RELEASE)/src/rungs assess examples/resumes/priya-senior.md
	@rm -f $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
	@echo; echo "== Progress over time: two saved assessments, before and after an edit"
	@$(RELEASE)/src/rungs assess examples/resumes/priya-senior.md --save --store $(DEMO_STORE) >/dev/null
	@$(RELEASE)/src/rungs assess examples/resumes/priya-senior-a-year-later.md --save --store $(DEMO_STORE) >/dev/null
	@$(RELEASE)/src/rungs history priya.sharma@example.in --diff --store $(DEMO_STORE)
	@echo; echo "== Many resumes at once: rungs batch over examples/ (one report a line; --format csv or html for the team page)"
	@$(RELEASE)/src/rungs batch examples/resumes --format csv -o $(RELEASE)/demo-team.csv || true
	@echo; echo "== The web app and the API: run '$(RELEASE)/src/rungs serve' and open http://127.0.0.1:8080/"
	@echo "   (curl -s --data-binary @examples/resumes/priya-senior.md http://127.0.0.1:8080/v1/assess for the JSON report)"

# Every test, built with AddressSanitizer and UndefinedBehaviorSanitizer, with a throwaway
# PostgreSQL server for the store's tests (scripts/with-postgres.sh).
test: deps
	@scripts/install-browser-test.sh
	@cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DRUNGS_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN) -j$(JOBS)
	@cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		$(CURDIR)/scripts/with-postgres.sh ctest --output-on-failure -j$(JOBS)

# Verdict quality on the labelled corpus (docs/eval-labels.md): the dev half (tuned on) and the
# test half (never tuned on), each on its own. `rungs eval DIR` alone also lists every miss.
eval: build
	@for half in dev test; do echo "== tests/data/eval/$$half"; \
		$(RELEASE)/src/rungs eval tests/data/eval/$$half --brief || exit $$?; echo; done

# The server under load (wrk, 64 connections) against nginx serving the same JSON: LOAD_SECONDS each.
LOAD_SECONDS ?= 30
bench: deps
	@cmake -S . -B $(BENCH) -DCMAKE_BUILD_TYPE=Release -DRUNGS_BUILD_TESTS=OFF -DRUNGS_BUILD_BENCH=ON >/dev/null
	@cmake --build $(BENCH) -j$(JOBS)
	@for b in $(BENCH)/bench/*_bench; do $$b; done
	@scripts/install-deps.sh bench
	@RUNGS_BIN=$(BENCH)/src/rungs scripts/compare-nginx.sh $(LOAD_SECONDS)
	@scripts/batch-scale.sh 10000

# rungs' skill matcher against ripgrep on the same corpus (COMPARE_MB megabytes; minutes at 20).
COMPARE_MB ?= 20
compare:
	@scripts/compare-ripgrep.sh $(COMPARE_MB)

# libFuzzer targets, each run for FUZZ_SECONDS on its seed corpus.
fuzz:
	@scripts/install-deps.sh fuzz
	@CXX=clang++-16 cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRUNGS_BUILD_TESTS=OFF -DRUNGS_BUILD_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ) -j$(JOBS)
	@scripts/run-fuzzers.sh $(FUZZ)/fuzz $(FUZZ_SECONDS)

format:
	@find include src tests bench fuzz -name '*.h' -o -name '*.cpp' | xargs clang-format -i

clean:
	rm -rf build
