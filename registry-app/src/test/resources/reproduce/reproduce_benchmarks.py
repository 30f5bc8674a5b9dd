#!/usr/bin/env python3
"""Recount every benchmark from the analysis dataset with docs/outcomes.md's definitions alone.

Usage: reproduce_benchmarks.py dataset.json benchmarks.json
  dataset.json     GET /api/outcomes/dataset (same filter as the benchmarks)
  benchmarks.json  GET /api/outcomes/benchmarks
Written independently of the registry's Java code, the way an auditor would; the standard library,
and SciPy's beta and t quantiles for BM-CEMENT-LEAK's clustered interval. Exits 1 and names each
difference if any number disagrees.
"""
import json
import math
import sys

from scipy.stats import beta, t as student

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


def threshold_for(technique, s):
    """The response threshold of a technique's benchmark (docs/outcomes.md#responders)."""
    if technique == "ETHANOL":
        return s["ethanolPainReductionThreshold"]
    if technique == "CRYO":
        return s["cryoPainReductionThreshold"]
    return s["painReductionThreshold"]


def responds(row, f, t):
    b, m = row["baselineVas"], row["baselineOpioidMmePerDay"]
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
    complications = {"BM-CEMENT-PE": ("CEMENTOPLASTY", {"PULMONARY_EMBOLISM"}, False),
                     "BM-CEMENT-INFECTION": ("CEMENTOPLASTY", {"INFECTION"}, False),
                     "BM-CEMENT-FRACTURE": ("CEMENTOPLASTY", {"FRACTURE"}, False),
                     "BM-CEMENT-MINOR": ("CEMENTOPLASTY", MINOR, True), "BM-ETHANOL-FEVER": ("ETHANOL", {"FEVER"}, False),
                     "BM-LASER-MAJOR": ("LASER", {"NERVE_INJURY", "NEURODYSTROPHY"}, True),
                     "BM-CRYO-SHOCK": ("CRYO", {"CRYOSHOCK"}, False)}
    window = s["complicationWindowDays"]
    patients = {}
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
                    add(responds(row, f, threshold_for(technique, s)))
        elif bid == "BM-CEMENT-LEAK":
            vertebrae = {}   # one per level: leaked at any step, else unknown at any, else not
            for level in row["levels"]:
                if level["technique"] == "CEMENTOPLASTY" and level["site"] in VERTEBRAE:
                    vertebrae.setdefault((level["site"], level["level"]), []).append(level["leaked"])
            for leaks in vertebrae.values():
                if True in leaks:
                    add(True)
                elif None in leaks:
                    ne += 1   # the leak question left unanswered: not evaluable
                else:
                    add(False)
        elif bid in complications:
            technique, types, per_patient = complications[bid]
            if uses(row, technique):
                hit = any(c["type"] in types and 0 <= c["day"] <= window for c in row["complications"])
                if bid == "BM-CEMENT-FRACTURE":
                    hit = hit or any(f["fractureAtTreatedSite"] is True and 0 <= f["day"] <= window for f in row["followUps"])
                if per_patient:
                    patients[row["caseId"]] = patients.get(row["caseId"], False) or hit
                else:
                    add(hit)
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
                    single = technique != "LASER" or row["proceduresInCase"] == 1   # "in una sessione singola": laser's
                    add(pain_read(last) == 0 and not recurred and single)
        elif bid in recurrence:
            technique, diagnosis, aggressive = recurrence[bid]
            curative = index(row) and uses(row, technique) and row["intent"] == "CURATIVE" and row["diagnosis"] == diagnosis
            if curative and aggressive is not None and row["aggressive"] is None:
                ne += 1   # an osteoblastoma whose aggressiveness was left unanswered belongs to neither group
            elif curative and (aggressive is None or row["aggressive"] == aggressive):
                if any(f["localRecurrence"] is True for f in row["followUps"]):
                    add(True)
                elif any(f["day"] >= s["recurrenceFollowUpDays"] for f in row["followUps"]):
                    add(False)
                else:
                    ne += 1   # neither recurred nor followed long enough
        elif bid == "BM-RFI-NEURALGIA":
            if index(row) and uses(row, "RF_IONIZATION") and row["baselineNeuralgia"] is True:
                f = assessment_follow_up(row, s)
                reduced = None
                if f is not None and f["neuralgia"] is False:
                    reduced = True
                elif f is not None and f["neuralgia"] is True and None not in (row["baselineNeuralgiaIntensity"], f["neuralgiaIntensity"]):
                    reduced = f["neuralgiaIntensity"] < row["baselineNeuralgiaIntensity"]
                if reduced is None:
                    ne += 1
                else:
                    add(reduced)
        elif bid == "BM-ETHANOL-DURATION":
            d = duration(row, s) if index(row) and uses(row, "ETHANOL") else None
            if d is not None:
                add(d[1])
    for hit in patients.values():
        add(hit)
    return n, x, ne


