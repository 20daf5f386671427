#!/usr/bin/env bash
# Runs lockstep and GenMC side by side on the benchmark programs of corpus/bench and prints one
# table row per case: the executions each tool explored next to corpus/bench/expected.json, the
# wall time of lockstep with one worker thread and with --jobs 2, GenMC's wall time, their ratio,
# and the peak resident memory of each whole process (JVM or GenMC, start-up and compilation of
# the input included), each the median of R runs.
#
# A case is FILE:N:MODEL, e.g. indexer.c:15:sc. lockstep checks corpus/bench/FILE with -D N=n;
# GenMC checks its peer corpus/peer/FILE (the same program in C11 with pthreads) with -DN=n.
# Neither tool is given a loop bound: both explore loops that make progress to their end (lockstep's
# bound applies only to iterations that change nothing); lockstep is given --timeout as the script's.
# MODEL is sc or tso (GenMC's --sc and --tso), or arm or lkmm, which lockstep alone runs (GenMC has
# no ARMv8 or kernel model: its IMM is a different one). The default cases: every program of
# expected.json at its largest size, under each of sc and tso that expected.json lists for it.
#
# The runs alternate (GenMC, lockstep, lockstep --jobs 2, then again) so that a slow moment of the
# machine hurts all three alike. GenMC is run when `genmc` is on PATH (or GENMC names it);
# otherwise only lockstep is measured, and the script says so. (GenMC 0.10.2 leaves a file
# /tmp/__genmc.ll.* behind per run, wherever TMPDIR points.)
#
# Exit status: 0 when every count equals expected.json (or, for a size it does not list, GenMC's),
# 1 when some does not (marked MISMATCH; "incomplete" when a bound or --timeout stopped
# lockstep), 2 on a usage error or a missing tool.
#
# Needs lockstep built (mvn -q -B package -DskipTests), jq and GNU time (apt-get install -y jq time).
# Usage: scripts/bench-peer.sh [-r RUNS] [--timeout SECONDS] [FILE:N:MODEL...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

usage() {
    sed -n '2,/^# Usage/p' "$0" | sed 's/^# \{0,1\}//'
}

runs=3
limit=600
cases=()
while [ "$#" -gt 0 ]; do
    case "$1" in
        -r|--runs) runs=${2:?-r needs a number}; shift 2 ;;
        --timeout) limit=${2:?--timeout needs seconds}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "bench-peer: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) cases+=("$1"); shift ;;
    esac
done
case "$runs$limit" in
    *[!0-9]*) echo "bench-peer: -r and --timeout take whole numbers" >&2; exit 2 ;;
esac
if [ "$runs" -lt 1 ]; then
    echo "bench-peer: -r must be at least 1" >&2
    exit 2
fi
for tool in jq /usr/bin/time timeout; do
    if ! command -v "$tool" > /dev/null 2>&1; then
        echo "bench-peer: $tool is missing (apt-get install -y jq time)" >&2
        exit 2
    fi
done
if [ ! -f checker/target/lockstep.jar ]; then
    echo "bench-peer: lockstep is not built; run: mvn -q -B package -DskipTests" >&2
    exit 2
fi

