#!/usr/bin/env bash
# Runs sparse's context checking and lockstep's static rules side by side on C files (default:
# every sample and the comparison cases in scripts/sparse/cases) and prints, per file, sparse's
# context warnings next to lockstep's lock-imbalance and bad-unlock findings.
#
# Exit status: 0 when every sparse context warning has a lockstep counterpart in the same
# function (or is acknowledged by a `sparse-only:` comment, see scripts/sparse/README.md);
# 1 when some has none; 2 when a tool is missing or fails on an input.
#
# Needs sparse (apt-get install sparse), python3 and lockstep built (mvn -q -B package -DskipTests).
# Usage: scripts/sparse-vs-lockstep.sh [FILE.c...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! command -v sparse > /dev/null 2>&1; then
    echo "sparse-vs-lockstep: sparse is not installed; install it (apt-get install -y sparse)" >&2
    exit 2
fi
if ! command -v python3 > /dev/null 2>&1; then
    echo "sparse-vs-lockstep: python3 is not installed" >&2
    exit 2
fi

files=()
if [ "$#" -gt 0 ]; then
    files=("$@")
else
    while IFS= read -r f; do files+=("$f"); done < <(find samples scripts/sparse/cases -name '*.c' | LC_ALL=C sort)
fi

# A grading harness #includes the submission it grades: it is compared through the submissions.
inputs=()
for f in "${files[@]}"; do
    if grep -q '^#include "submission.c"' "$f"; then
        echo "skipped $f: a grading harness (its submissions are compared on their own)"
    else
        inputs+=("$f")
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# sparse: the kernel API from the shim (scripts/sparse/include) instead of lockstep's stdlib.
sparse_flags=(-Wcontext -D__CHECKER__ -nostdinc -Iscripts/sparse/include)
: > "$work/sparse.txt"
for f in "${inputs[@]}"; do
    if ! sparse "${sparse_flags[@]}" "$f" >> "$work/sparse.txt" 2>&1; then
        echo "sparse-vs-lockstep: sparse failed on $f:" >&2
        cat "$work/sparse.txt" >&2
        exit 2
    fi
done

# lockstep: exit 0 (clean) or 1 (findings) are both results; anything else is a failure.
status=0
bin/lockstep lint --format json --no-progress "${inputs[@]}" > "$work/lockstep.json" || status=$?
if [ "$status" -gt 1 ]; then
    echo "sparse-vs-lockstep: lockstep lint failed (exit $status)" >&2
    cat "$work/lockstep.json" >&2
    exit 2
fi

python3 scripts/sparse/compare.py "$work/sparse.txt" "$work/lockstep.json" "${inputs[@]}"
