#!/usr/bin/env bash
# The nightly fuzz run: INPUTS inputs (100,000 by default) of seed SEED (today's date by default, so
# each night fuzzes new inputs) through lint and check in one JVM, as the test suite's 10,000 do.
# A failure prints its seed and index; -Dlockstep.fuzz.seed=SEED -Dlockstep.fuzz.only=INDEX makes it
# again alone. Further arguments go to Maven (e.g. -o, -Dlockstep.fuzz.save=DIR).
# Usage: scripts/fuzz-nightly.sh [INPUTS [SEED [MAVEN-ARGS...]]]
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=${1:-100000}
seed=${2:-$(date +%Y%m%d)}
shift $(( $# < 2 ? $# : 2 ))
exec mvn -B -ntp -pl checker -am test -Dtest=CliFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dlockstep.fuzz.inputs="$inputs" -Dlockstep.fuzz.seed="$seed" "$@"
