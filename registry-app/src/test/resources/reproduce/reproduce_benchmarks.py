#!/usr/bin/env python3
"""Recount every benchmark from the analysis dataset with docs/outcomes.md's definitions alone.

Usage: reproduce_benchmarks.py dataset.json benchmarks.json
  dataset.json     GET /api/outcomes/dataset (same filter as the benchmarks)
  benchmarks.json  GET /api/outcomes/benchmarks
Written independently of the registry's Java code, the way an auditor would; standard library only.
Exits 1 and names each difference if any number disagrees.
"""
import json
import math
import sys

VERTEBRAE = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR"}
REPORTED_VOLUME = {"REDUCED", "STABLE", "INCREASED"}
MINOR = {"ALLERGIC_REACTION", "PUNCTURE_SITE_BLEEDING", "ACUTE_PAIN_INCREASE", "NEW_PAIN_ELSEWHERE"}
Z = 1.959963984540054  # qnorm(0.975)


def pain_read(f):
    """The VAS a response reads: the treated site's when the follow-up records it, else overall."""
    return f["treatedSiteVas"] if f.get("treatedSiteVas") is not None else f["vas"]


def assessment_follow_up(row, s):
    best = None
    for f in row["followUps"]:  # date order, first recorded first on a tie
        if s["painWindowFrom"] <= f["day"] <= s["painWindowTo"]:
            if best is None or abs(f["day"] - s["painWindowTarget"]) < abs(best["day"] - s["painWindowTarget"]):
                best = f
    return best


def has_baseline(row):
    b, m = row["baselineVas"], row["baselineOpioidMmePerDay"]
    return (b is not None and b >= 1) or (m is not None and m > 0)


def responds(row, f, s):
    b, m = row["baselineVas"], row["baselineOpioidMmePerDay"]
    t = s["painReductionThreshold"]
    by_vas = b is not None and b >= 1 and (b - pain_read(f)) / b > t
    by_opioid = m is not None and m > 0 and f["opioidMmePerDay"] is not None and (m - f["opioidMmePerDay"]) / m > t
    return by_vas or by_opioid


def index(row):
    return row["procedureNumber"] == 1


def uses(row, technique):
    return technique in row["techniques"]


def count(rows, s, bid):
    """(n, x, notEvaluable) as docs/outcomes.md#outcomes defines them."""
    n = x = ne = 0

    def add(hit):
        nonlocal n, x
        n += 1
        x += 1 if hit else 0

    pain = {"BM-CEMENT-PAIN": ("CEMENTOPLASTY", False), "BM-ETHANOL-PAIN": ("ETHANOL", False),
            "BM-RFA-PALL-PAIN": ("RFA", True), "BM-CRYO-PAIN": ("CRYO", True)}
    complications = {"BM-CEMENT-PE": ("CEMENTOPLASTY", {"PULMONARY_EMBOLISM"}),
                     "BM-CEMENT-INFECTION": ("CEMENTOPLASTY", {"INFECTION"}),
                     "BM-CEMENT-FRACTURE": ("CEMENTOPLASTY", {"FRACTURE"}),
                     "BM-CEMENT-MINOR": ("CEMENTOPLASTY", MINOR), "BM-ETHANOL-FEVER": ("ETHANOL", {"FEVER"}),
                     "BM-LASER-MAJOR": ("LASER", {"NERVE_INJURY", "NEURODYSTROPHY"}),
                     "BM-CRYO-SHOCK": ("CRYO", {"CRYOSHOCK"})}
    recurrence = {"BM-LASER-RECUR": ("LASER", "OSTEOID_OSTEOMA", None), "BM-RFA-OO-RECUR": ("RFA", "OSTEOID_OSTEOMA", None),
                  "BM-RFA-OB-RECUR": ("RFA", "OSTEOBLASTOMA", False), "BM-RFA-OBA-RECUR": ("RFA", "OSTEOBLASTOMA", True)}
    for row in rows:
        if bid in pain:
            technique, palliative = pain[bid]
            if index(row) and uses(row, technique) and (not palliative or row["intent"] == "PALLIATIVE"):
                f = assessment_follow_up(row, s)
                if not has_baseline(row) or f is None:
                    ne += 1
                else:
                    add(responds(row, f, s))
        elif bid == "BM-CEMENT-LEAK":
            for level in row["levels"]:
                if level["technique"] == "CEMENTOPLASTY" and level["site"] in VERTEBRAE:
                    if level["leaked"] is None:
                        ne += 1   # the leak question left unanswered: not evaluable
                    else:
                        add(level["leaked"] is True)
        elif bid in complications:
            technique, types = complications[bid]
            if uses(row, technique):
                add(any(c["type"] in types for c in row["complications"]))
        elif bid in ("BM-ETHANOL-SHRINK", "BM-ETHANOL-GROWTH"):
            if index(row) and uses(row, "ETHANOL"):
                reported = [f for f in row["followUps"] if f["tumourVolume"] in REPORTED_VOLUME]
                if not reported:
                    ne += 1
                else:
                    add(reported[-1]["tumourVolume"] == ("REDUCED" if bid == "BM-ETHANOL-SHRINK" else "INCREASED"))
        elif bid in ("BM-LASER-OO-SUCCESS", "BM-RFA-OO-SUCCESS"):
            technique = "LASER" if bid.startswith("BM-LASER") else "RFA"
            if index(row) and uses(row, technique) and row["intent"] == "CURATIVE" and row["diagnosis"] == "OSTEOID_OSTEOMA":
                if not any(f["day"] >= 28 for f in row["followUps"]):
                    ne += 1
                else:
                    last = row["followUps"][-1]
                    recurred = any(f["localRecurrence"] is True for f in row["followUps"])
                    add(pain_read(last) == 0 and not recurred and row["proceduresInCase"] == 1)
        elif bid in recurrence:
            technique, diagnosis, aggressive = recurrence[bid]
            curative = index(row) and uses(row, technique) and row["intent"] == "CURATIVE" and row["diagnosis"] == diagnosis
            if curative and aggressive is not None and row["aggressive"] is None:
                ne += 1   # an osteoblastoma whose aggressiveness was left unanswered belongs to neither group
            elif curative and (aggressive is None or row["aggressive"] == aggressive):
                if not row["followUps"]:
                    ne += 1
                else:
                    add(any(f["localRecurrence"] is True for f in row["followUps"]))
        elif bid == "BM-RFI-NEURALGIA":
            if index(row) and uses(row, "RF_IONIZATION") and row["baselineNeuralgia"] is True:
                f = assessment_follow_up(row, s)
                if f is None or f["neuralgia"] is None:
                    ne += 1
                else:
                    add(f["neuralgia"] is False)
        elif bid == "BM-ETHANOL-DURATION":
            d = duration(row, s) if index(row) and uses(row, "ETHANOL") else None
            if d is not None:
                add(d[1])
    return n, x, ne