def duration(row, s):
    """(weeks, ended) for an ethanol responder: ended at the first later follow-up that is no longer a response."""
    if not has_baseline(row):
        return None
    f = assessment_follow_up(row, s)
    t = threshold_for("ETHANOL", s)
    if f is None or not responds(row, f, t):
        return None
    later = row["followUps"][row["followUps"].index(f) + 1:]
    for g in later:
        if not responds(row, g, t):
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


def clustered(x, n, clusters):
    """Korn-Graubard: Clopper-Pearson on the effective size p(1-p)/V, V the cluster-robust variance over the
    patients' [vertebrae, leaks], corrected by (t(n-1) / t(k-1))^2; the patients themselves where V says nothing."""
    p, k = x / n, len(clusters)
    if x in (0, n) or k < 2:
        size = k
    else:
        variance = k / (k - 1) * sum((leaks - p * members) ** 2 for members, leaks in clusters) / n ** 2
        size = p * (1 - p) / variance * (student.ppf(0.025, n - 1) / student.ppf(0.025, k - 1)) ** 2
    hits = p * size
    low = 0.0 if hits <= 0 else beta.ppf(0.025, hits, size - hits + 1)
    high = 1.0 if hits >= size else beta.ppf(0.975, hits + 1, size - hits)
    return low, high


def check_figures(published, x, n, observations, problems, clusters=None):
    """The published figure against the recount: the KM median for the duration benchmark (from its
    (weeks, ended) observations), else the rate and its Wilson interval, and for a clustered count
    its clustered interval and the rate per patient."""
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
        if clusters is not None:
            low, high = clustered(x, n, clusters)
            if abs(low - published["clustered95"]["low"]) > 1e-7 or abs(high - published["clustered95"]["high"]) > 1e-7:
                problems.append(f"{bid}: clustered [{low}, {high}], published {published['clustered95']}")
            patients = (len(clusters), sum(1 for _, leaks in clusters if leaks > 0))
            if patients != (published["perPatient"]["n"], published["perPatient"]["x"]):
                problems.append(f"{bid}: per patient {patients}, published {published['perPatient']}")


def leak_clusters(rows):
    """[vertebrae, leaks] per case, over the vertebrae whose leak is known."""
    clusters = {}
    for row in rows:
        vertebrae = {}
        for level in row["levels"]:
            if level["technique"] == "CEMENTOPLASTY" and level["site"] in VERTEBRAE:
                vertebrae.setdefault((level["site"], level["level"]), []).append(level["leaked"])
        for leaks in vertebrae.values():
            if True in leaks or None not in leaks:
                cluster = clusters.setdefault(row["caseId"], [0, 0])
                cluster[0] += 1
                cluster[1] += 1 if True in leaks else 0
    return list(clusters.values())


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
        clusters = leak_clusters(rows) if bid == "BM-CEMENT-LEAK" else None
        if (n, x, ne) != (published["n"], published["x"], published["notEvaluable"]):
            problems.append(f"{bid}: counted n={n} x={x} notEvaluable={ne}, published {published['n']} {published['x']} {published['notEvaluable']}")
            continue
        check_figures(published, x, n, observations, problems, clusters)
    for problem in problems:
        print(problem)
    print(f"{len(report['rows']) - len(problems)} of {len(report['rows'])} benchmarks reproduced from {len(rows)} procedures")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
