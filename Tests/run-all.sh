#!/usr/bin/env bash
# The whole test suite, as README.md gives it: the release binary (the end-to-end tests drive it in tmux),
# every Swift test, the schemathesis contract run against the emulator, a short run of each fuzz target
# (Tests/Fuzz/run.sh, GLUETOP_FUZZ_SECONDS each, 60 by default), and the concurrent parts' tests under
# ThreadSanitizer (Tests/Sanitizers/run.sh thread).
#
# A failed release build stops the run: no test runs against an older binary. The last line is always
# `N passed, N failed, N skipped`: every Swift Testing and XCTest test as swift test reported it, plus the contract
# # run, each fuzz target's run and the ThreadSanitizer run counted as one test each (a failed release build counts as
# the one failure). The exit status is non-zero when anything failed, and under CI=true (where .ci/run installed
# every tool) also when anything was skipped. swift test gets GLUETOP_TEST_MINUTES (45) in all: a test process that
# hangs (once: a crash whose backtracer never returned) ends the run red instead of holding it until CI gives up.
set -uo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== building the release binary"
if ! swift build -c release --product gluetop >"$work/build.log" 2>&1; then
    grep -Ev "^\[[0-9]+/[0-9]+\]" "$work/build.log" | tail -80
    echo "the release build failed: no test was run"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi
binary="$PWD/.build/release/gluetop"

echo "== swift test"
log="$work/swift-test.log"
test_minutes="${GLUETOP_TEST_MINUTES:-45}"
GLUETOP_BINARY="$binary" timeout --kill-after=30 "${test_minutes}m" swift test 2>&1 | tee "$log" |
    grep -Ev "^(◇|↳)|started\.$"
swift_test_status="${PIPESTATUS[0]}"

# Swift Testing ends every test with one line: ✔ (or ━ with known issues) passed, ✘ failed, ➜ skipped; a skipped
# suite reports each of its tests as skipped too. Its summary line gives the total the three must add up to.
lines() { grep -E "$1" "$log" | grep -cv " Test run with [0-9]" || true; }
passed="$(lines '^(✔|━) Test .* passed after')"
failed="$(lines '^✘ Test .* failed after')"
skipped="$(lines '^➜ Test .* skipped')"
problems=()
if [[ "$swift_test_status" == 124 || "$swift_test_status" == 137 ]]; then
    problems+=("swift test was still running after $test_minutes minutes and was stopped (GLUETOP_TEST_MINUTES)")
fi
total="$(grep -oE "Test run with [0-9]+ tests?" "$log" | grep -oE "[0-9]+" | tail -1 || true)"
if [[ -z "$total" ]]; then
    problems+=("swift test printed no Swift Testing summary (did the test process crash?)")
    failed=$((failed + 1))
elif (( passed + failed + skipped != total )); then
    # A test whose end was not read is not counted as passed: the difference counts as failed (at least one).
    problems+=("Swift Testing ran $total tests, but $passed passed + $failed failed + $skipped skipped were read")
    unread=$((total - passed - failed - skipped))
    failed=$((failed + (unread > 0 ? unread : 1)))
fi

# XCTest's own summary: "Executed 12 tests, with 1 test skipped and 2 failures (0 unexpected) in …".
xctest="$(grep -A1 -E "^Test Suite 'All tests' (passed|failed)" "$log" | grep -oE "Executed [0-9]+ tests?.*" | tail -1 || true)"
if [[ -n "$xctest" ]]; then
    executed="$(grep -oE "^Executed [0-9]+" <<<"$xctest" | grep -oE "[0-9]+")"
    xc_skipped="$(grep -oE "[0-9]+ tests? skipped" <<<"$xctest" | grep -oE "^[0-9]+" || echo 0)"
    xc_failed="$(grep -oE "[0-9]+ failures?" <<<"$xctest" | grep -oE "^[0-9]+" || echo 0)"
    passed=$((passed + executed - xc_skipped - xc_failed))
    skipped=$((skipped + xc_skipped))
    failed=$((failed + xc_failed))
fi

if [[ "$swift_test_status" != 0 && "$failed" == 0 ]]; then
    problems+=("swift test exited with status $swift_test_status although no test failed")
    failed=1
fi

echo "== contract: schemathesis against the emulator"
if bash Tests/contract/schemathesis.sh "$binary"; then
    passed=$((passed + 1))
else
    problems+=("the schemathesis contract run failed")
    failed=$((failed + 1))
fi

# One test per fuzz target (each directory of Tests/Fuzz with a main.swift): it fails on a crash, a hang, or a
# build failure.
fuzz_seconds="${GLUETOP_FUZZ_SECONDS:-60}"
for entry in Tests/Fuzz/*/main.swift; do
    target="$(basename "$(dirname "$entry")")"
    echo "== fuzz: $target for $fuzz_seconds s"
    if bash Tests/Fuzz/run.sh "$fuzz_seconds" "$target"; then
        passed=$((passed + 1))
    else
        problems+=("the fuzz target $target failed (bash Tests/Fuzz/run.sh $fuzz_seconds $target)")
        failed=$((failed + 1))
    fi
done

# The concurrent parts' tests under ThreadSanitizer, counted as one test: one more clean build (into .build-tsan)
# and about a minute of tests. AddressSanitizer stays out of this run (README.md, Sanitizers).
echo "== sanitizers: ThreadSanitizer (Tests/Sanitizers/run.sh thread)"
if bash Tests/Sanitizers/run.sh thread; then
    passed=$((passed + 1))
else
    problems+=("the ThreadSanitizer run failed (Tests/Sanitizers/run.sh thread)")
    failed=$((failed + 1))
fi

status=0
(( failed == 0 )) || status=1
if [[ "${CI:-}" == "true" ]] && (( skipped > 0 )); then
    problems+=("CI=true: nothing may be skipped, and $skipped tests were:")
    while IFS= read -r line; do problems+=("  $line"); done < <(grep -E '^➜ Test .* skipped' "$log" || true)
    status=1
fi
for problem in "${problems[@]}"; do echo "$problem"; done
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
