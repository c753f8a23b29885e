#!/usr/bin/env python3
# Start-up and idle memory of the service as a user starts it: `java [JVM options] -jar JAR` on an empty store, timed
# from the command to "ready" (the GraphQL endpoint answers with the seed document imported), then the resident
# memory (VmRSS) after IDLE seconds without requests. Each run gets a fresh data folder and free ports; prints each
# run and min / median / max.
#
#   python3 benchmarks/startup.py JAR [RUNS] [IDLE_SECONDS] [-- JVM options…]
#   python3 benchmarks/startup.py @target/fast-start/java.args [RUNS] [IDLE_SECONDS]   (the fast start, from the
#                                                                                        project folder)
#
# The java is $JAVA_HOME/bin/java, else the first on the PATH.
import json, os, shutil, signal, socket, statistics, subprocess, sys, tempfile, time, urllib.request

args = sys.argv[1:]
jvm = []
if "--" in args:
    jvm = args[args.index("--") + 1:]
    args = args[:args.index("--")]
JAR = args[0]
RUNS = int(args[1]) if len(args) > 1 else 5
IDLE = int(args[2]) if len(args) > 2 else 15
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
SEED = "zhonglou-2021"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed_served(port):
    body = json.dumps({"query": "{ documents { id } }"}).encode()
    req = urllib.request.Request("http://127.0.0.1:%d/graphql" % port, data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=2) as r:
            return any(d["id"] == SEED for d in json.loads(r.read())["data"]["documents"])
    except Exception:
        return False


def rss_mib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run(n):
    data = tempfile.mkdtemp(prefix="dutygraph-startup-")
    port = free_port()
    log = open(os.path.join(data, "service.log"), "w")
    launch = [JAR] if JAR.startswith("@") else ["-jar", JAR]  # an argument file names the jar and its options
    command = [JAVA] + jvm + launch + ["--server.port=%d" % port, "--dutygraph.data-dir=" + os.path.join(data, "store"),
                              "--dutygraph.bolt-port=0"]
    start = time.monotonic()
    service = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        while not seed_served(port):
            if service.poll() is not None:
                raise SystemExit("run %d: the service exited (%d); see %s" % (n, service.returncode, log.name))
            if time.monotonic() - start > 180:
                raise SystemExit("run %d: not ready after 180 s; see %s" % (n, log.name))
            time.sleep(0.05)
        ready = time.monotonic() - start
        time.sleep(IDLE)
        rss = rss_mib(service.pid)
        log.flush()
        started = ""
        with open(log.name) as f:
            for line in f:
                if "Started DutygraphApplication in" in line:
                    started = line.split("Started DutygraphApplication in ")[1].split(" seconds")[0]
        print("run %d: ready %.2f s (Spring 'Started' %s s), idle RSS %.0f MiB" % (n, ready, started or "?", rss), flush=True)
        return ready, rss
    finally:
        service.send_signal(signal.SIGTERM)
        try:
            service.wait(60)
        except subprocess.TimeoutExpired:
            service.kill()
        log.close()
        shutil.rmtree(data, ignore_errors=True)


print("java: %s %s; jar: %s; %d runs, idle %d s; JVM options: %s" % (
    JAVA, subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0], JAR, RUNS, IDLE,
    " ".join(jvm) or "(none)"), flush=True)
results = [run(n + 1) for n in range(RUNS)]
for name, values, unit in (("ready", [r[0] for r in results], "s"), ("idle RSS", [r[1] for r in results], "MiB")):
    print("%s: min %.2f, median %.2f, max %.2f %s" % (name, min(values), statistics.median(values), max(values), unit))
