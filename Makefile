# Set-up on a fresh Debian 12 machine: `make demo` and `make test`. Everything else is CMake.
PRESET ?= default
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

DEBIAN_PACKAGES := cmake make g++ clang clang-format pkg-config python3 \
  libboost-date-time-dev libfmt-dev doctest-dev libtomlplusplus-dev libcli11-dev \
  nlohmann-json3-dev libcsv-dev libxlsxwriter-dev libbenchmark-dev libreoffice-calc-nogui

export TZ := Europe/London
export LC_ALL := C

.PHONY: all deps configure build demo test bench format clean

all: build

deps:
	@sh cmake/debian-deps.sh $(DEBIAN_PACKAGES)

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@$(BUILD_DIR)/src/cli/mhfund forecast

test: build
	@ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

bench: build
	@$(BUILD_DIR)/tests/bench/mhfund_bench

format:
	@git ls-files '*.hpp' '*.cpp' '*.h' '*.c' | xargs clang-format -i

clean:
	@rm -rf build build-debug build-asan build-tsan
