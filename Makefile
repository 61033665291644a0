# Khronika: the two commands a new user needs are `make run` and `make test`. Each installs what is
# missing (Debian 12 / Ubuntu packages), configures and builds first.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= 2
CMAKE_FLAGS ?=

PACKAGES := cmake ninja-build g++ pkg-config ccache qt6-base-dev qt6-charts-dev qt6-svg-dev \
            libyaml-cpp-dev googletest libgtest-dev libbenchmark-dev libgl-dev xvfb xauth fonts-dejavu-core \
            python3-yaml python3-jsonschema

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Warnings are errors under CI.
ifeq ($(CI),true)
  CMAKE_FLAGS += -DKHRONIKA_WERROR=ON
endif
LAUNCHER := $(shell command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

.PHONY: all deps configure build run test test-asan bench check-data screenshots format clean

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	  cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(LAUNCHER) $(CMAKE_FLAGS); \
	fi

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
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

bench: build
	$(BUILD_DIR)/tests/khronika_benchmarks --benchmark_counters_tabular=true

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

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
