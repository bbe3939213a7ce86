#!/usr/bin/env bash
# Contract check: fuzzes gluetop's emulator against openapi/hotglue.yaml with schemathesis.
#
#   Tests/contract/schemathesis.sh [path/to/gluetop]
#
# Without an argument the gluetop binary is built with `swift build --product gluetop`. The emulator is started on a
# free port with a throwaway API key; schemathesis checks that no answer is a server error and that every answer
# conforms to the schema. Exits non-zero on any failure. Bounded: MAX_EXAMPLES (default 30) cases per operation.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SPEC="$ROOT/openapi/hotglue.yaml"
MAX_EXAMPLES="${MAX_EXAMPLES:-30}"
SEED="${SCHEMATHESIS_SEED:-42}"
ENV_ID="contract.hg.example.com"
FLOW_ID="l8odS2mce"
API_KEY="contract-key-$RANDOM$RANDOM"
WORK="$(mktemp -d)"
EMULATOR_PID=""

cleanup() {
    if [[ -n "$EMULATOR_PID" ]] && kill -0 "$EMULATOR_PID" 2>/dev/null; then
        kill -TERM "$EMULATOR_PID" 2>/dev/null || true
        wait "$EMULATOR_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# schemathesis: the one python3 already has, else one installed into a venv under .build (a Debian python3 refuses
# pip installs outside a venv), kept there for the next run.
if python3 -c 'import schemathesis' 2>/dev/null; then
    if command -v st >/dev/null 2>&1; then ST=(st); else ST=(python3 -m schemathesis.cli); fi
else
    VENV="$ROOT/.build/schemathesis-venv"
    if ! "$VENV/bin/python" -c 'import schemathesis' 2>/dev/null; then
        echo "installing schemathesis into $VENV (pip)…"
        python3 -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check schemathesis
    fi
    ST=("$VENV/bin/st")
fi

# The gluetop binary.
if [[ $# -ge 1 ]]; then
    GLUETOP="$1"
else
    echo "building gluetop…"
    (cd "$ROOT" && swift build --product gluetop >"$WORK/build.log" 2>&1) || { tail -40 "$WORK/build.log"; exit 1; }
    GLUETOP="$(cd "$ROOT" && swift build --show-bin-path)/gluetop"
fi
[[ -x "$GLUETOP" ]] || { echo "no gluetop binary at $GLUETOP" >&2; exit 1; }

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"

"$GLUETOP" emulator --port "$PORT" --seed "$SEED" --api-key "$API_KEY" --env "$ENV_ID" --flow "$FLOW_ID" \
    --discover-seconds 1 --job-stage-seconds 1 --quiet >"$WORK/emulator.log" 2>&1 &
EMULATOR_PID=$!

# Wait until it serves the environment and key asked for (at most 60 s): a 404 or 401 here means the options did
# not reach the emulator, and fuzzing it would only test its error answers.
READY=""
for _ in $(seq 1 120); do
    if ! kill -0 "$EMULATOR_PID" 2>/dev/null; then
        echo "the emulator exited early:" >&2; cat "$WORK/emulator.log" >&2; exit 1
    fi
    if python3 -c "import urllib.request; urllib.request.urlopen(urllib.request.Request('$BASE/tenants/$ENV_ID', headers={'x-api-key': '$API_KEY'}), timeout=2)" 2>/dev/null; then
        READY=yes
        break
    fi
    sleep 0.5
done
if [[ -z "$READY" ]]; then
    echo "the emulator at $BASE does not serve env $ENV_ID with the given key; its output:" >&2
    cat "$WORK/emulator.log" >&2
    exit 1
fi

# Real identifiers for the path and the connector, so requests reach the handlers instead of stopping at a 404.
cat >"$WORK/schemathesis.toml" <<TOML
[parameters]
"path.env" = "$ENV_ID"
"path.flow" = "$FLOW_ID"
"path.tenant" = "acme"
"query.connector_id" = "salesforce"
TOML

echo "schemathesis against $BASE ($MAX_EXAMPLES examples per operation, seed $SEED)"
"${ST[@]}" --config-file "$WORK/schemathesis.toml" run "$SPEC" \
    --url "$BASE" \
    --header "x-api-key: $API_KEY" \
    --checks not_a_server_error,response_schema_conformance \
    --phases examples,coverage,fuzzing,stateful \
    --max-examples "$MAX_EXAMPLES" \
    --seed "$SEED" \
    --generation-database none \
    --request-timeout 10 \
    --workers 1 \
    --no-color
