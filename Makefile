# Set-up on a fresh Debian 12 machine: `make demo` and `make test`. Everything else is CMake.
PRESET ?= default
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

DEBIAN_PACKAGES := cmake make g++ clang clang-format pkg-config python3 \
  libboost-date-time-dev libfmt-dev doctest-dev libtomlplusplus-dev libcli11-dev \
  nlohmann-json3-dev libcsv-dev libxlsxwriter-dev libbenchmark-dev libreoffice-calc-nogui \
  chromium fonts-liberation help2man man-db bash-completion python3-venv python3-setuptools \
  python3-wheel mypy poppler-utils
# Only for `make package` (the Debian packages) and tests/packaging/check_debs.sh.
PACKAGE_PACKAGES := dpkg-dev file binutils lintian
# Only for `make docs` (the API reference).
DOCS_PACKAGES := doxygen

export TZ := Europe/London
export LC_ALL := C

.PHONY: all deps configure build demo test bench docs format package clean

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

# The API reference (Doxygen) in $(BUILD_DIR)/docs/html; any warning (an undocumented public
# name, a broken reference) fails it.
docs:
	@sh cmake/debian-deps.sh $(DOCS_PACKAGES)
	@mkdir -p $(BUILD_DIR)/docs
	@MHFUND_DOCS_OUTPUT=$(BUILD_DIR)/docs \
	  MHFUND_VERSION=$$(sed -n 's/^#define MHFUND_VERSION_\(MAJOR\|MINOR\|PATCH\) //p' include/mhfund/version.hpp | paste -sd.) \
	  doxygen docs/Doxyfile
	@echo "API reference: $(BUILD_DIR)/docs/html/index.html"

# The Debian packages (cmake/packaging.cmake) in build-release/packages/: a release build with
# Debian's hardening flags (dpkg-buildflags), then CPack. tests/packaging/check_debs.sh installs
# and checks them.
package: deps
	@sh cmake/debian-deps.sh $(PACKAGE_PACKAGES)
	@export DEB_BUILD_MAINT_OPTIONS=hardening=+all; \
	  cmake --preset release \
	    -DCMAKE_C_FLAGS="$$(dpkg-buildflags --get CPPFLAGS) $$(dpkg-buildflags --get CFLAGS)" \
	    -DCMAKE_CXX_FLAGS="$$(dpkg-buildflags --get CPPFLAGS) $$(dpkg-buildflags --get CXXFLAGS)" \
	    -DCMAKE_EXE_LINKER_FLAGS="$$(dpkg-buildflags --get LDFLAGS)" \
	    -DCMAKE_SHARED_LINKER_FLAGS="$$(dpkg-buildflags --get LDFLAGS)" >/dev/null
	@cmake --build build-release -j $(JOBS)
	@rm -rf build-release/packages
	@cd build-release && cpack -G DEB
	@ls -l build-release/packages/*.deb build-release/packages/*.ddeb

format:
	@git ls-files '*.hpp' '*.cpp' '*.h' '*.c' | xargs clang-format -i

clean:
	@rm -rf build build-debug build-asan build-tsan build-release
