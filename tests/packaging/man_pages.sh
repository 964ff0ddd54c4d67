#!/bin/sh
# The manual pages made at build time (cmake/man-pages.cmake): one for the tool and one per
# command it lists, each rendering without a warning from man (the check lintian makes).
#   man_pages.sh MHFUND MAN_DIR
set -eu
mhfund=$1 dir=$2
command -v man >/dev/null || { echo "man is not installed (apt-get install man-db)"; exit 1; }

commands=$("$mhfund" --help | awk '/^[A-Za-z].*:$/ { block = $0; next }
                                   block == "Subcommands:" && /^  [a-z]/ { print $1 }')
status=0
for page in mhfund $(printf 'mhfund-%s\n' $commands); do
    file=$dir/$page.1.gz
    if [ ! -f "$file" ]; then
        echo "FAILED: no manual page $file"
        status=1
        continue
    fi
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
               man --warnings -E UTF-8 -l -Tutf8 -Z "$file" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "FAILED: $page(1): $warnings"
        status=1
    else
        echo "ok: $page(1)"
    fi
done
count=$(ls "$dir"/*.1.gz | wc -l)
expected=$(($(echo $commands | wc -w) + 1))
if [ "$count" -ne "$expected" ]; then
    echo "FAILED: $count pages in $dir, expected $expected (mhfund and one per command)"
    status=1
fi
exit $status
