"""The comparison of scripts/sparse-vs-lockstep.sh: sparse's context warnings against lockstep's findings.

Usage: compare.py SPARSE_OUTPUT LOCKSTEP_JSON FILE...

A sparse warning "context imbalance in 'f' - ..." is matched by a lockstep finding in the same function:
  - "wrong count at exit":                  a lock-imbalance finding naming f ("context imbalance in 'f'");
  - "unexpected unlock":                    a bad-unlock finding on a line inside f;
  - "different lock contexts for basic block" (the counts of two paths disagree where they join, which
    is a leak or an extra release): either of the two.
A warning is acknowledged instead by a comment "sparse-only: WHY" on f's first line or the line above it;
such a comment where sparse warns nothing is stale, and fails the comparison too.
Function extents come from the source in kernel coding style: a definition starts at column 0 and its
body's closing brace is the next "}" at column 0.
"""
import json
import re
import sys

SPARSE_CONTEXT = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):\d+: warning: context imbalance in '(?P<fn>\w+)' - (?P<kind>.*)$")
SPARSE_ERROR = re.compile(r"^[^:]+:\d+:\d+: error: ")
DEFINITION = re.compile(r"^[A-Za-z_][^;=]*?\b(?P<fn>\w+)\s*\(")
SPARSE_ONLY = re.compile(r"sparse-only:\s*(?P<why>.*?)\s*(\*/)?\s*$")
LOCKSTEP_RULES = ("lock-imbalance", "bad-unlock")
ACCEPTED = {
    "wrong count at exit": ("lock-imbalance",),
    "unexpected unlock": ("bad-unlock",),
    "different lock contexts for basic block": ("lock-imbalance", "bad-unlock"),
}


def functions(path):
    """name -> (first line, last line, sparse-only reason or None) of each function defined in path."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = {}
    header = None
    for i, text in enumerate(lines, start=1):
        m = DEFINITION.match(text)
        if m and not text.startswith("#") and header is None:
            header = (m.group("fn"), i)
        elif text.startswith("{") and header is not None:
            start = header[1]
            end = next((j for j in range(i, len(lines) + 1) if lines[j - 1].startswith("}")), len(lines))
            why = None
            for k in (start, start - 1):
                note = SPARSE_ONLY.search(lines[k - 1]) if k >= 1 else None
                if note:
                    why = note.group("why")
            out[header[0]] = (start, end, why)
            header = None
        elif not text.strip() or text.startswith(("}", "/", " *", "#")) or text.rstrip().endswith(";"):
            header = None
    return out


def function_at(extents, line):
    for name, (start, end, _) in extents.items():
        if start <= line <= end:
            return name
    return None


def main(argv):
    sparse_out, lockstep_json, files = argv[1], argv[2], argv[3:]
    with open(sparse_out, encoding="utf-8") as f:
        sparse_lines = f.read().splitlines()
    errors = [l for l in sparse_lines if SPARSE_ERROR.match(l)]
    if errors:
        print("sparse could not parse the input:\n" + "\n".join(errors), file=sys.stderr)
        return 2
    with open(lockstep_json, encoding="utf-8") as f:
        report = json.load(f)
    if report.get("errors"):
        print("lockstep reported input errors:\n" + json.dumps(report["errors"], indent=2), file=sys.stderr)
        return 2

    warnings = {}
    for l in sparse_lines:
        m = SPARSE_CONTEXT.match(l)
        if m:
            warnings.setdefault(m.group("file"), []).append((int(m.group("line")), m.group("fn"), m.group("kind")))
    findings = {}
    for fd in report["findings"]:
        if fd["rule"] in LOCKSTEP_RULES:
            findings.setdefault(fd["file"], []).append(fd)

    missed, acknowledged, stale, matched, lockstep_only, quiet = [], [], [], 0, 0, 0
    rows = []
    for path in files:
        extents = functions(path)
        ws = sorted(warnings.get(path, []))
        fs = sorted(findings.get(path, []), key=lambda fd: (fd["line"], fd["rule"], fd["message"]))
        used = set()
        left = []
        for line, fn, kind in ws:
            rules = ACCEPTED.get(kind, LOCKSTEP_RULES)
            match = next((i for i, fd in enumerate(fs) if fd["rule"] in rules and (
                f"context imbalance in '{fn}'" in fd["message"] or function_at(extents, fd["line"]) == fn)), None)
            why = extents.get(fn, (0, 0, None))[2]
            if match is not None:
                used.add(match)
                matched += 1
                verdict = f"= lockstep {fs[match]['rule']} @{fs[match]['line']}"
            elif why:
                acknowledged.append(f"{path}:{line}: '{fn}' {kind}: {why}")
                verdict = "sparse only (acknowledged)"
            else:
                missed.append(f"{path}:{line}: context imbalance in '{fn}' - {kind}")
                verdict = "MISSED BY LOCKSTEP"
            left.append(f"{line}: {fn}: {kind}  [{verdict}]")
        warned = {fn for _, fn, _ in ws}
        for fn, (start, _, why) in extents.items():
            if why and fn not in warned:
                stale.append(f"{path}:{start}: '{fn}' is marked sparse-only but sparse warns nothing there")
        right = []
        for i, fd in enumerate(fs):
            right.append(f"{fd['line']}: {fd['rule']}: {fd['message']}")
            if i not in used:
                lockstep_only += 1
        if left or right:
            rows.append((path, left or ["-"], right or ["-"]))
        else:
            quiet += 1

    width = max([len(l) for _, left, _ in rows for l in left] + [1])
    for path, left, right in rows:
        print(path)
        for k in range(max(len(left), len(right))):
            a = left[k] if k < len(left) else ""
            b = right[k] if k < len(right) else ""
            print(f"  sparse  {a:<{width}}  | lockstep  {b}")
    total = matched + len(acknowledged) + len(missed)
    print()
    print(f"{quiet} other files: no sparse context warning, no lockstep lock-imbalance or bad-unlock")
    print(f"{len(files)} files; sparse: {total} context warnings, {matched} matched by lockstep, "
          f"{len(acknowledged)} acknowledged sparse-only, {len(missed)} missed by lockstep; "
          f"lockstep: {lockstep_only} lock-imbalance/bad-unlock findings sparse does not report")
    for a in acknowledged:
        print(f"acknowledged: {a}")
    for m in missed:
        print(f"MISSED: {m}")
    for s in stale:
        print(f"STALE: {s}")
    return 1 if missed or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
