#!/usr/bin/env python3
"""Recount every benchmark from the analysis CSV export and its data dictionary's definitions alone.

Usage: reproduce_from_csv.py analysis.csv benchmarks.json
  analysis.csv     GET /api/exports/analysis.csv (same filter and settings as the benchmarks)
  benchmarks.json  GET /api/outcomes/benchmarks
What an auditor would do in a spreadsheet: each benchmark's population and count from the columns,
the pain response recomputed from the baseline and assessment columns (and checked against
pain_responder), the Wilson interval and the Kaplan-Meier median from reproduce_benchmarks.py.
Exits 1 and names each difference if any number disagrees.
"""
import csv
import json
import sys

from reproduce_benchmarks import check_figures, threshold_for

PAIN = {"BM-CEMENT-PAIN": ("cementoplasty", False), "BM-ETHANOL-PAIN": ("ethanol", False),
        "BM-RFA-PALL-PAIN": ("rfa", True), "BM-CRYO-PAIN": ("cryo", True)}
# complication_* columns hold the complications within the window; (technique, types, per patient)
COMPLICATIONS = {"BM-CEMENT-PE": ("cementoplasty", ["pulmonary_embolism"], False),
                 "BM-CEMENT-INFECTION": ("cementoplasty", ["infection"], False),
                 "BM-CEMENT-FRACTURE": ("cementoplasty", ["fracture"], False),
                 "BM-CEMENT-MINOR": ("cementoplasty", ["allergic_reaction", "puncture_site_bleeding",
                                                       "acute_pain_increase", "new_pain_elsewhere"], True),
                 "BM-ETHANOL-FEVER": ("ethanol", ["fever"], False),
                 "BM-LASER-MAJOR": ("laser", ["nerve_injury", "neurodystrophy"], True),
                 "BM-CRYO-SHOCK": ("cryo", ["cryoshock"], False)}
RECURRENCE = {"BM-LASER-RECUR": ("laser", "OSTEOID_OSTEOMA", None), "BM-RFA-OO-RECUR": ("rfa", "OSTEOID_OSTEOMA", None),
              "BM-RFA-OB-RECUR": ("rfa", "OSTEOBLASTOMA", "0"), "BM-RFA-OBA-RECUR": ("rfa", "OSTEOBLASTOMA", "1")}


def number(value):
    return None if value == "" else float(value)


def responds(row, threshold):
    """docs/outcomes.md#terms, from the baseline and assessment follow-up columns."""
    b, m = number(row["baseline_vas"]), number(row["baseline_opioid_mme"])
    v, m2 = number(row["assessment_vas"]), number(row["assessment_opioid_mme"])
    by_vas = b is not None and b >= 1 and (b - v) / b > threshold
    by_opioid = m is not None and m > 0 and m2 is not None and (m - m2) / m > threshold
    return by_vas or by_opioid


def evaluable(row):
    b, m = number(row["baseline_vas"]), number(row["baseline_opioid_mme"])
    has_baseline = (b is not None and b >= 1) or (m is not None and m > 0)
    return has_baseline and row["assessment_follow_up_day"] != ""


def row_threshold(row, s):
    """pain_responder reads a procedure by its technique's definition (docs/outcomes.md#responders)."""
    technique = "ETHANOL" if row["technique_ethanol"] == "1" else "CRYO" if row["technique_cryo"] == "1" else None
    return threshold_for(technique, s)


def neuralgia_reduced(row):
    """Gone, or persisting at a lower intensity than at baseline; None when that is not known."""
    if row["assessment_neuralgia"] == "":
        return None
    if row["assessment_neuralgia"] == "0":
        return True
    before, after = number(row["baseline_neuralgia_intensity"]), number(row["assessment_neuralgia_intensity"])
    return None if before is None or after is None else after < before


