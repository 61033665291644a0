# Khronika: the two commands a new user needs are `make run` and `make test`. Each installs what is
# missing (apt on Debian and Ubuntu, dnf on Fedora, pacman on Arch: scripts/install-deps.sh), configures
# and builds first. `make run` installs and builds only what the explorer needs.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= 2
CMAKE_FLAGS ?=
PACKAGE_DIR ?= build-deb

# Warnings are errors under CI.
ifeq ($(CI),true)
  CMAKE_FLAGS += -DKHRONIKA_WERROR=ON
endif
LAUNCHER := $(shell command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CMAKE_CONFIGURE = cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(LAUNCHER) $(CMAKE_FLAGS)

.PHONY: all deps deps-run configure configure-run build run test test-asan bench check-data screenshots package format clean

all: build

# Everything for development: building, running, the tests and the package checks.
deps:
	@sh scripts/install-deps.sh test

deps-run:
	@sh scripts/install-deps.sh run

# A build tree made by `make run` has no tests; the first `make test` turns them on.
configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ] || ! grep -q '^KHRONIKA_BUILD_TESTS:BOOL=ON' $(BUILD_DIR)/CMakeCache.txt; then \
	  $(CMAKE_CONFIGURE) -DKHRONIKA_BUILD_TESTS=ON -DKHRONIKA_BUILD_BENCHMARKS=ON; \
	fi

configure-run: deps-run
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	  $(CMAKE_CONFIGURE) -DKHRONIKA_BUILD_TESTS=OFF -DKHRONIKA_BUILD_BENCHMARKS=OFF; \
	fi

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: configure-run
	cmake --build $(BUILD_DIR) -j$(JOBS) --target khronika
	$(BUILD_DIR)/app/khronika

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS)

# The whole suite again in a Debug build under AddressSanitizer and UndefinedBehaviorSanitizer, with
# Q_ASSERT forced on; fuzz.replay runs the fuzz corpus through the sanitized loader. Any report fails.
ASAN_DIR ?= build-asan
test-asan: deps
	@if [ ! -f $(ASAN_DIR)/build.ninja ]; then \
	  cmake --preset asan -B $(ASAN_DIR) $(LAUNCHER) $(CMAKE_FLAGS); \
	fi
	cmake --build $(ASAN_DIR) -j$(JOBS)
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  ctest --output-on-failure -j$(JOBS)

# The explorer's benchmarks print their targets as PASS or FAIL at the end; the figures go to bench.json.
bench: build
	$(BUILD_DIR)/tests/khronika_benchmarks --benchmark_counters_tabular=true \
	  --benchmark_out=$(BUILD_DIR)/bench.json --benchmark_out_format=json

check-data: build
	$(BUILD_DIR)/app/khronika-check data/ussr-1923-1941

# The pictures in the README, made by the program itself in a virtual display.
SHOT = xvfb-run -a -s '-screen 0 1920x1080x24' $(BUILD_DIR)/app/khronika
screenshots: build
	$(SHOT) --size 1920x1080 --actor bukharin --event november-1929-plenum --screenshot docs/screenshots/explorer-bukharin-1920.png
	$(SHOT) --size 1280x720 --actor bukharin --event november-1929-plenum --screenshot docs/screenshots/explorer-bukharin-1280.png
	$(SHOT) --size 1280x720 --range 1927..1927 --screenshot docs/screenshots/explorer-1927-1280.png
	$(SHOT) --size 1920x1080 --charts all --event dizzy-with-success --screenshot docs/screenshots/charts-1920.png
	$(SHOT) --size 1920x1080 --actor stalin --actor trotsky --actor bukharin --range 1923..1930 --lanes actor --screenshot docs/screenshots/compare-1920.png
	$(SHOT) --size 1920x1080 --screenshot docs/screenshots/overview-1920.png
	$(SHOT) --size 1920x1080 --present --tour stalin-rise --step 3 --screenshot docs/screenshots/presentation-1920.png
	$(SHOT) --size 1024x768 --present --tour stalin-rise --step 3 --screenshot docs/screenshots/presentation-1024.png
	$(SHOT) --size 1920x1080 --present --tour collectivisation-famine --step 6 --screenshot docs/screenshots/presentation-chart-1920.png
	$(SHOT) --size 1280x720 --present --tour collectivisation-famine --step 12 --screenshot docs/screenshots/presentation-chart-1280.png
	$(SHOT) --size 1024x768 --screenshot docs/screenshots/explorer-1024.png
	$(SHOT) --size 1024x768 --event holodomor --screenshot docs/screenshots/explorer-holodomor-1024.png
	$(SHOT) --size 1280x720 --screenshot docs/screenshots/explorer-1280.png
	$(SHOT) --size 1024x768 --present --tour collectivisation-famine --step 7 --screenshot docs/screenshots/presentation-chart-1024.png
	$(SHOT) --size 1280x720 --present --tour collectivisation-famine --step 7 --screenshot docs/screenshots/presentation-countryside-1280.png
	$(SHOT) --size 1920x1080 --actor stalin --actor trotsky --actor bukharin --range 1922..1941 --screenshot docs/screenshots/standing-1920.png
	$(SHOT) --size 1920x1080 --map --range 1932..1933 --cursor 1932-11-01 --screenshot docs/screenshots/map-famine-1920.png
	$(SHOT) --size 1024x768 --map --range 1940..1940 --cursor 1940-09-01 --screenshot docs/screenshots/map-1940-1024.png
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/khronika --export-tour collectivisation-famine $(BUILD_DIR)/handout.pdf
	@# Two pages of the handout as pictures (pdftoppm is in poppler-utils): the title page and a chart step.
	pdftoppm -r 60 -png -singlefile -f 1 -l 1 $(BUILD_DIR)/handout.pdf docs/screenshots/handout-title
	pdftoppm -r 60 -png -singlefile -f 12 -l 12 $(BUILD_DIR)/handout.pdf docs/screenshots/handout-chart-step

# The Debian package, built as Debian builds its own: in a tree of its own with the hardening flags
# of dpkg-buildflags (all of them: bindnow too), then checked by lintian (any error or warning fails).
package:
	@sh scripts/install-deps.sh package
	@command -v dpkg-buildflags >/dev/null || { echo "make package builds a Debian package: it needs Debian's dpkg-dev"; exit 1; }
	@eval "$$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)" && \
	  cmake -S . -B $(PACKAGE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(LAUNCHER) \
	    -DKHRONIKA_BUILD_TESTS=OFF -DKHRONIKA_BUILD_BENCHMARKS=OFF \
	    -DCMAKE_CXX_FLAGS="$$CXXFLAGS $$CPPFLAGS" -DCMAKE_EXE_LINKER_FLAGS="$$LDFLAGS"
	cmake --build $(PACKAGE_DIR) -j$(JOBS)
	cd $(PACKAGE_DIR) && rm -f khronika_*.deb && cpack -G DEB
	@cd $(PACKAGE_DIR) && echo "lintian $$(ls khronika_*.deb):" && \
	  lintian --display-info --display-experimental --pedantic --fail-on error,warning khronika_*.deb >lintian.txt; \
	  status=$$?; cat lintian.txt; [ $$status = 0 ] || exit $$status; \
	  if grep -q hardening- lintian.txt; then echo "make package: a hardening flag is missing"; exit 1; fi

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(PACKAGE_DIR)
