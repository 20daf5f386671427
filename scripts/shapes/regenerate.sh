#!/usr/bin/env bash
# Regenerates corpus/shapes: the C litmus tests, then herd7's verdicts in expected.json.
# Needs python3 and herd7 on PATH, and a directory holding the kernel's memory model
# (tools/memory-model/linux-kernel.{cfg,cat,bell,def} and lock.cat).
# Usage: scripts/shapes/regenerate.sh LKMM_DIR
set -euo pipefail
if [ "$#" -ne 1 ]; then
    echo "usage: $0 LKMM_DIR" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python3 "$here/shapes.py" "$root/corpus/shapes"
python3 "$here/verdicts.py" --lkmm "$1" "$root/corpus/shapes"
