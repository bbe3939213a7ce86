#!/usr/bin/env bash
# libFuzzer runs of gluetop's fuzz targets (README.md, "Fuzzing"):  bash Tests/Fuzz/run.sh [SECONDS] [TARGET...]
#
# Builds each target into .build-fuzz/ with swiftc -sanitize=fuzzer,address, compiling the product sources it needs
# directly (LosslessJSON, HotglueModels, GlueTerminal's key reading; no SwiftPM, no NIO), then runs each for SECONDS
# (default 60) from its seed corpus, Tests/Fuzz/corpus/<target>, which stays as committed: what a run adds goes to
# .build-fuzz/corpus/<target> and is where the next run resumes. Prints per target: executions, seconds, corpus size
# and crashes. Exits non-zero when a build fails (nothing runs then) or a run crashed, hung or ran out of memory;
# the input that did it stays in .build-fuzz/crashes/<target>/, and its path and first bytes are printed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/.build-fuzz"
all_targets=()
for entry in "$root"/Tests/Fuzz/*/main.swift; do all_targets+=("$(basename "$(dirname "$entry")")"); done

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bash Tests/Fuzz/run.sh [SECONDS] [TARGET...]  (targets: ${all_targets[*]})" >&2
    exit 2
fi
shift $(($# > 0 ? 1 : 0))
targets=("$@")
(( ${#targets[@]} > 0 )) || targets=("${all_targets[@]}")

flags=(-sanitize=fuzzer,address -O -g -swift-version 6 -parse-as-library)
mkdir -p "$out/modules" "$out/bin" "$out/logs"

# Runs swiftc with the shared flags, making PRODUCT; on failure prints its output and stops the script.
# compile WHAT PRODUCT ARGUMENT...
compile() {
    local what="$1" product="$2"
    shift 2
    if ! swiftc "${flags[@]}" -I "$out/modules" -o "$product" "$@" >"$out/logs/build-$what.log" 2>&1; then
        cat "$out/logs/build-$what.log" >&2
        echo "fuzz build failed: $what (log: $out/logs/build-$what.log); nothing was run" >&2
        exit 1
    fi
    # swiftc leaves an object file that came out the same untouched: date it, or it looks out of date for ever.
    touch "$product"
}

# True when $1 exists and is newer than every other argument (files or directories) and this script.
up_to_date() {
    local product="$1"
    shift
    [[ -e "$product" ]] || return 1
    [[ -z "$(find "$@" "$root/Tests/Fuzz/run.sh" -newer "$product" 2>/dev/null | head -1)" ]]
}

# A product module as one object file plus its interface: build_module NAME SOURCE... Rebuilt when a source or a
# module it imports (module_imports) changed.
declare -A module_imports=([HotglueModels]=LosslessJSON)
build_module() {
    local name="$1"
    shift
    local imported=()
    for module in ${module_imports[$name]:-}; do imported+=("$out/modules/$module.o"); done
    up_to_date "$out/modules/$name.o" "$@" "${imported[@]}" && return
    echo "== building module $name"
    compile "$name" "$out/modules/$name.o" -wmo -module-name "$name" -c "$@" \
        -emit-module -emit-module-path "$out/modules/$name.swiftmodule"
}

# A fuzz target: build_target NAME SOURCE-OR-OBJECT... (extra swiftc flags allowed)
build_target() {
    local name="$1"
    shift
    local inputs=()
    for argument in "$@"; do [[ -e "$argument" ]] && inputs+=("$argument"); done
    up_to_date "$out/bin/$name" "${inputs[@]}" && return
    echo "== building fuzz target $name"
    compile "$name" "$out/bin/$name" -use-ld=lld -module-name "${name}Fuzz" "$@"
}

build() {
    local src="$root/Sources" fuzz="$root/Tests/Fuzz"
    build_module LosslessJSON "$src"/LosslessJSON/*.swift
    case "$1" in
        LosslessJSONRoundTrip)
            build_target "$1" "$fuzz/$1"/*.swift "$out/modules/LosslessJSON.o" ;;
        ResponseDecoders)
            build_module HotglueModels "$src"/HotglueModels/*.swift
            # GlueUI's formatters (they need only Foundation's Date) show the values as the dashboard does.
            build_target "$1" "$fuzz/$1"/*.swift "$src"/GlueUI/Format/*.swift \
                "$out/modules/LosslessJSON.o" "$out/modules/HotglueModels.o" ;;
        KeyDecoder)
            # GlueCore's Key is all the key reading needs of GlueCore; CNCurses is the package's own module map.
            build_module GlueCore "$src/GlueCore/Input/Key.swift"
            build_target "$1" "$fuzz/$1"/*.swift "$src/GlueTerminal/KeyDecoder.swift" \
                "$src/GlueTerminal/KeyReader.swift" "$out/modules/GlueCore.o" -I "$src/CNCurses" ;;
        *)
            echo "unknown fuzz target: $1 (targets: ${all_targets[*]})" >&2
            exit 2 ;;
    esac
}

for target in "${targets[@]}"; do build "$target"; done

failed=0
summary=()
for target in "${targets[@]}"; do
    corpus="$out/corpus/$target"
    crashes="$out/crashes/$target"
    log="$out/logs/$target.log"
    mkdir -p "$corpus" "$crashes"
    marker="$out/logs/$target.started"
    touch "$marker"
    # Tokens the target's input is made of (field names, escape sequences), when the target has them.
    dictionary=()
    [[ -f "$root/Tests/Fuzz/$target/$target.dict" ]] && dictionary=(-dict="$root/Tests/Fuzz/$target/$target.dict")
    echo "== fuzzing $target for $seconds s"
    started=$SECONDS
    # The Swift runtime's own crash backtracer would fight libFuzzer's handler (and can hang): libFuzzer reports.
    SWIFT_BACKTRACE=enable=no "$out/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        "${dictionary[@]}" -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$corpus" "$root/Tests/Fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    elapsed=$((SECONDS - started))
    executions="$(grep -oE "stat::number_of_executed_units: [0-9]+" "$log" | grep -oE "[0-9]+$" || true)"
    corpus_size="$(grep -oE "corp: [0-9]+/[0-9a-zA-Z]+" "$log" | tail -1 | sed -E 's/corp: ([0-9]+)\/(.*)/\1 inputs, \2/')"
    mapfile -t found < <(find "$crashes" -type f -newer "$marker" \
        \( -name "crash-*" -o -name "leak-*" -o -name "timeout-*" -o -name "oom-*" \) | sort)
    line="$target: ${executions:-?} executions in $elapsed s, corpus ${corpus_size:-?}, ${#found[@]} crashes"
    if (( status != 0 )) || (( ${#found[@]} > 0 )); then
        failed=1
        line+=" (FAILED, exit status $status)"
        grep -E "ERROR: |Fatal error|SUMMARY: |runtime failure" "$log" | head -5
        for input in "${found[@]}"; do
            echo "input: $input"
            od -A d -t x1z -v "$input" | head -8
        done
        echo "log: $log"
    fi
    echo "$line"
    summary+=("$line")
done

if (( ${#summary[@]} > 1 )); then
    echo "== fuzzing summary"
    printf '%s\n' "${summary[@]}"
fi
exit "$failed"
