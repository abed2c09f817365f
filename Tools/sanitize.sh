#!/usr/bin/env bash
# Runs VIPlot under AddressSanitizer + LeakSanitizer and checks that memory
# stays flat and bounded. Slow (a separate sanitized build): not part of CI.
#
#   Tools/sanitize.sh [STEP...]     steps: build test gallery loop large (default: all)
#
#   build    swift build --sanitize=address --scratch-path .build-asan
#   test     swift test under ASan/LSan (every suite, leaks included)
#   gallery  the sanitized vi-gallery: every figure as PNG, PDF and SVG, a
#            distplot of messy data, and error paths (bad data, bad output);
#            then Tools/check_outputs.py on the files written
#   loop     Tools/memory: the notebook figure built and rendered 1000 times
#            in one release process; resident memory must grow < 16 MB
#   large    a 10⁷-row CSV through the release vi-gallery distplot (KDE and
#            rug), reporting the peak resident memory (GNU time)
#
# Exit status: 0 when every step passed, 1 when a step failed (its output
# says which), 2 on a bad argument.
set -euo pipefail
cd "$(dirname "$0")/.."

steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(build test gallery loop large)
for step in "${steps[@]}"; do
    case "$step" in
        build | test | gallery | loop | large) ;;
        *) echo "unknown step '$step' (valid: build test gallery loop large)" >&2; exit 2 ;;
    esac
done

# Leaks are errors. Process-lifetime caches (Swift metadata, fontconfig) are
# reachable from globals and not reported; Tools/sanitize/lsan.supp lists the
# few leaks of the toolchain's Foundation/XCTest and of swift-argument-parser
# (none in VIPlot, Cairo or FreeType).
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:handle_sigill=1:detect_stack_use_after_return=1:strict_string_checks=1"
# Swift's own backtracer cannot run under ASan: let ASan print the stack of a trap.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="report_objects=1:print_suppressions=0:suppressions=$PWD/Tools/sanitize/lsan.supp"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/viplot-sanitize.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=()

run_step() {
    local name="$1"
    shift
    echo "== $name" >&2
    if "$@"; then
        echo "== $name: ok" >&2
    else
        echo "== $name: FAILED" >&2
        failures+=("$name")
    fi
}

asan_build() {
    swift build --build-tests --sanitize=address --scratch-path .build-asan 2>&1 |
        grep -Ev "^\[[0-9]+/[0-9]+\]|Cannot export local symbol '__asan" || true
    [ -x .build-asan/debug/vi-gallery ]
}

asan_test() {
    # ASan's quarantine keeps freed blocks, so the resident-memory test cannot
    # hold under it; the loop step measures memory in a release build instead.
    # The hostile-condition runs cap the address space (ulimit -v), where ASan
    # reserves terabytes of shadow memory; the plain `swift test` runs them.
    swift test --skip-build --sanitize=address --scratch-path .build-asan \
        --skip memoryStaysFlatOverManyRenders --skip eachConditionGetsWhatTheTableSays > "$scratch/test.log" 2>&1
    local status=$?
    grep -E "Test run with|✘|ERROR: (Address|Leak)Sanitizer|SUMMARY: " "$scratch/test.log" >&2 || true
    cp "$scratch/test.log" .build-asan/sanitize-test.log
    [ $status -eq 0 ] && ! grep -q "ERROR: \(Address\|Leak\)Sanitizer" "$scratch/test.log"
}

# Runs the sanitized vi-gallery; a sanitizer report fails the step whatever the exit status.
gallery_run() {
    local expected="$1"
    shift
    local status=0
    .build-asan/debug/vi-gallery "$@" > "$scratch/run.out" 2> "$scratch/run.err" || status=$?
    if grep -q "Sanitizer" "$scratch/run.err"; then
        cat "$scratch/run.err" >&2
        return 1
    fi
    [ "$status" -eq "$expected" ] || { echo "vi-gallery $*: exit $status, expected $expected" >&2; return 1; }
}

asan_gallery() {
    local out="$scratch/gallery"
    gallery_run 0 all --output "$out" --format png,pdf,svg &&
        printf 'x\n1\nnan\n2.5\n-inf\n3\n4\n4\n' > "$scratch/messy.csv" &&
        gallery_run 0 distplot "$scratch/messy.csv" --output "$out/messy.svg" &&
        gallery_run 0 distplot "$scratch/messy.csv" --output "$out/messy.pdf" --json &&
        printf 'x\n1e300\n2e300\n' > "$scratch/wide.csv" &&
        gallery_run 0 distplot "$scratch/wide.csv" --output "$out/wide.png" &&
        printf 'x\n1\nabc\n' > "$scratch/text.csv" &&
        gallery_run 1 distplot "$scratch/text.csv" --output "$out/never.png" &&
        printf 'x\n1e-310\n2e-310\n' > "$scratch/tiny.csv" &&
        gallery_run 1 distplot "$scratch/tiny.csv" --output "$out/never.png" &&
        gallery_run 1 distplot "$scratch/messy.csv" --output "$scratch/absent/never.png" &&
        gallery_run 2 render no-such-figure &&
        [ ! -e "$out/never.png" ] &&
        python3 Tools/check_outputs.py "$out"
}

memory_loop() {
    swift build -c release --package-path Tools/memory 2>&1 | grep -Ev "^\[[0-9]+/[0-9]+\]" || true
    Tools/memory/.build/release/render-loop 1000 16
}

large_input() {
    command -v /usr/bin/time > /dev/null || { echo "GNU time (/usr/bin/time) is needed to measure peak memory" >&2; return 1; }
    swift build -c release --product vi-gallery 2>&1 | grep -Ev "^\[[0-9]+/[0-9]+\]" || true
    python3 - "$scratch/large.csv" << 'PY'
import random, sys
random.seed(1)
with open(sys.argv[1], "w") as out:
    out.write("value\n")
    for _ in range(100):
        out.write("".join(f"{random.gauss(0, 1)!r}\n" for _ in range(100_000)))
PY
    local size
    size=$(stat -c %s "$scratch/large.csv")
    echo "large: 10^7 rows, $((size >> 20)) MB of CSV; values alone are 76 MB" >&2
    for options in "--no-kde --no-rug" "--no-rug" ""; do
        /usr/bin/time -f "large: distplot ${options:-(KDE and rug)}: peak resident %M KB, %e s" \
            .build/release/vi-gallery distplot "$scratch/large.csv" --output "$scratch/large.png" $options > /dev/null || return 1
    done
    python3 Tools/check_outputs.py "$scratch" > /dev/null
}

for step in "${steps[@]}"; do
    case "$step" in
        build) run_step "build (ASan)" asan_build ;;
        test) run_step "swift test (ASan + LSan)" asan_test ;;
        gallery) run_step "gallery (ASan + LSan) and output check" asan_gallery ;;
        loop) run_step "1000 renders in one process (release)" memory_loop ;;
        large) run_step "10^7-row CSV (release)" large_input ;;
    esac
done

if [ ${#failures[@]} -gt 0 ]; then
    echo "FAILED: ${failures[*]}" >&2
    exit 1
fi
echo "all sanitizer and memory checks passed" >&2
