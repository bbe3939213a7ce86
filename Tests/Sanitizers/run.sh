#!/usr/bin/env bash
# The tests of the concurrent parts (the client, the emulator, the runtime and pollers, LockedValue) under
# ThreadSanitizer and/or AddressSanitizer: `run.sh [thread|address|all]` (default: thread).
#
# Each sanitizer builds into its own scratch folder (.build-tsan, .build-asan: a first build is a clean build of
# everything, NIO and BoringSSL included), then runs the test targets below with the suppression files next to this
# script. The tests run one at a time (--no-parallel): under a sanitizer, the emulator-driven session tests all
# started at once on 2 cores outlast their 10 s guards, and each test has threads enough of its own.
#
# The last line is `sanitizers: N passed, N failed, N reports`. The exit status is non-zero when a build failed, a
# test failed, the test process crashed, or a sanitizer reported anything not suppressed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."

targets='(HotglueAPITests|GlueAppTests|HotglueEmulatorTests|GlueSyncTests)\.'
case "${1:-thread}" in
    thread) sanitizers=(thread) ;;
    address) sanitizers=(address) ;;
    all) sanitizers=(thread address) ;;
    *) echo "usage: $0 [thread|address|all]" >&2; exit 2 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

minutes() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
# Sets cpu_now to the CPU seconds (user + system) of every child finished so far, so a build's cost can be told
# apart from how busy the machine was. `times` runs in this shell: in a subshell it would see no children.
cpu_seconds() {
    times >"$work/times"
    cpu_now="$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/times")"
}
count() { grep -E "$1" "$2" | grep -cv " Test run with [0-9]" || true; }

total_passed=0 total_failed=0 total_reports=0 status=0
for sanitizer in "${sanitizers[@]}"; do
    case "$sanitizer" in
        thread)
            scratch=.build-tsan
            report='^WARNING: ThreadSanitizer:'
            export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:suppressions=$here/tsan.supp${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
            ;;
        address)
            scratch=.build-asan
            report='^==[0-9]+==ERROR: (AddressSanitizer|LeakSanitizer)'
            export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
            export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
            ;;
    esac

    echo "== $sanitizer: building the tests into $scratch"
    started=$SECONDS
    cpu_seconds
    cpu_before=$cpu_now
    if ! swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" >"$work/build.log" 2>&1; then
        grep -Ev "^\[[0-9]+/[0-9]+\]" "$work/build.log" | tail -60
        echo "$sanitizer: the build failed after $(minutes $((SECONDS - started)))"
        total_failed=$((total_failed + 1))
        status=1
        continue
    fi
    built=$((SECONDS - started))
    cpu_seconds
    built_cpu=$((cpu_now - cpu_before))

    echo "== $sanitizer: swift test --filter '$targets'"
    log="$work/$sanitizer.log"
    started=$SECONDS
    swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" --no-parallel --filter "$targets" \
        >"$log" 2>&1
    test_status=$?
    tested=$((SECONDS - started))

    passed="$(count '^(✔|━) Test .* passed after' "$log")"
    failed="$(count '^✘ Test .* failed after' "$log")"
    reports="$(grep -cE "$report" "$log" || true)"
    total="$(grep -oE "Test run with [0-9]+ tests?" "$log" | grep -oE "[0-9]+" | tail -1 || true)"

    # Every report, every failed test, and the end of a crashed run, as they were printed.
    awk -v start="$report" '$0 ~ start { inside = 1 } inside || /^✘ / { print } /^SUMMARY: / { inside = 0 }' "$log" |
        cut -c1-300 | head -400
    if [[ -z "$total" ]]; then
        tail -40 "$log"
        echo "$sanitizer: swift test printed no summary (did the test process crash?)"
        failed=$((failed + 1))
    elif (( passed + failed != total )); then
        echo "$sanitizer: $total tests ran, but $passed passed + $failed failed were read"
        failed=$((failed + 1))
    fi
    if (( test_status != 0 && failed == 0 && reports == 0 )); then
        echo "$sanitizer: swift test exited with status $test_status although nothing failed or was reported"
        failed=1
    fi
    echo "$sanitizer: $passed passed, $failed failed, $reports reports (build $(minutes $built), $(minutes $built_cpu) of CPU; tests $(minutes $tested))"

    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    total_reports=$((total_reports + reports))
    (( failed == 0 && reports == 0 )) || status=1
done

echo "sanitizers: $total_passed passed, $total_failed failed, $total_reports reports"
exit "$status"
