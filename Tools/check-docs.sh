#!/usr/bin/env bash
# The DocC catalogs build without warnings: runs
# `swift package generate-documentation` (swift-docc-plugin) for Stats, Plot
# and VI, prints one line per target, then every warning DocC gave (missing
# or unknown parameters, links that do not resolve) with its location, and
# exits 1 if there was any (a compiler warning in the plugin's build counts
# too). About 30 s for the three on a 2-core machine (28 s with .build warm,
# 35 s from an empty .build): the plugin rebuilds each target's symbol graph.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp "${TMPDIR:-/tmp}/viplot-docs.XXXXXX")
trap 'rm -f "$log"' EXIT
failed=0
for target in Stats Plot VI; do
    if ! swift package generate-documentation --target "$target" > "$log" 2>&1; then
        echo "$target: generate-documentation failed"
        cat "$log"
        failed=1
        continue
    fi
    count=$(grep -c 'warning:' "$log" || true)
    if [ "$count" -eq 0 ]; then
        echo "$target: documentation built, no warnings"
    else
        echo "$target: $count warning(s)"
        # Each warning with the `-->` line that locates it.
        grep -A1 'warning:' "$log" | grep -v '^--$'
        failed=1
    fi
done
exit "$failed"
