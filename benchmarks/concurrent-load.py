#!/usr/bin/env python3
# 10 importers (each re-importing its own document in two alternating versions, so every import replaces one)
# and 16 readers of a cheap query, for 60 s, against one running service. Prints errors, imports succeeded,
# p50/p99 of the cheap query.
import json, sys, threading, time, urllib.request, statistics
BASE = sys.argv[1]; TOKEN = sys.argv[2]; SECONDS = int(sys.argv[3]) if len(sys.argv) > 3 else 60
SEED = open(sys.argv[4], encoding='utf-8').read()
DISTINCT = len(sys.argv) > 5 and sys.argv[5] == "distinct"  # each importer a district of its own: no shared departments
stop = time.time() + SECONDS
lock = threading.Lock()
stats = {"imports_ok": 0, "import_errors": 0, "read_errors": 0, "reads": []}
errors = {}
def post(query, variables, token=None, timeout=120):
    body = json.dumps({"query": query, "variables": variables}).encode()
    req = urllib.request.Request(BASE + "/graphql", data=body, headers={"Content-Type": "application/json"})
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())
def importer(n):
    own = SEED.replace("钟楼", "甲乙丙丁戊己庚辛壬癸"[n] + "岭") if DISTINCT else SEED
    versions = [own, own.replace("源头替代项目30个", "源头替代项目3%d个" % n, 1)]
    i = 0
    while time.time() < stop:
        try:
            r = post("mutation($t:String!,$id:ID){ importDocument(text:$t,id:$id){ changed } }",
                     {"t": versions[i % 2], "id": "load-%d-2021" % n}, TOKEN)
            with lock:
                if r.get("errors"):
                    stats["import_errors"] += 1
                    m = r["errors"][0]["message"][:80]; errors[m] = errors.get(m, 0) + 1
                else:
                    stats["imports_ok"] += 1
        except Exception as e:
            with lock:
                stats["import_errors"] += 1; m = str(e)[:80]; errors[m] = errors.get(m, 0) + 1
        i += 1
def reader():
    while time.time() < stop:
        t0 = time.time()
        try:
            r = post("{ documents { id } }", {}, timeout=120)
            ok = "errors" not in r
        except Exception as e:
            ok = False
        with lock:
            if ok: stats["reads"].append((time.time() - t0) * 1000)
            else: stats["read_errors"] += 1
threads = [threading.Thread(target=importer, args=(n,)) for n in range(10)] + [threading.Thread(target=reader) for _ in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
reads = sorted(stats["reads"])
p = lambda q: reads[min(len(reads) - 1, int(q * len(reads)))] if reads else float('nan')
print(json.dumps({"imports_ok": stats["imports_ok"], "import_errors": stats["import_errors"], "reads": len(reads),
  "read_errors": stats["read_errors"], "read_p50_ms": round(p(0.5), 1), "read_p99_ms": round(p(0.99), 1), "errors": errors}, ensure_ascii=False))
