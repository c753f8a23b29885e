#!/usr/bin/env python3
# The stalling queries of issue 11, sent without a token to one running service: KIND is "nested" (four levels of
# departments { ownedTasks { participants { department { ownedTasks ... inside the depth limit) or "aliases" (1,000
# aliases of bottlenecks on the seed). CONCURRENT such requests are sent at once, while 4 readers ask the cheap
# { documents { id } } until every hostile request has been answered and for 10 s more.
# Prints: what each hostile request was answered (HTTP status, first error, seconds), the cheap query's p50/p99 and
# errors, and how long the readers ran. Log bytes are measured by the caller (growth of the service's log).
# usage: stalling-queries.py BASE_URL KIND [CONCURRENT=6]
import json, sys, threading, time, urllib.request, urllib.error
BASE = sys.argv[1]; KIND = sys.argv[2]; CONCURRENT = int(sys.argv[3]) if len(sys.argv) > 3 else 6
NESTED = ("{ departments(documentId: \"zhonglou-2021\") { name ownedTasks { id participants { role department { name ownedTasks { id participants "
          "{ role department { name ownedTasks { id participants { role department { name ownedTasks { id } } } } } } } } } } } }")
ALIASES = "{" + " ".join('b%d: bottlenecks(documentId: "zhonglou-2021") { score }' % i for i in range(1000)) + " }"
QUERY = NESTED if KIND == "nested" else ALIASES
def post(query, timeout=300):
    body = json.dumps({"query": query}).encode()
    req = urllib.request.Request(BASE + "/graphql", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
hostile = []
def attacker():
    t0 = time.time()
    try:
        status, body = post(QUERY)
        try:
            errors = json.loads(body).get("errors") or []
            first = errors[0]["message"][:100] if errors else "data (%d bytes)" % len(body)
        except ValueError:
            first = "not JSON: " + body[:80].decode(errors="replace")
    except Exception as e:
        status, first = None, str(e)[:100]
    hostile.append({"status": status, "answer": first, "seconds": round(time.time() - t0, 1)})
reads, read_errors = [], [0]
done = threading.Event()
def reader():
    while not done.is_set():
        t0 = time.time()
        try:
            status, body = post("{ documents { id } }", timeout=300)
            ok = status == 200 and "errors" not in json.loads(body)
        except Exception:
            ok = False
        if ok: reads.append((time.time() - t0) * 1000)
        else: read_errors[0] += 1
started = time.time()
attackers = [threading.Thread(target=attacker) for _ in range(CONCURRENT)]
readers = [threading.Thread(target=reader) for _ in range(4)]
[t.start() for t in readers]; [t.start() for t in attackers]; [t.join() for t in attackers]
time.sleep(10); done.set(); [t.join() for t in readers]
reads.sort()
p = lambda q: round(reads[min(len(reads) - 1, int(q * len(reads)))], 1) if reads else None
print(json.dumps({"kind": KIND, "concurrent": CONCURRENT, "hostile": hostile, "reads": len(reads),
                  "read_errors": read_errors[0], "read_p50_ms": p(0.5), "read_p99_ms": p(0.99),
                  "read_max_ms": round(reads[-1], 1) if reads else None, "seconds": round(time.time() - started, 1)},
                 ensure_ascii=False))
