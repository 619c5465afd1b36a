# Asynchrony: `make serve` builds the site and serves it; `make test` runs
# every test (Go, WebAssembly under Node, fuzzing for a bounded time, and the
# end-to-end tests in Chromium). See README.md.
GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASMEXEC  := $(GOROOT)/lib/wasm/go_js_wasm_exec
FUZZTIME  ?= 15s
ADDR      ?= 127.0.0.1:8080

.PHONY: all build serve test vet test-go test-realclock test-wasm fuzz test-e2e bench bench-pyodide golden golden-svg clean

all: build

site/node_modules: site/package.json site/package-lock.json
	npm ci --prefix site --no-audit --no-fund
	@touch $@

build: site/node_modules
	$(GO) run ./cmd/asynchrony build -out dist

serve: build
	$(GO) run ./cmd/asynchrony serve -dir dist -addr $(ADDR)

test: vet test-go test-realclock test-wasm fuzz test-e2e

vet:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Every package natively except the browser tests, which need the built site.
# -short leaves out the tests that depend on real time; test-realclock runs
# them on their own, so that other packages' tests do not load the machine.
test-go:
	$(GO) test -short -count=1 $$($(GO) list ./... | grep -v /e2e)

test-realclock:
	$(GO) test -count=1 -run 'RealClock' ./runtime/modules/asyncio

# The runtime and the bridge under GOOS=js GOARCH=wasm in Node.
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -short -count=1 -exec="$(WASMEXEC)" ./runtime/... ./wasm/bridge ./wasm/session ./wasm/snippets

# Minimising a newly interesting input is capped at 200 runs: Go's default
# (60 s per input) had FuzzRun spend all of its 15 s minimising the first
# input that found new coverage (16,694 execs, then 0/s); with the cap it
# keeps exploring (65k execs and ~200 new inputs in 15 s).
FUZZFLAGS ?= -fuzztime=$(FUZZTIME) -fuzzminimizetime=200x

fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzScan$$' $(FUZZFLAGS) ./runtime/syntax
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' $(FUZZFLAGS) ./runtime/syntax
	$(GO) test -run='^$$' -fuzz='^FuzzRun$$' $(FUZZFLAGS) ./runtime

test-e2e: build
	$(GO) test -count=1 -timeout 30m ./e2e/...

# Pyodide from the npm registry, for the side-by-side page benchmark only
# (make test never installs it).
bench/page/node_modules: bench/page/package.json bench/page/package-lock.json
	npm ci --prefix bench/page --no-audit --no-fund
	@touch $@

# Runtime vs python3 (native and wasm), then the page in headless Chromium,
# then the page side by side with Pyodide (a markdown table at the end).
bench: build bench/page/node_modules
	scripts/bench.sh
	$(GO) run ./e2e/pagebench -dir dist -n 5 -pyodide bench/page/node_modules/pyodide

# Only the side-by-side table with Pyodide.
bench-pyodide: build bench/page/node_modules
	$(GO) run ./e2e/pagebench -dir dist -page=false -pyodide bench/page/node_modules/pyodide

# Regenerates testdata's expected outputs with CPython 3.11.
golden:
	scripts/golden.sh

# Redraws the timeline's golden SVGs (runtime/timeline/testdata/*.svg) from
# the programs beside them; review the diff before committing.
golden-svg:
	$(GO) test -count=1 -run '^TestGoldenSVG$$' ./runtime/timeline -args -update

clean:
	rm -rf dist
