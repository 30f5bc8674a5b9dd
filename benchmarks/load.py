#!/usr/bin/env python3
"""Load client for the benchmark harness: browser-like sessions (logged in once, as the workspace and
the dashboard are), each on one kept-alive connection. Prints figures; asserts nothing.

  load.py read  PORT USER PASSWORD CLIENTS REQUESTS PATH   GETs PATH REQUESTS times per client; a {i} in
                                                           PATH becomes a number new on every request
  load.py write PORT USER PASSWORD CLIENTS SECONDS CENTRE  registers cases for SECONDS per client
  load.py advice PORT USER PASSWORD CLIENTS REQUESTS CENTRE [PAUSE_MS]
                                                           each client a case of its own (registered,
                                                           assessed, decided), then REQUESTS dry runs of a
                                                           procedure on it, a value changed on each: the
                                                           live advice as a clinician types, PAUSE_MS
                                                           (default 0) between an answer and the next ask

A line per run: clients, requests, failures, median, p95, max (ms) and requests per second.
"""
import http.client
import json
import re
import statistics
import sys
import threading
import time
import uuid


class Session:
    def __init__(self, port, user, password):
        self.connection = http.client.HTTPConnection("localhost", port, timeout=120)
        self.cookie = ""
        page = self.request("GET", "/login").decode()
        token = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page).group(1)
        form = f"username={user}&password={password}&_csrf={token}"
        self.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        csrf = json.loads(self.request("GET", "/api/csrf"))
        self.csrf = {csrf["headerName"]: csrf["token"]}

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.connection.request(method, path, body, headers)
        response = self.connection.getresponse()
        data = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie" and value.startswith("JSESSIONID="):
                self.cookie = value.split(";")[0]
        self.status = response.status
        return data


def registration(centre):
    return json.dumps({"caseId": str(uuid.uuid4()), "centreId": centre, "referralDate": "2026-01-15",
                       "birthYear": 1960, "sex": "FEMALE", "patientPseudonym": "P-" + uuid.uuid4().hex[:10]})


def post(session, path, body):
    session.request("POST", path, json.dumps(body), {"Content-Type": "application/json", **session.csrf})
    if session.status >= 300:
        raise RuntimeError(f"{path}: {session.status}")


def decided_case(session, centre):
    """A case of the client's own, ready for a procedure: registered, assessed, decided, checked."""
    case = json.loads(registration(centre))
    post(session, "/api/cases", case)
    base = "/api/cases/" + case["caseId"]
    post(session, base + "/assessment", {
        "assessedOn": "2026-01-20", "diagnosis": "METASTASIS", "diagnosisBasis": "IMAGING", "localisationCount": 1,
        "primaryTumour": {"site": "BREAST", "occult": False, "multiplePrimaries": False, "secondaryDoubtful": False},
        "lesion": {"site": "VERTEBRA_THORACIC", "level": "T12", "maxDiameterMm": 28, "pattern": "OSTEOLYTIC",
                   "softTissueExtension": False, "spinalCanalExtension": False, "epiduralExtension": False,
                   "posteriorWallRupture": False, "fractureRisk": True},
        "totalBodyImaging3d": True, "baselinePain": {"vas": 8}})
    post(session, base + "/treatment-decision", {"decidedOn": "2026-01-25", "mdt": True, "intent": "PALLIATIVE",
                                                 "goals": ["PAIN"], "plannedTechniques": ["RFA", "CEMENTOPLASTY"]})
    return base


def procedure(volume):
    return json.dumps({"performedOn": "2026-02-01", "operatorId": "OP-17", "anaesthesia": "GENERAL", "guidance": ["CT"],
                       "technicalSuccess": True, "steps": [
                           {"technique": "RFA", "electrodeCount": 1, "targetTemperatureC": 90, "durationMin": 8},
                           {"technique": "CEMENTOPLASTY", "needleGauge": 10, "cementVolumeMl": volume, "realTimeImaging": True,
                            "delayedUntilNormothermia": True, "leakage": {"observed": False}}]})


def run(port, user, password, clients, work, pause=0.0):
    sessions = [Session(port, user, password) for _ in range(clients)]
    times, failures, barrier = [], [0], threading.Barrier(clients)
    lock = threading.Lock()

    def client(session):
        barrier.wait()
        for method, path, body, headers in work(session):
            start = time.perf_counter()
            session.request(method, path, body, headers)
            elapsed = time.perf_counter() - start
            with lock:
                times.append(elapsed)
                if session.status >= 300:
                    failures[0] += 1
            if pause:
                time.sleep(pause)

    threads = [threading.Thread(target=client, args=(s,)) for s in sessions]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"{clients:3d} clients {len(times):6d} requests {failures[0]:4d} failed  median {statistics.median(times) * 1000:8.1f} ms"
          f"  p95 {p95 * 1000:8.1f} ms  max {times[-1] * 1000:8.1f} ms  {len(times) / wall:7.1f}/s")


def main():
    mode, port, user, password, clients, amount, target = sys.argv[1:8]
    pause = float(sys.argv[8]) / 1000 if len(sys.argv) > 8 else 0.0
    port, clients = int(port), int(clients)
    if mode == "read":
        # seven digits from the clock in ms: each run's numbers (fewer than a thousand, a run lasts
        # longer than a second) are new to the registry, and never equal as decimals (0.51 and 0.510)
        counter = iter(range(10 ** 6 + int(time.time() * 1000) % (9 * 10 ** 6), 10 ** 8))

        def work(session):
            return (("GET", target.replace("{i}", str(next(counter))), None, None) for _ in range(int(amount)))
    elif mode == "advice":
        def work(session):
            base = decided_case(session, target)
            for i in range(int(amount)):
                yield ("POST", base + "/procedures?dryRun=true", procedure(2 + (i % 40) / 10),
                       {"Content-Type": "application/json", **session.csrf})
    else:
        def work(session):
            deadline = time.perf_counter() + float(amount)
            while time.perf_counter() < deadline:
                yield ("POST", "/api/cases", registration(target), {"Content-Type": "application/json", **session.csrf})
    run(port, user, password, clients, work, pause)


if __name__ == "__main__":
    main()