def duration(row, s):
    """(weeks, ended) for a responder: ended at the first later follow-up that is no longer a response."""
    if not has_baseline(row):
        return None
    f = assessment_follow_up(row, s)
    if f is None or not responds(row, f, s):
        return None
    later = row["followUps"][row["followUps"].index(f) + 1:]
    for g in later:
        if not responds(row, g, s):
            return g["day"] / 7.0, True
    return row["followUps"][-1]["day"] / 7.0, False


def km_median(observations):
    """Kaplan-Meier median: first time survival <= 0.5; on a plateau at exactly 0.5, its midpoint (as R prints it)."""
    times = sorted({t for t, _ in observations})
    surv, at_risk, curve = 1.0, len(observations), []
    for t in times:
        d = sum(1 for u, e in observations if u == t and e)
        c = sum(1 for u, e in observations if u == t and not e)
        if d:
            surv *= 1 - d / at_risk
        curve.append((t, surv))
        at_risk -= d + c
    for i, (t, sv) in enumerate(curve):
        if abs(sv - 0.5) < 1e-8:
            later = [u for u, w in curve[i:] if w < sv - 1e-8]
            return (t + (later[0] if later else curve[-1][0])) / 2
        if sv < 0.5:
            return t
    return None


def wilson(x, n):
    p = x / n
    denominator = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denominator
    half = Z / denominator * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def check_figures(published, x, n, observations, problems):
    """The published figure against the recount: the KM median for the duration benchmark (from its
    (weeks, ended) observations), else the rate and its Wilson interval."""
    bid = published["benchmarkId"]
    if bid == "BM-ETHANOL-DURATION":
        median = km_median(observations) if observations else None
        if (median is None) != (published["medianWeeks"] is None) or (median is not None and abs(median - published["medianWeeks"]) > 1e-9):
            problems.append(f"{bid}: median {median}, published {published['medianWeeks']}")
    elif n > 0:
        low, high = wilson(x, n)
        if abs(x / n - published["rate"]) > 1e-12 or abs(low - published["wilson95"]["low"]) > 1e-9 \
                or abs(high - published["wilson95"]["high"]) > 1e-9:
            problems.append(f"{bid}: rate/Wilson {x / n} [{low}, {high}], published {published['rate']} {published['wilson95']}")


def main():
    rows = json.load(open(sys.argv[1]))
    report = json.load(open(sys.argv[2]))
    s = report["settings"]
    problems = []
    # (weeks, ended) of every ethanol index procedure: BM-ETHANOL-DURATION's Kaplan-Meier median
    observations = [d for d in (duration(r, s) for r in rows if index(r) and uses(r, "ETHANOL")) if d is not None]
    for published in report["rows"]:
        bid = published["benchmarkId"]
        n, x, ne = count(rows, s, bid)
        if (n, x, ne) != (published["n"], published["x"], published["notEvaluable"]):
            problems.append(f"{bid}: counted n={n} x={x} notEvaluable={ne}, published {published['n']} {published['x']} {published['notEvaluable']}")
            continue
        check_figures(published, x, n, observations, problems)
    for problem in problems:
        print(problem)
    print(f"{len(report['rows']) - len(problems)} of {len(report['rows'])} benchmarks reproduced from {len(rows)} procedures")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