expected_json=corpus/bench/expected.json
if [ "${#cases[@]}" -eq 0 ]; then
    while IFS= read -r c; do cases+=("$c"); done < <(jq -r '
        to_entries[] | select(.key | startswith("_") | not) | .key as $file
        | (.value | keys_unsorted | map(tonumber) | max | tostring) as $n
        | .value[$n] | keys_unsorted[] | select(. == "sc" or . == "tso")
        | "\($file):\($n):\(.)"' "$expected_json")
fi

for c in "${cases[@]}"; do
    IFS=: read -r file n model <<< "$c"
    if [ ! -f "corpus/bench/$file" ] || [ ! -f "corpus/peer/$file" ] || [ -z "$n" ] || [ -n "${n//[0-9]/}" ] \
        || ! [[ "$model" =~ ^(sc|tso|arm|lkmm)$ ]]; then
        echo "bench-peer: bad case '$c' (FILE:N:MODEL: a program of corpus/bench and corpus/peer, model sc, tso, arm or lkmm)" >&2
        exit 2
    fi
done

genmc=${GENMC:-genmc}
if command -v "$genmc" > /dev/null 2>&1; then
    have_genmc=1
    echo "GenMC: $("$genmc" --version 2>&1 | grep -m1 -io 'genmc v[0-9.]*' || echo "$genmc")"
else
    have_genmc=0
    echo "GenMC: not on PATH; measuring lockstep only"
fi
echo "runs per measurement: $runs (median); wall in seconds, peak RSS in MB; timeout ${limit}s"
echo

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# measure NAME CMD...: runs CMD under GNU time and the timeout; appends "wall rss_kb" to
# $scratch/NAME.m and leaves its standard output in $scratch/NAME.out.
measure() {
    local name=$1
    shift
    /usr/bin/time -f '%e %M' -o "$scratch/$name.t" timeout "$limit" "$@" > "$scratch/$name.out" 2> "$scratch/$name.err" || true
    tail -n 1 "$scratch/$name.t" >> "$scratch/$name.m"
}

# median COLUMN FILE: the median of one column of a measurement file (mean of the middle two).
median() {
    sort -g -k "$1,$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END {
        if (NR == 0) { print "-"; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

mb() {
    awk '{ if ($1 == "-") print "-"; else printf "%d", $1 / 1024 }' <<< "$1"
}

lockstep_count() {
    jq -r --arg m "$2" '[.explorations[] | select(.model == $m)] as $e
        | if ($e | length) == 0 then "error"
          elif ($e | all(.complete)) then ($e | map(.executions) | add | tostring)
          else "incomplete" end' "$1" 2> /dev/null || echo "error"
}

genmc_count() {
    grep -m1 -o 'complete executions explored: [0-9]*' "$1" | grep -o '[0-9]*$' || echo "error"
}

status=0
printf '%-16s %-4s %10s %10s %10s  %8s %8s %8s %7s  %8s %8s  %s\n' case model lockstep GenMC expected \
    'ls 1job' 'ls 2jobs' GenMC 'ls/G' 'ls MB' 'GenMC MB' check
for c in "${cases[@]}"; do
    IFS=: read -r file n model <<< "$c"
    expected=$(jq -r --arg f "$file" --arg n "$n" --arg m "$model" '.[$f][$n][$m] // "-"' "$expected_json")
    rm -f "$scratch"/*.m
    peer=$have_genmc
    [[ "$model" =~ ^(sc|tso)$ ]] || peer=0
    for _ in $(seq "$runs"); do
        if [ "$peer" = 1 ]; then
            measure genmc "$genmc" "--$model" -- "-DN=$n" "corpus/peer/$file"
        fi
        for jobs in 1 2; do
            measure "ls$jobs" bin/lockstep check --format json --model "$model" --jobs "$jobs" \
                --timeout "${limit}s" -D "N=$n" "corpus/bench/$file"
        done
    done
    ls_exec=$(lockstep_count "$scratch/ls1.out" "$model")
    ls2_exec=$(lockstep_count "$scratch/ls2.out" "$model")
    ls_wall=$(median 1 "$scratch/ls1.m")
    ls2_wall=$(median 1 "$scratch/ls2.m")
    ls_rss=$(mb "$(median 2 "$scratch/ls1.m")")
    if [ "$peer" = 1 ]; then
        g_exec=$(genmc_count "$scratch/genmc.out")
        g_wall=$(median 1 "$scratch/genmc.m")
        g_rss=$(mb "$(median 2 "$scratch/genmc.m")")
        ratio=$(awk -v a="$ls_wall" -v b="$g_wall" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
    else
        g_exec=-; g_wall=-; g_rss=-; ratio=-
    fi
    wrong=()
    if [ "$expected" = - ]; then
        # No oracle in expected.json: the two tools are compared with each other.
        expected_or_peer=$g_exec
    else
        expected_or_peer=$expected
    fi
    if [ "$expected_or_peer" = - ]; then
        wrong+=("no oracle")
    elif [ "$ls_exec" = incomplete ] || [ "$ls2_exec" = incomplete ]; then
        wrong+=("lockstep incomplete")
    elif [ "$ls_exec" != "$expected_or_peer" ] || [ "$ls2_exec" != "$expected_or_peer" ]; then
        wrong+=("MISMATCH lockstep")
    fi
    if [ "$peer" = 1 ] && [ "$expected" != - ] && [ "$g_exec" != "$expected" ]; then
        wrong+=("MISMATCH GenMC")
    fi
    verdict=ok
    if [ "${#wrong[@]}" -gt 0 ]; then
        verdict=$(IFS=,; echo "${wrong[*]}")
        [ "$verdict" = "no oracle" ] || status=1
    elif [ "$expected" = - ]; then
        verdict="ok (as GenMC; no oracle)"
    fi
    printf '%-16s %-4s %10s %10s %10s  %8s %8s %8s %7s  %8s %8s  %s\n' "${file%.c}($n)" "$model" "$ls_exec" \
        "$g_exec" "$expected" "$ls_wall" "$ls2_wall" "$g_wall" "$ratio" "$ls_rss" "$g_rss" "$verdict"
done
exit "$status"
