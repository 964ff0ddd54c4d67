#!/bin/bash
# The bash completion (src/cli/completion/mhfund.bash) with the built tool: commands, options
# and option values come from the tool's --help and --version, files from the folder.
#   completion.sh MHFUND COMPLETION_FILE WORK_DIR
set -euo pipefail
mhfund=$1 completion=$2 work=$3

rm -rf "$work"
mkdir -p "$work/bin" "$work/files/plans"
ln -s "$mhfund" "$work/bin/mhfund"
touch "$work/files/plan.toml" "$work/files/roster.csv"
PATH=$work/bin:$PATH
cd "$work/files"

# With bash-completion's helpers where it is installed (as the Debian package mhfund assumes),
# and the plain fallback otherwise.
scenario_files="plan.toml plans roster.csv"  # the fallback offers every file
if [[ -r /usr/share/bash-completion/bash_completion ]]; then
    # shellcheck disable=SC1091
    source /usr/share/bash-completion/bash_completion
    scenario_files="plan.toml plans"
fi
# shellcheck disable=SC1090
source "$completion"

failures=0
# expect "EXPECTED WORDS" WORD...: completes the command line WORD... (the last word is the one
# under the cursor) and compares the sorted candidates with EXPECTED.
expect() {
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    # As bash runs it: not under set -e.
    _mhfund mhfund "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" || true
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | paste -sd' ')
    if [[ $got == "$expected" ]]; then
        echo "ok: '$*' -> $got"
    else
        echo "FAILED: '$*' -> '$got', expected '$expected'"
        failures=$((failures + 1))
    fi
}

expect "forecast" mhfund fo
expect "calendar check claims compare" mhfund c
expect "--help --version" mhfund --
expect "--period" mhfund forecast --per
expect "academic financial month term" mhfund forecast --period ""
expect "csv html json table xlsx" mhfund forecast --format ""
expect "hub,programme" mhfund forecast --by hub,pro
expect "--claims" mhfund claims --cl
expect "sms-2022-cohort7 sms-2025-26" mhfund programmes --edition sms
expect "$scenario_files" mhfund check ""
expect "plan.toml plans roster.csv" mhfund forecast --roster ""
expect "forecast" mhfund --help fo

if ((failures)); then
    echo "$failures completion(s) failed"
    exit 1
fi
