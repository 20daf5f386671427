#!/usr/bin/env python3
"""herd7's verdict of every C litmus test of a directory under lkmm, sc, tso and arm.

lkmm: herd7 with the kernel's memory model on the C test (`-conf linux-kernel.cfg`, the model's
files found in LKMM_DIR). arm and tso: herd7 with aarch64.cat and x86tso.cat on the AArch64 and
X86 compilations that compile.py makes. sc: herd7 with sc.cat on both compilations, which must
agree. A test compile.py refuses gets lkmm alone (and is listed on stderr).

Usage: verdicts.py --lkmm LKMM_DIR [--herd HERD7] [--jobs N] [--output FILE] TEST_DIR
  writes FILE (default TEST_DIR/expected.json): {"_about": ..., "REL/PATH.litmus": {"lkmm": ...}}
  with every verdict "allowed" (herd7: Sometimes/Always) or "forbidden" (Never).
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compile as compiler  # noqa: E402  (the translator beside this script)

ABOUT = ("Verdict of each litmus test per memory model, from herd7 {version}. \"allowed\": some "
         "execution satisfies the proposition of the final condition (herd7 Observation "
         "Sometimes/Always); \"forbidden\": none does (Observation Never). lkmm: herd7 with the "
         "kernel's tools/memory-model (linux-kernel.cfg) on the C test. sc, tso, arm: herd7 with "
         "sc.cat, x86tso.cat and aarch64.cat on the X86 and AArch64 compilations of the test under "
         "the kernel's own mappings of each primitive (see README.md); sc is the same on both "
         "compilations.")


class HerdError(Exception):
    pass


def herd(herd7, args, path):
    proc = subprocess.run([herd7] + args + [path], capture_output=True, text=True)
    m = re.search(r"^Observation \S+ (Always|Sometimes|Never)\b", proc.stdout, re.M)
    if proc.returncode != 0 or not m:
        raise HerdError("%s %s: %s%s" % (" ".join(args), path, proc.stdout[-400:], proc.stderr[-400:]))
    return "forbidden" if m.group(1) == "Never" else "allowed"


def verdicts(herd7, lkmm_dir, path, scratch):
    result = {"lkmm": herd(herd7, ["-I", lkmm_dir, "-conf", "linux-kernel.cfg"], path)}
    with open(path) as f:
        text = f.read()
    try:
        compiled = {arch: compiler.compile_test(text, arch) for arch in ("aarch64", "x86")}
    except compiler.LitmusError as e:
        return result, "%s: not compiled: %s" % (path, e)
    files = {}
    base = os.path.join(scratch, re.sub(r"[^\w.+-]", "_", os.path.relpath(path)))
    for arch, code in compiled.items():
        files[arch] = "%s.%s.litmus" % (base, arch)
        with open(files[arch], "w") as f:
            f.write(code)
    sc_arm = herd(herd7, ["-model", "sc.cat"], files["aarch64"])
    sc_x86 = herd(herd7, ["-model", "sc.cat"], files["x86"])
    if sc_arm != sc_x86:
        raise HerdError("%s: sc.cat disagrees between the compilations (AArch64 %s, X86 %s)"
                        % (path, sc_arm, sc_x86))
    result["sc"] = sc_arm
    result["tso"] = herd(herd7, ["-model", "x86tso.cat"], files["x86"])
    result["arm"] = herd(herd7, ["-model", "aarch64.cat"], files["aarch64"])
    return result, None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lkmm", required=True, help="directory holding linux-kernel.{cfg,cat,bell,def} and lock.cat")
    ap.add_argument("--herd", default="herd7")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--output")
    ap.add_argument("dir")
    args = ap.parse_args(argv[1:])
    if not os.path.isfile(os.path.join(args.lkmm, "linux-kernel.cfg")):
        print("verdicts: %s has no linux-kernel.cfg" % args.lkmm, file=sys.stderr)
        return 2
    version = subprocess.run([args.herd, "-version"], capture_output=True, text=True).stdout.split(",")[0].strip()
    tests = sorted(os.path.relpath(os.path.join(d, f), args.dir)
                   for d, _, fs in os.walk(args.dir) for f in fs if f.endswith(".litmus"))
    out = {"_about": ABOUT.format(version=version)}
    with tempfile.TemporaryDirectory() as scratch, \
            concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(verdicts, args.herd, os.path.abspath(args.lkmm),
                               os.path.join(args.dir, t), scratch) for t in tests]
        for t, fut in zip(tests, futures):
            try:
                result, note = fut.result()
            except HerdError as e:
                print("verdicts: herd7 failed: %s" % e, file=sys.stderr)
                return 1
            if note:
                print(note, file=sys.stderr)
            out[t] = {m: result[m] for m in ("lkmm", "sc", "tso", "arm") if m in result}
    output = args.output or os.path.join(args.dir, "expected.json")
    with open(output, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("%d tests: %s" % (len(tests), output))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
