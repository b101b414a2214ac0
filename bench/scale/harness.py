#!/usr/bin/env python3
"""The scale benchmark's harness (started by bench/scale/run.sh).

For each size N it generates N digests (generate.py), then measures, every
engine as a whole process (wall time, CPU = the child's user + system time,
peak RSS from wait4, the same figure `/usr/bin/time -v` prints):

  ingest        claimkb ingest · bare Xapian · FTS5 trigram (scale_peer)
  disk          per component: SQLite per table (dbstat), Xapian per table file
  search        the 50 queries of queries.tsv, round-robin over claimkb
                search, bare Xapian, FTS5 and rg, `--repeats` rounds
  ask           the questions of ask_questions.txt, `--repeats` rounds
  start-up      `claimkb --version` and a search with no hits
  re-ingest     claimkb ingest of the same, unchanged directory
  incremental   five new episodes added to each engine's index

and writes a Markdown report with ratios (claimkb / peer) and the issue 12
targets. Nothing here asserts a time: it measures and reports.
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
INCREMENTAL_FILES = 5


def run(cmd, stdout=None, env=None):
    """Runs `cmd` to completion; returns (wall s, CPU s, peak RSS KB, exit code)."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout:
            out.close()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode


def payload(path):
    """The command's object inside claimkb's JSON envelope
    ({"schema_version": .., "<command>": {...}})."""
    with open(path) as f:
        data = json.load(f)
    for key, value in data.items():
        if key != "schema_version":
            return value
    raise ValueError(f"{path}: empty JSON envelope")


