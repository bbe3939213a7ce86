#!/usr/bin/env bash
# The whole test suite, as README.md gives it: the release binary (the end-to-end tests drive it in tmux),
# every Swift test, and the schemathesis contract run against the emulator.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== building the release binary"
swift build -c release --product gluetop 2>&1 | grep -Ev "^\[[0-9]+/[0-9]+\]" || true
test -x .build/release/gluetop

echo "== swift test"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
GLUETOP_BINARY="$PWD/.build/release/gluetop" swift test 2>&1 | tee "$log" | grep -Ev "^(◇|↳)|started\.$"
passed="$(grep -oE "Test run with [0-9]+ tests? in [0-9]+ suites? passed" "$log" | grep -oE "[0-9]+" | head -1 || true)"

echo "== contract: schemathesis against the emulator"
bash Tests/contract/schemathesis.sh "$PWD/.build/release/gluetop"

# One closing line for whoever reads the end of this run: the Swift tests that ran, all passed (a failure exits above).
echo "swift-test: ${passed:-0} passed, 0 failed"
