#!/usr/bin/env bash
# The Debian packages as a user gets them: builds them (`make package`: the release preset and
# CPack, cmake/packaging.cmake), checks them with lintian, installs them into this machine with
# dpkg (and apt-get install -f for their dependencies), uses them from /usr with no environment
# variable (the tool, its manual pages and completion, the C and C++ libraries through CMake
# and pkg-config, the Python package), then purges them and checks that they left nothing.
# Runs as root (it changes /usr; packages of these names that are already installed are purged
# first); .ci/run calls it after `make test`.
#   tests/packaging/check_debs.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD
export TZ=Europe/London LC_ALL=C

fail() {
    echo "check_debs: FAILED: $*" >&2
    exit 1
}
step() { printf '\n== %s\n' "$*"; }

[[ $(id -u) == 0 ]] || fail "run as root: the packages are installed into /usr"

version=$(sed -n 's/^#define MHFUND_VERSION_\(MAJOR\|MINOR\|PATCH\) //p' include/mhfund/version.hpp | paste -sd.)
abi=$(sed -n 's/^#define MHF_ABI_VERSION \([0-9]*\)$/\1/p' bindings/c/mhfund.h)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ && $abi =~ ^[0-9]+$ ]] ||
    fail "cannot read the version ($version) or the ABI version ($abi)"
lib_package=libmhfund$abi
packages=(mhfund "$lib_package" libmhfund-dev python3-mhfund)
dbgsym_packages=(mhfund-dbgsym "$lib_package-dbgsym")
max_size=$((5 * 1024 * 1024))

