# bash completion for mhfund(1)                                        -*- shell-script -*-
#
# Installed as share/bash-completion/completions/mhfund, where bash-completion loads it the
# first time `mhfund` is completed; or source it from ~/.bashrc. The commands and options are
# read from the tool's own --help, so they are always those of the mhfund on the PATH:
#   mhfund <TAB>                   the commands
#   mhfund forecast --<TAB>        the command's options
#   mhfund forecast --period <TAB> the values an option takes (FORMAT:{...} in --help, or below)
#   mhfund check <TAB>             scenario files (*.toml); FILE options complete file names

# The values of options whose --help does not list them as {a,b,c} (interfaces.md).
_mhfund_values()
{
    case $1 in
        --period) echo "academic financial term month" ;;
        --by) echo "hub region programme edition cohort year participant workgroup" \
            "institution cost_type category" ;;
        --where) echo "hub= region= programme= edition= cohort= year= participant= workgroup=" \
            "institution= cost_type= category=" ;;
    esac
}

# Prints "option<TAB>VALUE-TYPE" for each option of a command ($2) of the tool $1 (the type is
# empty for a flag), from the "Options:" block of its --help:
#   -o,--output FILE                           -> -o FILE, --output FILE
#   --format FORMAT:{table,csv,json}           -> --format FORMAT:{table,csv,json}
#   --all                 Every edition ...    -> --all
_mhfund_options()
{
    "$1" ${2:+"$2"} --help 2>/dev/null | awk '
        /^[A-Za-z].*:$/ { block = $0; next }
        block == "Options:" && /^  -/ {
            type = ($2 ~ /^[A-Z][A-Z_]*([=:].*)?$/) ? $2 : ""
            n = split($1, names, ",")
            for (i = 1; i <= n; i++) printf "%s\t%s\n", names[i], type
        }'
}

# The commands of the tool $1: the "Subcommands:" block of its --help.
_mhfund_commands()
{
    "$1" --help 2>/dev/null | awk '
        /^[A-Za-z].*:$/ { block = $0; next }
        block == "Subcommands:" && /^  [a-z]/ { print $1 }'
}

# The built-in editions' ids, from the second line of --version.
_mhfund_editions()
{
    "$1" --version 2>/dev/null | sed -n 's/^Built-in editions: //p' | tr -d ','
}

_mhfund_files()  # $1: the extension of the files to offer (empty: any file); directories too
{
    if declare -F _filedir >/dev/null; then
        _filedir "$1"
    else
        local IFS=$'\n'
        COMPREPLY+=($(compgen -f -- "$cur"))
    fi
}

_mhfund()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local tool=${COMP_WORDS[0]} command="" i
    COMPREPLY=()

    # The command is the first word after the tool that is not an option.
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} != -* ]]; then
            command=${COMP_WORDS[i]}
            break
        fi
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(_mhfund_commands "$tool")" -- "$cur"))
        fi
        return
    fi

    local options
    options=$(_mhfund_options "$tool" "$command")

    # The value of the option before the cursor.
    if [[ $prev == -* ]]; then
        local type
        type=$(awk -F '\t' -v o="$prev" '$1 == o { print $2; exit }' <<<"$options")
        if [[ -n $type ]]; then
            local values=""
            if [[ $type == *:{*} ]]; then
                values=${type#*:\{}
                values=${values%\}}
                values=${values//,/ }
            else
                values=$(_mhfund_values "$prev")
            fi
            if [[ -n $values && $type == LIST* ]]; then
                # A comma-separated list: complete its last item.
                local done_part=""
                if [[ $cur == *,* ]]; then
                    done_part=${cur%,*},
                fi
                COMPREPLY=($(compgen -P "$done_part" -W "$values" -- "${cur##*,}"))
                compopt -o nospace 2>/dev/null
            elif [[ -n $values ]]; then
                COMPREPLY=($(compgen -W "$values" -- "$cur"))
            elif [[ $type == FILE* ]]; then
                _mhfund_files ''
            elif [[ $prev == --edition ]]; then
                # An edition id, or an edition file of one's own.
                COMPREPLY=($(compgen -W "$(_mhfund_editions "$tool")" -- "$cur"))
                _mhfund_files 'toml'
            fi
            return
        fi
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(cut -f1 <<<"$options")" -- "$cur"))
        return
    fi
    # A positional argument: a scenario (TOML), or a budget file for `compare`.
    if [[ $command == compare ]]; then
        _mhfund_files '@(toml|json)'
    else
        _mhfund_files 'toml'
    fi
}

complete -F _mhfund mhfund
