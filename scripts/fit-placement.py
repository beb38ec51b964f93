#!/usr/bin/env python3
"""Fits the placement weights (data/placement.yaml) on the dev half of the labelled corpus.

Coordinate descent over a grid per weight: each round tries every value of one weight with the
others held, keeps the best by placement + readiness right on tests/data/eval/dev (ties keep the
current value), and stops when a round changes nothing. The test half is never read. Writes the
weights with `fitted_on` (the corpus' SHA-256 and the figures reached) to data/placement.yaml.

    scripts/fit-placement.py [--rungs build/release/src/rungs] [--dry-run]
"""
import argparse, hashlib, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "tests", "data", "eval", "dev")
OUT = os.path.join(ROOT, "data", "placement.yaml")
ORDER = ["skills", "signals", "title", "threshold", "years_shortfall", "signals_enough", "weak_signal",
         "assigned_share", "off_track_share", "full_stack_share", "off_track_support", "off_track_skills", "off_track_title",
         "scope_order", "recent_years"]
GRID = {
    "threshold": [0.45, 0.5, 0.55, 0.6, 0.65],
    "years_shortfall": [1.0, 1.5, 2.0, 3.0],
    "assigned_share": [0.2, 0.25, 0.3, 0.35, 0.4, 0.5],
    "off_track_share": [0.25, 0.3, 0.35, 0.4, 0.5],
    "full_stack_share": [0.15, 0.2, 0.25, 0.3],
    "off_track_support": [0.3, 0.4, 0.5],
    "off_track_skills": [0.2, 0.25, 0.3, 0.35],
    "off_track_title": [0.0, 0.1, 0.15, 0.2],
    "signals_enough": [0.5, 0.6, 0.7],
    "scope_order": [3, 4, 5, 6],
}


def read_weights(path):
    w = {}
    for line in open(path):
        key, _, value = line.partition(":")
        if key.strip() in ORDER:
            w[key.strip()] = float(value.split("#")[0])
    return w


def yaml_text(w, fitted=None):
    lines = ["# How placement weighs the evidence (include/rungs/placement_weights.h says what each weight",
             "# does). Fitted on the dev half of the labelled corpus by scripts/fit-placement.py; `fitted_on`",
             "# records which corpus and figures.", "schema: rungs.placement/1"]
    if fitted:
        lines.append("fitted_on: {corpus: tests/data/eval/dev, sha256: %s, placement: %s, readiness: %s}"
                     % (fitted["sha256"], fitted["placement"], fitted["readiness"]))
    lines += ["%s: %g" % (k, w[k]) for k in ORDER]
    return "\n".join(lines) + "\n"


def corpus_sha256():
    h = hashlib.sha256()
    for folder, _, files in sorted(os.walk(DEV)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            h.update(os.path.relpath(path, DEV).encode())
            h.update(open(path, "rb").read())
    return h.hexdigest()


def score(rungs, w):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(yaml_text(w))
    try:
        out = subprocess.run([rungs, "eval", DEV, "--format", "json", "--placement", f.name],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(f.name)
    d = json.loads(out)
    return d["placement"]["correct"], d["readiness"]["correct"], d["placement"]["total"], d["readiness"]["total"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rungs", default=os.path.join(ROOT, "build", "release", "src", "rungs"))
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    w = read_weights(OUT)
    best = score(args.rungs, w)
    print("start:", best[:2], file=sys.stderr)
    changed = True
    while changed:
        changed = False
        for key, values in GRID.items():
            for v in values:
                if v == w[key]:
                    continue
                trial = dict(w, **{key: v})
                s = score(args.rungs, trial)
                if s[0] + s[1] > best[0] + best[1]:
                    print("  %s %g -> %g: placement %d, readiness %d" % (key, w[key], v, s[0], s[1]), file=sys.stderr)
                    w, best, changed = trial, s, True
    fitted = {"sha256": corpus_sha256(), "placement": "%d/%d" % (best[0], best[2]),
              "readiness": "%d/%d" % (best[1], best[3])}
    text = yaml_text(w, fitted)
    if args.dry_run:
        print(text)
    else:
        open(OUT, "w").write(text)
        print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