work=$(mktemp -d /tmp/mhfund-check-debs.XXXXXX)
installed_by_us=false
purge_all() {
    local names=() p
    for p in "${packages[@]}" "${dbgsym_packages[@]}"; do
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -qv 'not-installed'; then
            names+=("$p")
        fi
    done
    if ((${#names[@]})); then
        DEBIAN_FRONTEND=noninteractive dpkg -P "${names[@]}"
    fi
}
cleanup() {
    local status=$?
    if $installed_by_us && ((status != 0)); then
        echo "check_debs: removing the packages after the failure" >&2
        purge_all || true
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT

# A run that failed half-way on this machine may have left them installed.
purge_all

step "Building the packages (make package)"
make package
out=build-release/packages
debs=()
for p in "${packages[@]}"; do
    matches=("$out/${p}_${version}_"*.deb)
    [[ -f ${matches[0]} ]] || fail "no package $p in $out"
    debs+=("${matches[0]}")
done
ddebs=()
for p in "${dbgsym_packages[@]}"; do
    matches=("$out/${p}_${version}_"*.ddeb)
    [[ -f ${matches[0]} ]] || fail "no debug symbols package $p in $out"
    ddebs+=("${matches[0]}")
done
ls -l "${debs[@]}" "${ddebs[@]}"
for deb in "${debs[@]}"; do
    echo
    dpkg-deb --info "$deb" | sed -n '/^ Package:/,$p'
done

step "lintian (docs/design/packaging.md lists the tags it reports and why they stay)"
# Errors and warnings fail the run; informational and pedantic tags are shown.
lintian --fail-on error,warning --display-info --pedantic --tag-display-limit 0 \
    "${debs[@]}" "${ddebs[@]}" || fail "lintian reports errors or warnings (above)"
echo "lintian: no errors or warnings"

step "Installing them (dpkg -i, then apt-get install -f for their dependencies)"
# What was there before, to check after the purge that nothing new is left.
for deb in "${debs[@]}" "${ddebs[@]}"; do
    dpkg-deb --fsys-tarfile "$deb" | tar -t
done | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^/\?$' | sort -u >"$work/paths"
while read -r path; do
    if [[ -e $path || -L $path ]]; then echo "$path"; fi
done <"$work/paths" >"$work/existed-before"
installed_by_us=true
if ! DEBIAN_FRONTEND=noninteractive dpkg -i "${debs[@]}" "${ddebs[@]}"; then
    DEBIAN_FRONTEND=noninteractive apt-get install -f -y -q
fi
for p in "${packages[@]}" "${dbgsym_packages[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$p") == "install ok installed" ]] || fail "$p is not installed"
done
dpkg-query -W -f='${Package} ${Version} ${Architecture}\n    Depends: ${Depends}\n' \
    "${packages[@]}"

# Every command from here on runs as a user's would: a clean environment (no MHFUND_LIBRARY,
# PYTHONPATH, LD_LIBRARY_PATH or CMAKE_PREFIX_PATH), in a scratch folder.
as_user() {
    (cd "$work" && env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$work" TZ="$TZ" LC_ALL="$LC_ALL" "$@")
}

step "The tool: /usr/bin/mhfund"
[[ $(as_user sh -c 'command -v mhfund') == /usr/bin/mhfund ]] || fail "mhfund is not /usr/bin/mhfund"
as_user mhfund --version
[[ $(as_user mhfund --version | head -n 1) == "mhfund $version" ]] || fail "mhfund --version"
as_user mhfund forecast
as_user mhfund forecast --by programme,cohort --period financial --format csv >/dev/null
as_user mhfund claims --claims /usr/share/mhfund/examples/claims.csv >/dev/null
as_user mhfund check /usr/share/mhfund/default-scenario.toml

step "Manual pages and bash completion"
as_user man -w mhfund
commands=$(as_user mhfund --help | awk '/^[A-Za-z].*:$/ { block = $0; next }
                                       block == "Subcommands:" && /^  [a-z]/ { print $1 }')
for command in $commands; do
    as_user man -w "mhfund-$command" >/dev/null || fail "no manual page mhfund-$command(1)"
done
as_user man mhfund-forecast | head -n 12
[[ -r /usr/share/bash-completion/bash_completion ]] || fail "bash-completion is not installed"
completion=$(as_user bash -c 'source /usr/share/bash-completion/bash_completion
                              _completion_loader mhfund; complete -p mhfund')
[[ $completion == *"-F _mhfund mhfund"* ]] || fail "bash-completion does not load mhfund's: $completion"
echo "$completion"

step "Sizes (at most 5 MiB for the tool and for the shared library)"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
library=$(readlink -f "/usr/lib/$multiarch/libmhfund.so.$abi")
for file in /usr/bin/mhfund "$library"; do
    size=$(stat -c %s "$file")
    printf '%10d  %s\n' "$size" "$file"
    ((size <= max_size)) || fail "$file is $size bytes, more than $max_size"
    if ! file -L "$file" | grep -q ', stripped'; then
        fail "$file is not stripped: $(file -L "$file")"
    fi
done
stat -c '%10s  %n' "/usr/lib/$multiarch/libmhfund_cpp.a" "/usr/lib/$multiarch/libmhfund_c.a"

step "Python: import mhfund with Debian's python3, no environment variable"
as_user /usr/bin/python3 - <<'PY'
import mhfund
assert mhfund.__file__.startswith("/usr/lib/python3/dist-packages/mhfund/"), mhfund.__file__
with open("/proc/self/maps") as maps:
    loaded = {line.split()[-1] for line in maps if "libmhfund.so" in line}
assert loaded and all(p.startswith("/usr/lib/") for p in loaded), loaded
print(mhfund.price("sms-2022-cohort7", "7", 1), "from", mhfund.__file__, "and", *sorted(loaded))
PY
[[ $(as_user /usr/bin/python3 -c 'import mhfund; print(mhfund.price("sms-2022-cohort7", "7", 1))') == 3000.00 ]] ||
    fail "mhfund.price"
# The package's own tests, against the installed package.
as_user env MHFUND_SOURCE_DIR="$source_dir" PYTHONDONTWRITEBYTECODE=1 \
    /usr/bin/python3 -m unittest discover -s "$source_dir/tests/python" -t "$source_dir/tests/python"

step "CMake: find_package(mhfund) from /usr"
for components in "cxx;c" "c"; do
    name=${components//;/_}
    as_user ctest --build-and-test "$source_dir/tests/consumers/cmake_find_package" \
        "$work/cmake_$name" --build-generator "Unix Makefiles" \
        --build-options "-DMHFUND_CONSUMER_COMPONENTS=$components" \
        "-DMHFUND_CONSUMER_VERSION=${version%.*}" -DMHFUND_CONSUMER_EXPECT_PREFIX=/usr \
        --test-command ctest --output-on-failure >"$work/cmake_$name.log" 2>&1 ||
        { cat "$work/cmake_$name.log"; fail "the CMake consumer ($components)"; }
    grep -q "mhfund $version from /usr/lib/$multiarch/cmake/mhfund" "$work/cmake_$name.log" ||
        { cat "$work/cmake_$name.log"; fail "the CMake consumer did not use /usr/lib/$multiarch/cmake/mhfund"; }
    grep -E "tests passed|mhfund $version from" "$work/cmake_$name.log"
done

step "pkg-config: mhfund and mhfund-cpp from /usr"
for case in "c mhfund cc price_sms.c OFF -std=c99;-Wall;-Wextra;-Wpedantic;-Werror" \
            "cxx mhfund-cpp c++ price_sms.cpp ON -std=c++17;-Wall;-Wextra"; do
    read -r name package compiler program static flags <<<"$case"
    as_user cmake -DPKG_CONFIG=pkg-config -DPREFIX=/usr \
        "-DPCDIR=/usr/lib/$multiarch/pkgconfig" -DPACKAGE="$package" -DCOMPILER="$compiler" \
        "-DFLAGS=$flags" -DSOURCE="$source_dir/tests/consumers/cmake_find_package/$program" \
        -DWORK="$work/pkg_config_$name" -DSTATIC="$static" \
        -P "$source_dir/tests/consumers/pkg_config.cmake" >"$work/pkg_config_$name.log" 2>&1 ||
        { cat "$work/pkg_config_$name.log"; fail "the pkg-config consumer ($package)"; }
    echo "pkg-config $package: built and ran $program"
done

step "Removing them (dpkg -P)"
DEBIAN_FRONTEND=noninteractive dpkg -P python3-mhfund libmhfund-dev "${dbgsym_packages[@]}" \
    mhfund "$lib_package"
installed_by_us=false
for p in "${packages[@]}" "${dbgsym_packages[@]}"; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -qv 'not-installed'; then
        fail "$p is still known to dpkg: $(dpkg-query -W -f='${Status}' "$p")"
    fi
done
left=$(while read -r path; do
           if [[ -e $path || -L $path ]]; then echo "$path"; fi
       done <"$work/paths" | comm -23 - "$work/existed-before")
[[ -z $left ]] || fail "left behind after the purge:"$'\n'"$left"
echo "nothing left behind"

echo
echo "check_debs: the Debian packages built, passed lintian, installed, worked from /usr and were removed cleanly"