def output_of(cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def dir_bytes(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def sqlite_tables(path):
    """Bytes per table and index, from SQLite's dbstat virtual table."""
    text = output_of(["sqlite3", "-readonly", path,
                      "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"])
    rows = []
    for line in text.splitlines():
        name, _, size = line.rpartition("|")
        if name:
            rows.append((name, int(size)))
    return rows


def xapian_tables(path):
    """Bytes per Xapian table (postlist, position, termlist, docdata, ...)."""
    sizes = {}
    for name in sorted(os.listdir(path)):
        table = name.split(".")[0]
        sizes[table] = sizes.get(table, 0) + os.path.getsize(os.path.join(path, name))
    return sorted(sizes.items(), key=lambda kv: -kv[1])


def load_queries():
    queries = []
    with open(os.path.join(HERE, "queries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cls, ours, peer = line.rstrip("\n").split("\t")
            queries.append({"class": cls, "claimkb": ours, "peer": peer,
                            "fts5": fts5_can_answer(cls, peer)})
    return queries


def fts5_can_answer(cls, text):
    """False when FTS5 trigram cannot answer the query as asked: claimkb's
    fields have no FTS5 equivalent, and a trigram index holds nothing for a
    word of one or two characters (推理, AI)."""
    if cls == "field":
        return False
    for word in re.findall(r'"[^"]*"|\S+', text):
        word = word.strip('"')
        for run_ in CJK.findall(word):
            if len(run_) < 3:
                return False
        if len(word) < 3:
            return False
    return True


def load_questions():
    with open(os.path.join(HERE, "ask_questions.txt"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def rg_command(text, corpus):
    """ripgrep as a user types it: one fixed string, or for several words a
    pipeline that keeps the lines holding all of them (a PCRE2 look-ahead
    pattern does the same in one process, ~40× slower here)."""
    words = [w.strip('"') for w in re.findall(r'"[^"]*"|\S+', text)]
    if len(words) == 1:
        return ["rg", "-c", "-i", "-F", "--", words[0], corpus]
    script = "rg --no-filename -i -F -- \"$1\" \"$0\""
    for k in range(2, len(words) + 1):
        script += f" | rg -i -F {'-c ' if k == len(words) else ''}-- \"${k}\""
    return ["sh", "-c", script, corpus, *words]


class Bench:
    def __init__(self, args):
        self.args = args
        self.claimkb = args.claimkb
        self.peer = args.peer
        self.queries = load_queries()
        self.questions = load_questions()

    def ck(self, db, *rest):
        return [self.claimkb, "--db", db, *rest]

    def generate(self, out, count, start=0):
        text = output_of([sys.executable, os.path.join(HERE, "generate.py"), "--out", out,
                          "--count", str(count), "--start", str(start), "--seed", self.args.seed,
                          "--shared", self.args.shared])
        return json.loads(text)

    def ingest(self, n, work, corpus):
        """Ingest into every engine; returns the rows and the databases."""
        logs = os.path.join(work, "log")
        os.makedirs(logs, exist_ok=True)
        rows = {}
        ckdb = os.path.join(work, "claimkb")
        out = os.path.join(logs, "claimkb-ingest.json")
        wall, cpu, rss, code = run(self.ck(ckdb, "ingest", "-q", "--format", "json", corpus), out)
        data = payload(out)
        rows["claimkb"] = {"wall": wall, "cpu": cpu, "rss_kb": rss, "exit": code,
                           "claims": data["claims_indexed"], "counts": data["counts"]}
        log(f"[{n}] claimkb ingest: {wall:.1f} s wall, {cpu:.1f} s CPU, {rss / 1024:.0f} MB peak, "
            f"{data['claims_indexed']:,} claims")
        for engine, db in (("xapian", os.path.join(work, "xapian")),
                           ("fts5", os.path.join(work, "fts5.sqlite"))):
            out = os.path.join(logs, f"{engine}-ingest.json")
            wall, cpu, rss, code = run([self.peer, "ingest", engine, db, corpus], out)
            line = json.loads(open(out).read().strip().splitlines()[-1])
            rows[engine] = {"wall": wall, "cpu": cpu, "rss_kb": rss, "exit": code,
                            "claims": line["claims"], "read_extract_s": line["read_extract_s"]}
            log(f"[{n}] {engine} ingest: {wall:.1f} s wall, {cpu:.1f} s CPU, "
                f"{rss / 1024:.0f} MB peak")
        return rows, {"claimkb": ckdb, "xapian": os.path.join(work, "xapian"),
                      "fts5": os.path.join(work, "fts5.sqlite")}

    def disk(self, dbs):
        ck = dbs["claimkb"]
        sqlite_files = [f for f in os.listdir(ck) if f.startswith("claims.sqlite")]
        result = {
            "claimkb": {
                "total": dir_bytes(ck),
                "sqlite": sum(os.path.getsize(os.path.join(ck, f)) for f in sqlite_files),
                "xapian": dir_bytes(os.path.join(ck, "xapian")),
                "sqlite_tables": sqlite_tables(os.path.join(ck, "claims.sqlite"))[:12],
                "xapian_tables": xapian_tables(os.path.join(ck, "xapian")),
            },
            "xapian": {"total": dir_bytes(dbs["xapian"]),
                       "xapian_tables": xapian_tables(dbs["xapian"])},
            "fts5": {"total": dir_bytes(dbs["fts5"]) + sum(
                os.path.getsize(dbs["fts5"] + s) for s in ("-wal", "-shm")
                if os.path.exists(dbs["fts5"] + s)),
                "sqlite_tables": sqlite_tables(dbs["fts5"])},
        }
        return result

    def engines(self, dbs, corpus):
        return {
            "claimkb": lambda q: self.ck(dbs["claimkb"], "search", "--limit", "20", q["claimkb"]),
            "xapian": lambda q: [self.peer, "search", "xapian", dbs["xapian"], q["peer"]],
            "fts5": lambda q: [self.peer, "search", "fts5", dbs["fts5"], q["peer"]],
            "rg": lambda q: rg_command(q["peer"], corpus),
        }

    def hits(self, dbs, corpus, work):
        """Match counts per query and engine, once, untimed."""
        counts = []
        for q in self.queries:
            row = {}
            out = os.path.join(work, "log", "hits.json")
            run(self.ck(dbs["claimkb"], "search", "--limit", "0", "--format", "json",
                        q["claimkb"]), out)
            try:
                row["claimkb"] = payload(out).get("total")
            except (ValueError, AttributeError):
                row["claimkb"] = None
            for engine in ("xapian", "fts5"):
                res = subprocess.run([self.peer, "count", engine, dbs[engine], q["peer"]],
                                     capture_output=True, text=True)
                row[engine] = int(res.stdout.strip()) if res.returncode == 0 else "error"
            res = subprocess.run(rg_command(q["peer"], corpus), capture_output=True, text=True)
            row["rg"] = sum(int(l.rpartition(":")[2]) for l in res.stdout.splitlines() if l)
            counts.append(row)
        return counts

    def searches(self, dbs, corpus):
        engines = self.engines(dbs, corpus)
        samples = {e: [[] for _ in self.queries] for e in engines}
        errors = {e: 0 for e in engines}
        # One warm-up round (page cache), then round-robin rounds.
        for rnd in range(self.args.repeats + 1):
            for k, q in enumerate(self.queries):
                for engine, cmd in engines.items():
                    wall, cpu, _, code = run(cmd(q))
                    ok = code == 0 or (engine == "rg" and code == 1)
                    if rnd == 0:
                        continue
                    if not ok:
                        errors[engine] += 1
                        continue
                    samples[engine][k].append((wall, cpu))
        return samples, errors

    def asks(self, dbs):
        samples = []
        for rnd in range(self.args.repeats + 1):
            for question in self.questions:
                wall, cpu, _, code = run(self.ck(dbs["claimkb"], "ask", question))
                if rnd and code == 0:
                    samples.append((wall, cpu))
        return samples

    def startup(self, dbs):
        rows = {}
        for name, cmd in (("--version", [self.claimkb, "--version"]),
                          ("search, no hits", self.ck(dbs["claimkb"], "search", "zqxjvkw")),
                          ("/bin/true (spawn floor)", ["/bin/true"])):
            s = [run(cmd)[:2] for _ in range(self.args.repeats * 5 + 1)][1:]
            rows[name] = s
        return rows

    def reingest(self, dbs, corpus, work):
        out = os.path.join(work, "log", "reingest.json")
        wall, cpu, rss, code = run(self.ck(dbs["claimkb"], "ingest", "-q", "--format", "json",
                                           corpus), out)
        data = payload(out)
        return {"wall": wall, "cpu": cpu, "rss_kb": rss, "counts": data["counts"]}

    def incremental(self, n, dbs, work):
        inc = os.path.join(work, "incremental")
        gen = self.generate(inc, INCREMENTAL_FILES, start=n)
        rows = {"bytes": gen["total"]["bytes"], "files": gen["total"]["files"]}
        out = os.path.join(work, "log", "inc.json")
        wall, cpu, rss, _ = run(self.ck(dbs["claimkb"], "ingest", "-q", "--format", "json", inc),
                                out)
        data = payload(out)
        rows["claimkb"] = {"wall": wall, "cpu": cpu, "rss_kb": rss, "claims": data["claims_indexed"]}
        for engine in ("xapian", "fts5"):
            wall, cpu, rss, _ = run([self.peer, "ingest", engine, dbs[engine], inc], out)
            line = json.loads(open(out).read().strip().splitlines()[-1])
            rows[engine] = {"wall": wall, "cpu": cpu, "rss_kb": rss, "claims": line["claims"]}
        return rows

    def size(self, n):
        work = os.path.join(self.args.out, str(n))
        shutil.rmtree(work, ignore_errors=True)
        corpus = os.path.join(work, "corpus")
        t0 = time.perf_counter()
        gen = self.generate(corpus, n)
        gen["seconds"] = time.perf_counter() - t0
        log(f"[{n}] generated {gen['total']['files']} files, {gen['total']['bytes'] / 1e6:.1f} MB")
        ingest, dbs = self.ingest(n, work, corpus)
        disk = self.disk(dbs)
        reingest = self.reingest(dbs, corpus, work)
        log(f"[{n}] unchanged re-ingest {reingest['wall']:.2f} s")
        hits = self.hits(dbs, corpus, work)
        samples, errors = self.searches(dbs, corpus)
        log(f"[{n}] searches done")
        asks = self.asks(dbs)
        startup = self.startup(dbs)
        incremental = self.incremental(n, dbs, work)
        log(f"[{n}] ask, start-up, incremental done")
        result = {"n": n, "generate": gen, "ingest": ingest, "disk": disk, "reingest": reingest,
                  "hits": hits, "search": samples, "search_errors": errors, "ask": asks,
                  "startup": startup, "incremental": incremental}
        if not self.args.keep:
            shutil.rmtree(work, ignore_errors=True)
        return result


def log(message):
    print(f"{datetime.now(timezone.utc).strftime('%H:%M:%S')} {message}", flush=True)


# ---------------------------------------------------------------- reporting

def ms(x):
    return f"{x * 1000:.1f} ms" if x == x else "—"


def mb(b):
    return f"{b / 1e6:,.1f} MB"


def ratio(a, b):
    return f"{a / b:.2f}" if b else "—"


def wall_cpu(samples):
    return [s[0] for s in samples], [s[1] for s in samples]


def flat(per_query, select=None):
    out = []
    for k, s in enumerate(per_query):
        if select is None or select(k):
            out.extend(s)
    return out


def report(results, meta, queries):
    lines = []
    w = lines.append
    w("# Scale benchmark results")
    w("")
    w("Produced by `bench/scale/run.sh` (see bench/README.md, *scale*); do not edit by hand.")
    w("")
    w("```")
    w(meta["command"])
    w("```")
    w("")
    for key in ("date", "machine", "versions", "commit", "load"):
        w(f"- **{key}**: {meta[key]}")
    w("")
    w("Every figure is a whole process as a user runs it, on the generated digests "
      "(`bench/scale/generate.py`, seed above). Wall time is what a user waits; CPU is "
      "the child's user + system time, steadier on a shared machine. Ratios are "
      "claimkb / peer: for a rate above 1 claimkb is faster, for a time or a size "
      "above 1 claimkb is slower or bigger.")
    for r in results:
        n = r["n"]
        gen = r["generate"]["total"]
        md_bytes = gen["bytes"]
        ing = r["ingest"]
        w("")
        w(f"## {n:,} episodes")
        w("")
        fams = ", ".join(f"{k} {v['episodes']}" for k, v in
                         sorted(r["generate"]["families"].items(), key=lambda kv: -kv[1]["episodes"]))
        w(f"{gen['files']:,} files, {mb(md_bytes)} of digests ({fams}).")
        w("")
        w("### Ingest")
        w("")
        w("| engine | wall | CPU | MB/s | claims | claims/s | peak RSS | claimkb / peer MB/s |")
        w("|---|---|---|---|---|---|---|---|")
        ck = ing["claimkb"]
        for e, label in (("claimkb", "claimkb"), ("xapian", "bare Xapian"), ("fts5", "FTS5 trigram")):
            row = ing[e]
            rate = md_bytes / 1e6 / row["wall"]
            w(f"| {label} | {row['wall']:.1f} s | {row['cpu']:.1f} s | {rate:.2f} | "
              f"{row['claims']:,} | {row['claims'] / row['wall']:,.0f} | {row['rss_kb'] / 1024:.0f} MB | "
              f"{ratio(row['wall'], ck['wall']) if e != 'claimkb' else '1.00'} |")
        w("")
        w(f"Peers read and extract with claimkb's reader first "
          f"(bare Xapian {ing['xapian']['read_extract_s']:.1f} s, FTS5 "
          f"{ing['fts5']['read_extract_s']:.1f} s of their wall time), so all three index the "
          f"same claims. claimkb's file outcomes: {ck['counts']}.")
        w("")
        d = r["disk"]
        w("### On disk")
        w("")
        w("| engine | total | × Markdown | claimkb / peer |")
        w("|---|---|---|---|")
        for e, label in (("claimkb", "claimkb"), ("xapian", "bare Xapian"), ("fts5", "FTS5 trigram")):
            w(f"| {label} | {mb(d[e]['total'])} | {d[e]['total'] / md_bytes:.1f}× | "
              f"{ratio(d['claimkb']['total'], d[e]['total'])} |")
        w("")
        w(f"claimkb: SQLite {mb(d['claimkb']['sqlite'])}, Xapian {mb(d['claimkb']['xapian'])}.")
        w("")
        w("| component | claimkb | bare Xapian | FTS5 |")
        w("|---|---|---|---|")
        for name, size in d["claimkb"]["xapian_tables"]:
            peer = dict(d["xapian"]["xapian_tables"]).get(name)
            w(f"| Xapian `{name}` | {mb(size)} | {mb(peer) if peer else '—'} | |")
        for name, size in d["claimkb"]["sqlite_tables"]:
            w(f"| SQLite `{name}` | {mb(size)} | | |")
        for name, size in d["fts5"]["sqlite_tables"]:
            w(f"| FTS5 `{name}` | | | {mb(size)} |")
        w("")
        w("### Search, 50 queries as whole processes")
        w("")
        s = r["search"]
        ans = lambda k: queries[k]["fts5"]
        w(f"{meta['repeats']} rounds after a warm-up round, engines round-robin per query. "
          "p50/p99 over all samples of the set. FTS5-answerable: the "
          f"{sum(q['fts5'] for q in queries)} queries with no field and no word under three "
          "characters; the others are counted apart.")
        w("")
        w("| engine | all: wall p50 | wall p99 | CPU p50 | FTS5-answerable: wall p50 | "
          "the rest: wall p50 | errors | claimkb / peer wall p50 (all) |")
        w("|---|---|---|---|---|---|---|---|")
        ck_all = percentile(wall_cpu(flat(s["claimkb"]))[0], 50)
        for e, label in (("claimkb", "claimkb search"), ("xapian", "bare Xapian"),
                         ("fts5", "FTS5 trigram"), ("rg", "ripgrep")):
            wall_all, cpu_all = wall_cpu(flat(s[e]))
            wall_ans = wall_cpu(flat(s[e], ans))[0]
            wall_rest = wall_cpu(flat(s[e], lambda k: not ans(k)))[0]
            p50 = percentile(wall_all, 50)
            w(f"| {label} | {ms(p50)} | {ms(percentile(wall_all, 99))} | "
              f"{ms(percentile(cpu_all, 50))} | {ms(percentile(wall_ans, 50))} | "
              f"{ms(percentile(wall_rest, 50))} | {r['search_errors'][e]} | {ratio(ck_all, p50)} |")
        w("")
        w("Wall p50 per class (claimkb / bare Xapian / FTS5 / rg) and summed matches:")
        w("")
        w("| class | claimkb | bare Xapian | FTS5 | rg | matches claimkb / Xapian / FTS5 / rg lines |")
        w("|---|---|---|---|---|---|")
        for cls in dict.fromkeys(q["class"] for q in queries):
            sel = lambda k, c=cls: queries[k]["class"] == c
            cells = [ms(percentile(wall_cpu(flat(s[e], sel))[0], 50))
                     for e in ("claimkb", "xapian", "fts5", "rg")]
            sums = []
            for e in ("claimkb", "xapian", "fts5", "rg"):
                vals = [r["hits"][k][e] for k in range(len(queries)) if sel(k)]
                nums = [v for v in vals if isinstance(v, int)]
                errs = len(vals) - len(nums)
                sums.append(f"{sum(nums):,}" + (f" (+{errs} err)" if errs else ""))
            zero_fts = sum(1 for k in range(len(queries)) if sel(k) and r["hits"][k]["fts5"] == 0)
            w(f"| {cls} | " + " | ".join(cells) + f" | {' / '.join(sums)} "
              f"({zero_fts} FTS5 zero) |")
        w("")
        a = r["ask"]
        st = r["startup"]
        w("### ask, start-up, re-ingest, incremental add")
        w("")
        w("| measure | wall p50 | wall p99 | CPU p50 |")
        w("|---|---|---|---|")
        aw, ac = wall_cpu(a)
        w(f"| `claimkb ask` ({len(a)} runs of {meta['questions']} questions) | "
          f"{ms(percentile(aw, 50))} | {ms(percentile(aw, 99))} | {ms(percentile(ac, 50))} |")
        for name, samples in st.items():
            sw, sc = wall_cpu(samples)
            w(f"| {name} | {ms(percentile(sw, 50))} | {ms(percentile(sw, 99))} | "
              f"{ms(percentile(sc, 50))} |")
        re_ = r["reingest"]
        w("")
        w(f"Unchanged re-ingest of all {gen['files']:,} files: {re_['wall']:.2f} s wall, "
          f"{re_['cpu']:.2f} s CPU, peak RSS {re_['rss_kb'] / 1024:.0f} MB; outcomes {re_['counts']}.")
        inc = r["incremental"]
        w("")
        w(f"Incremental add of {INCREMENTAL_FILES} new episodes ({inc['files']} files, "
          f"{mb(inc['bytes'])}) to the {n:,}-episode index:")
        w("")
        w("| engine | wall | CPU | claims | peak RSS | claimkb / peer wall |")
        w("|---|---|---|---|---|---|")
        for e, label in (("claimkb", "claimkb"), ("xapian", "bare Xapian"), ("fts5", "FTS5 trigram")):
            row = inc[e]
            w(f"| {label} | {row['wall']:.2f} s | {row['cpu']:.2f} s | {row['claims']:,} | "
              f"{row['rss_kb'] / 1024:.0f} MB | {ratio(inc['claimkb']['wall'], row['wall'])} |")
    w("")
    w(targets(results[-1]))
    return "\n".join(lines) + "\n"


def targets(r):
    """Issue 12's "Done when", at the largest size of this run."""
    n = r["n"]
    md_bytes = r["generate"]["total"]["bytes"]
    ing = r["ingest"]
    x_ratio = ing["xapian"]["wall"] / ing["claimkb"]["wall"]
    f_ratio = ing["fts5"]["wall"] / ing["claimkb"]["wall"]
    search_p50 = percentile(wall_cpu(flat(r["search"]["claimkb"]))[0], 50)
    search_cpu = percentile(wall_cpu(flat(r["search"]["claimkb"]))[1], 50)
    ask_p50 = percentile(wall_cpu(r["ask"])[0], 50)
    ask_cpu = percentile(wall_cpu(r["ask"])[1], 50)
    disk_x = r["disk"]["claimkb"]["total"] / md_bytes
    re_s = r["reingest"]["wall"]
    rss_mb = ing["claimkb"]["rss_kb"] / 1024
    nohit = percentile(wall_cpu(r["startup"]["search, no hits"])[0], 50)
    nohit_cpu = percentile(wall_cpu(r["startup"]["search, no hits"])[1], 50)

    def row(name, target, value, met, miss):
        return f"| {name} | {target} | {value} | {'met' if met else 'missed: ' + miss} |"

    out = [f"## Issue 12 targets at {n:,} episodes", "",
           "Verdicts are on wall time, as the issue states its bars; the CPU time "
           "beside it is the share the machine's load does not inflate.", "",
           "| target | bar | measured | verdict |", "|---|---|---|---|",
           row("ingest vs bare Xapian (same tokenisation)", "≥ 1.0×", f"{x_ratio:.2f}× "
               f"(FTS5: {f_ratio:.2f}×)", x_ratio >= 1.0,
               f"{1 / x_ratio:.2f}× slower than bare Xapian; {1 / f_ratio:.1f}× slower than FTS5"),
           row("search p50, whole process", "≤ 5 ms", f"{ms(search_p50)} (CPU {ms(search_cpu)})", search_p50 <= 0.005,
               f"by {ms(search_p50 - 0.005)} ({search_p50 / 0.005:.1f}×)"),
           row("`ask` p50", "≤ 50 ms", f"{ms(ask_p50)} (CPU {ms(ask_cpu)})", ask_p50 <= 0.050,
               f"by {ms(ask_p50 - 0.050)} ({ask_p50 / 0.050:.1f}×)"),
           row("disk", "≤ 8× the Markdown", f"{disk_x:.1f}×", disk_x <= 8,
               f"by {disk_x - 8:.1f}× of the Markdown ({mb(r['disk']['claimkb']['total'] - 8 * md_bytes)})"),
           row("unchanged re-ingest", "≤ 2 s", f"{re_s:.2f} s", re_s <= 2, f"by {re_s - 2:.2f} s"),
           row("peak ingest RSS", "≤ 200 MB", f"{rss_mb:.0f} MB", rss_mb <= 200,
               f"by {rss_mb - 200:.0f} MB"),
           row("search with no hits (item 4)", "< 3 ms", f"{ms(nohit)} (CPU {ms(nohit_cpu)})", nohit < 0.003,
               f"by {ms(nohit - 0.003)}"),
           "| retrieval recall | does not drop | not measured by this harness | run `bench/ask_retrieval` |"]
    return "\n".join(out)


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return f"{os.cpu_count()} CPUs ({cpu}), {mem} RAM, {platform.platform()}"


def versions():
    parts = []
    for label, cmd in (("Xapian", ["xapian-config", "--version"]),
                       ("SQLite", ["sqlite3", "--version"]), ("ripgrep", ["rg", "--version"])):
        try:
            words = output_of(cmd).split()
            # xapian-config prints "xapian-config - xapian-core 1.4.22"; the
            # others "3.40.1 2022-12-28 ..." and "ripgrep 13.0.0 ...".
            version = next(w for w in words if re.fullmatch(r"\d+\.\d+(\.\d+)?", w))
            parts.append(f"{label} {version}")
        except (OSError, StopIteration):
            parts.append(f"{label} missing")
    return ", ".join(parts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="1000,10000")
    p.add_argument("--seed", default="1")
    p.add_argument("--out", default=None)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--claimkb", required=True)
    p.add_argument("--peer", required=True)
    p.add_argument("--shared", required=True)
    p.add_argument("--results", default=None)
    p.add_argument("--json", default=None)
    p.add_argument("--command", default=" ".join(sys.argv))
    p.add_argument("--commit", default="?")
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    made_out = args.out is None
    args.out = args.out or tempfile.mkdtemp(prefix="claimkb-scale-")
    os.makedirs(args.out, exist_ok=True)
    bench = Bench(args)
    load_before = open("/proc/loadavg").read().split()[:3]
    meta = {"command": args.command, "repeats": args.repeats, "questions": len(bench.questions),
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": machine(), "versions": versions(), "commit": args.commit}
    results = []
    try:
        for n in sizes:
            results.append(bench.size(n))
            if args.json:
                with open(args.json, "w") as f:
                    json.dump(results, f)
            meta["load"] = (f"load average {' '.join(load_before)} at start, "
                            f"{' '.join(open('/proc/loadavg').read().split()[:3])} at the end; "
                            f"seed {args.seed}")
            text = report(results, meta, bench.queries)
            if args.results:
                with open(args.results, "w") as f:
                    f.write(text)
    finally:
        if made_out and not args.keep:
            shutil.rmtree(args.out, ignore_errors=True)
    print(text)


if __name__ == "__main__":
    main()
