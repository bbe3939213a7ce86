#!/usr/bin/env bash
# The whole test suite, as README.md gives it: the release binary (the end-to-end tests drive it in tmux),
# every Swift test, and the schemathesis contract run against the emulator.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== building the release binary"
swift build -c release --product gluetop 2>&1 | grep -Ev "^\[[0-9]+/[0-9]+\]" || true
test -x .build/release/gluetop

echo "== swift test"
GLUETOP_BINARY="$PWD/.build/release/gluetop" swift test 2>&1 | tee /tmp/gluetop-swift-test.log | grep -Ev "^(◇|↳)|started\.$" 

if [ -x Tests/contract/schemathesis.sh ] || [ -f Tests/contract/schemathesis.sh ]; then
    echo "== contract: schemathesis against the emulator"
    bash Tests/contract/schemathesis.sh "$PWD/.build/release/gluetop"
fi
