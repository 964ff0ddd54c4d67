#!/bin/sh
# `pip install ./bindings/python` as a user does it, offline: into a fresh virtual environment
# that sees the system's setuptools (Debian's python3-setuptools), with the shared library
# installed into the same prefix (cmake --install --component lib). Then the package's own
# tests (tests/python) run there with no MHFUND_LIBRARY and no PYTHONPATH: the package finds
# the library through the prefix it is installed in.
#   python_venv.sh CMAKE BUILD_DIR CONFIG SOURCE_DIR WORK_DIR PYTHON
set -eu
cmake=$1 build=$2 config=$3 source=$4 work=$5 python=$6

rm -rf "$work"
mkdir -p "$work"
"$python" -m venv --system-site-packages "$work/venv"
venv_python=$work/venv/bin/python
"$cmake" --install "$build" --config "$config" --component lib --prefix "$work/venv"

# pip builds in the folder it is given (build/, mhfund.egg-info): let it write in a copy.
cp -R "$source/bindings/python" "$work/source"
"$venv_python" -m pip install --no-build-isolation --no-index --no-deps \
  --disable-pip-version-check --quiet "$work/source"

unset MHFUND_LIBRARY PYTHONPATH
cd "$work"
"$venv_python" - "$work/venv" <<'PY'
import os, sys
import mhfund
venv = os.path.realpath(sys.argv[1]) + os.sep
for what, path in (("the package", mhfund.__file__), ("the library", mhfund.library_path)):
    if not os.path.realpath(path).startswith(venv):
        sys.exit(f"{what} came from {path}, not from the virtual environment {venv}")
typed = os.path.join(os.path.dirname(mhfund.__file__), "py.typed")
if not os.path.exists(typed):
    sys.exit(f"no {typed}: type checkers would ignore the package's annotations")
print(f"mhfund {mhfund.__version__} from {mhfund.__file__}, library {mhfund.library_path}")
PY
MHFUND_SOURCE_DIR=$source "$venv_python" -m unittest discover -s "$source/tests/python" \
  -t "$source/tests/python"