def count(rows, bid, s, problems, clusters=None):
    """(n, x, notEvaluable); for BM-CEMENT-LEAK, clusters collects [vertebrae, leaks] per study_id."""
    n = x = ne = 0
    patients = {}

    def add(hit):
        nonlocal n, x
        n += 1
        x += 1 if hit else 0

    for row in rows:
        index = row["index_procedure"] == "1"
        if bid in PAIN:
            technique, palliative = PAIN[bid]
            if index and row["technique_" + technique] == "1" and (not palliative or row["intent"] == "PALLIATIVE"):
                if not evaluable(row):
                    ne += 1
                    if row["pain_evaluable"] != "0":
                        problems.append(f"{row['study_id']}: pain_evaluable {row['pain_evaluable']}, expected 0")
                else:
                    if row["pain_responder"] != ("1" if responds(row, row_threshold(row, s)) else "0"):
                        problems.append(f"{row['study_id']}: pain_responder {row['pain_responder']}, recomputed otherwise")
                    add(responds(row, threshold_for(technique.upper(), s)))
        elif bid == "BM-CEMENT-LEAK":
            unknown = int(row["vertebral_cement_steps_leak_unknown"])
            ne += unknown   # the leak question left unanswered: not evaluable
            known, leaking = int(row["vertebral_cement_steps"]) - unknown, int(row["vertebral_cement_steps_leaking"])
            for vertebra in range(known):
                add(vertebra < leaking)
            if clusters is not None and known:
                cluster = clusters.setdefault(row["study_id"], [0, 0])
                cluster[0] += known
                cluster[1] += leaking
        elif bid in COMPLICATIONS:
            technique, types, per_patient = COMPLICATIONS[bid]
            if row["technique_" + technique] == "1":
                hit = any(row["complication_" + t] == "1" for t in types)
                if bid == "BM-CEMENT-FRACTURE":
                    hit = hit or row["treated_site_fracture"] == "1"
                if per_patient:   # "dei pazienti": a patient (case) with the complication after any session
                    patients[row["study_id"]] = patients.get(row["study_id"], False) or hit
                else:
                    add(hit)
        elif bid in ("BM-ETHANOL-SHRINK", "BM-ETHANOL-GROWTH"):
            if index and row["technique_ethanol"] == "1":
                if row["last_tumour_volume"] == "":
                    ne += 1
                else:
                    add(row["last_tumour_volume"] == ("REDUCED" if bid == "BM-ETHANOL-SHRINK" else "INCREASED"))
        elif bid in ("BM-LASER-OO-SUCCESS", "BM-RFA-OO-SUCCESS"):
            technique = "laser" if bid.startswith("BM-LASER") else "rfa"
            if index and row["technique_" + technique] == "1" and row["intent"] == "CURATIVE" and row["diagnosis"] == "OSTEOID_OSTEOMA":
                if row["last_follow_up_day"] == "" or int(row["last_follow_up_day"]) < 28:
                    ne += 1
                else:
                    single = bid != "BM-LASER-OO-SUCCESS" or row["procedures_in_case"] == "1"   # "in una sessione singola": laser's
                    add(row["last_vas"] == "0" and row["local_recurrence"] == "0" and single)
        elif bid in RECURRENCE:
            technique, diagnosis, aggressive = RECURRENCE[bid]
            curative = index and row["technique_" + technique] == "1" and row["intent"] == "CURATIVE" and row["diagnosis"] == diagnosis
            if curative and aggressive is not None and row["aggressive"] == "":
                ne += 1   # an osteoblastoma whose aggressiveness was left unanswered belongs to neither group
            elif curative and (aggressive is None or row["aggressive"] == aggressive):
                # a recurrence counts whenever seen; none, only once followed to the minimum follow-up
                if row["local_recurrence"] == "1":
                    add(True)
                elif row["last_follow_up_day"] != "" and int(row["last_follow_up_day"]) >= s["recurrenceFollowUpDays"]:
                    add(False)
                else:
                    ne += 1
        elif bid == "BM-RFI-NEURALGIA":
            if index and row["technique_rf_ionization"] == "1" and row["baseline_neuralgia"] == "1":
                reduced = neuralgia_reduced(row)
                if reduced is None:
                    ne += 1
                else:
                    add(reduced)
        elif bid == "BM-ETHANOL-DURATION":
            if index and row["technique_ethanol"] == "1" and row["palliation_weeks"] != "":
                add(row["palliation_ended"] == "1")
    for hit in patients.values():
        add(hit)
    return n, x, ne


def main():
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    report = json.load(open(sys.argv[2]))
    settings = report["settings"]
    problems = []
    # (weeks, ended) of every ethanol index procedure: BM-ETHANOL-DURATION's Kaplan-Meier median
    observations = [(float(r["palliation_weeks"]), r["palliation_ended"] == "1") for r in rows
                    if r["index_procedure"] == "1" and r["technique_ethanol"] == "1" and r["palliation_weeks"] != ""]
    for published in report["rows"]:
        bid = published["benchmarkId"]
        clusters = {}
        n, x, ne = count(rows, bid, settings, problems, clusters)
        if (n, x, ne) != (published["n"], published["x"], published["notEvaluable"]):
            problems.append(f"{bid}: counted n={n} x={x} notEvaluable={ne}, published {published['n']} {published['x']} {published['notEvaluable']}")
            continue
        check_figures(published, x, n, observations, problems, list(clusters.values()) if bid == "BM-CEMENT-LEAK" else None)
    for problem in problems[:50]:
        print(problem)
    benchmark_problems = [p for p in problems if p.startswith("BM-")]
    print(f"{len(report['rows']) - len(benchmark_problems)} of {len(report['rows'])} benchmarks reproduced from {len(rows)} CSV rows")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
