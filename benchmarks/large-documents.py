#!/usr/bin/env python3
"""Imports generated documents far larger than the genre's through the importDocument mutation, while one reader
asks a cheap query, and prints a Markdown table row per document (issue 11: "10,000 sections in seconds").

Usage: large-documents.py BASE_URL ADMIN_TOKEN [KIND:SIZE ...]   (default: sections:1000 sections:9999
topics:1000 topics:10000). `sections:N` is a 目标责任书 of N department sections (一、 … 九千九百九十九、: numerals of headings stop there), one clause
each, every clause from one template; `topics:N` is an 实施方案 of N tasks in sections of 100, each with a role
parenthetical, their words drawn from a small vocabulary (so that many look alike).
"""
import json
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request

DIGITS = "零一二三四五六七八九"


def chinese(i):
    out, zero = "", False
    for k, ch in enumerate(str(i)):
        d, place = int(ch), len(str(i)) - k - 1
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += ("" if d == 1 and place == 1 and not out else DIGITS[d]) + ["", "十", "百", "千"][place]
    return out


def sections(n):
    lines = ["2023年松岚区大气污染防治各有关部门目标责任书", ""]
    for i in range(1, n + 1):
        lines += [f"{chinese(i)}、区第{i}工作局", f"1.牵头完成第{i}项整治任务，2023年底前完成{i}个点位。"]
    return "\n".join(lines) + "\n"


def topics(n):
    rnd = random.Random(1)
    depts = ["区发展改革委", "区教育局", "区科技局", "区工信局", "区公安分局", "区民政局", "区司法局", "区财政局",
             "区人社局", "区住建局", "区城管局", "区交通运输局", "区水利局", "区农业农村局", "区商务局", "区文旅局",
             "区卫健委", "区应急管理局", "区市场监管局", "区统计局", "区生态环境局", "区自然资源局"]
    verbs = ["推进", "加强", "完善", "落实", "开展", "组织", "实施", "健全"]
    objs = ["污染源排查", "河道整治", "扬尘管控", "垃圾分类", "臭氧防治", "餐饮油烟治理", "工业园区整治", "农村污水处理",
            "危险废物监管", "噪声治理", "黑臭水体整治", "秸秆禁烧"]
    lines, t = ["2024年松岚区生态环境整治实施方案", ""], 0
    for s in range(1, n // 100 + 1):
        lines.append(f"{chinese(s)}、第{s}方面重点任务")
        for k in range(1, 101):
            t += 1
            lead, a, b = rnd.sample(depts, 3)
            lines.append(f"{k}.{rnd.choice(verbs)}{rnd.choice(objs)}{rnd.choice(verbs)}{rnd.choice(objs)}工作，"
                         f"{2024 + t % 3}年底前完成{rnd.randint(1, 99)}个点位。（牵头单位：{lead}，配合单位：{a}、{b}）")
    return "\n".join(lines) + "\n"


def post(base, token, query, variables, timeout=900):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    body = json.dumps({"query": query, "variables": variables}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(base + "/graphql", body, headers), timeout=timeout) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as e:
        return {"errors": [{"message": f"HTTP {e.code}"}]}


def main():
    base, token = sys.argv[1], sys.argv[2]
    runs = sys.argv[3:] or ["sections:1000", "sections:9999", "topics:1000", "topics:10000"]
    print("| document | bytes | import s | tasks stored | result | cheap reads during import | read p50 ms | read p99 ms |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for run in runs:
        kind, size = run.split(":")
        text = (sections if kind == "sections" else topics)(int(size))
        done, latencies = threading.Event(), []

        def reader():
            while not done.is_set():
                t = time.time()
                post(base, None, "{ documents { id } }", {}, timeout=60)
                latencies.append((time.time() - t) * 1000)
                time.sleep(0.05)

        th = threading.Thread(target=reader)
        th.start()
        started = time.time()
        answer = post(base, token, "mutation($t: String!, $id: ID) { importDocument(text: $t, id: $id) "
                                   "{ taskCount millis warnings } }", {"t": text, "id": f"large-{kind}-{size}"})
        seconds = time.time() - started
        done.set()
        th.join()
        data = (answer.get("data") or {}).get("importDocument")
        result = "imported" if data else answer["errors"][0]["message"][:60]
        lat = sorted(latencies)
        p = lambda q: round(lat[min(len(lat) - 1, int(q * len(lat)))]) if lat else "-"
        print(f"| {run} | {len(text.encode())} | {seconds:.1f} | {data['taskCount'] if data else '-'} | {result} "
              f"| {len(lat)} | {p(0.5)} | {p(0.99)} |", flush=True)


if __name__ == "__main__":
    main()
