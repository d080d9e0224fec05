#!/usr/bin/env python3
"""The 1 GB promise, probed: every hostile input of RELIABILITY.md's issue-13 rows, generated in a temp folder (never
committed), run through `reportminer ingest` or `reportminer extract` with REPORTMINER_JAVA_OPTS="-Xss4m -Xmx1g".

For each input it records the wall time, the CPU time of the command and the parse children it reaped (user + sys,
which a busy machine changes far less than the wall time), the peak RSS summed over the whole process tree (the command's JVM and its
parse children, sampled every 0.1 s from /proc) and the outcome (exit status and the last line on stderr). A run
that passes --limit seconds is killed and reported as such. Prints a Markdown table; --json FILE also writes the rows.

Usage (from the checkout, after `mvn -B -q -o package -DskipTests -pl cli -am`):
    scripts/hostile-probe.py [--only NAME,...] [--keep DIR] [--limit 300] [--json out.json]
--keep DIR keeps the generated inputs there and reuses them on the next run (the .docx bombs take a minute to make).
Linux only (/proc).
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MB = 1 << 20
PAGE = os.sysconf("SC_PAGE_SIZE")

# ---------------------------------------------------------------------------------------------------------- inputs

DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.wordprocessingml.document.main+xml"/></Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
WORDS = ("整改 落实 问题 干部 监督 责任 制度 党委 巡察 通报 工作 推进 加强 严格 学习 组织 纪律 资金 项目 管理 "
         "考核 整治 作风 基层 群众 服务 规范 审批 检查 督导 执行 完善 建立 健全 清理 核查 追责 约谈 反馈 台账").split()


def docx(path, total_bytes, paragraph):
    """A .docx whose document.xml is `total_bytes` of paragraphs from `paragraph()`, streamed into the zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("_rels/.rels", DOCX_RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
                      b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            written = 0
            while written < total_bytes:
                block = paragraph()
                out.write(block)
                written += len(block)
            out.write(b"</w:body></w:document>")


def dense_docx(path):
    # one short paragraph over and over: ~1 GB at a ratio far over 100:1
    block = "<w:p><w:r><w:t>整改落实情况</w:t></w:r></w:p>".encode() * 100_000
    docx(path, 1024 * MB, lambda: block)


def low_ratio_docx(path):
    # two random words of 40 and a fixed tail: about 17:1 (a ~70 MB file, under the 100 MB limit), under POI's 100:1
    # bomb check; an 8 MB block repeated (deflate only sees 32 KB back)
    rnd = random.Random(13)
    paras = []
    size = 0
    while size < 8 * MB:
        p = "<w:p><w:r><w:t>" + "".join(rnd.choice(WORDS) for _ in range(2)) + "，整改落实情况良好</w:t></w:r></w:p>"
        paras.append(p)
        size += len(p.encode())
    block = "".join(paras).encode()
    docx(path, 1229 * MB, lambda: block)


def pdf_1gb_stream(path):
    """A small PDF whose one page's content stream inflates to 1 GB of text operators."""
    op = b"BT /F1 12 Tf 72 720 Td (reportminer) Tj ET\n"
    comp = zlib.compressobj(9)
    chunk = op * (MB // len(op))
    parts = [comp.compress(chunk) for _ in range(1024)]
    parts.append(comp.flush())
    stream = b"".join(parts)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
            b" /Contents 4 0 R >>",
            b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n" \
        + str(xref).encode() + b"\n%%EOF\n"
    with open(path, "wb") as f:
        f.write(out)


def example_text():
    with open(os.path.join(ROOT, "examples", "2024-巡察整改进展情况.txt"), encoding="utf-8") as f:
        return f.read()


def html_50mb(path):
    lines = [l for l in example_text().splitlines() if l.strip()]
    with open(path, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>通报</title></head><body>\n')
        size, i = 0, 0
        while size < 50 * MB:
            p = "<p>" + lines[i % len(lines)] + "</p>\n"
            f.write(p)
            size += len(p.encode())
            i += 1
        f.write("</body></html>\n")


def write_lines(path, total_bytes, line):
    """`line(i)` for i = 0, 1, … until the file holds `total_bytes`, in 1 MB writes."""
    with open(path, "wb") as f:
        size, i, buf = 0, 0, []
        while size < total_bytes:
            b = line(i).encode()
            if size + len(b) > total_bytes:
                break
            buf.append(b)
            size += len(b)
            i += 1
            if len(buf) >= 20_000:
                f.write(b"".join(buf))
                buf = []
        f.write(b"".join(buf))


def txt_99mb(path):
    # count-dense lines, just under the 100 MB (104,857,600 bytes) limit
    write_lines(path, 100 * MB - 64 * 1024, lambda i: "查处违纪%d人，处理%d人，追回资金%d万元。\n" % (i % 997, i % 89, i % 4001))


def txt_20mb_one_line(path):
    write_lines(path, 20 * MB, lambda i: WORDS[i % len(WORDS)])


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


HEAD = "关于巡视整改进展情况的通报\n一、存在的问题\n（一）理论学习不深入的问题。\n"
MIXED = ("一、问题%d", "（一）问题%d", "%d.问题%d", "①问题%d", "一是问题%d")


def mixed(i):
    f = MIXED[i % len(MIXED)]
    return (f % (i, i) if f.count("%d") == 2 else f % i) + "\n"


def repeated_example(limit):
    text = example_text()
    return (text * (limit // len(text) + 1))[:limit]


# name, command, generator (path → None), file suffix, what it is (the RELIABILITY row)
CASES = [
    ("docx-dense", "ingest", dense_docx, ".docx", ".docx, document.xml inflating to 1 GB of short paragraphs"),
    ("docx-low-ratio", "ingest", low_ratio_docx, ".docx", ".docx inflating to 1.2 GB at ~17:1"),
    ("pdf-1gb-stream", "ingest", pdf_1gb_stream, ".pdf", "PDF whose content stream inflates to 1 GB"),
    ("html-50mb", "ingest", html_50mb, ".html", "50 MB .html"),
    ("txt-99mb", "ingest", txt_99mb, ".txt", ".txt just under 100 MB (count-dense lines)"),
    ("txt-20mb-one-line", "ingest", txt_20mb_one_line, ".txt", "20 MB .txt with no line break"),
    ("digits-200k", "extract", lambda p: write_text(p, "共" + "1234567890" * 20_000 + "个。\n"), ".txt",
     "200k digits then 个。"),
    ("circled-100k", "extract", lambda p: write_text(p, HEAD + "①建立学习制度。\n" * 100_000), ".txt",
     "100k lines of ①建立学习制度。 under one finding"),
    ("paren-100k", "extract", lambda p: write_text(p, "".join("（一）问题%d\n" % i for i in range(100_000))),
     ".txt", "100k lines of （一）问题N"),
    ("chinese-100k", "extract", lambda p: write_text(p, "".join("一、问题%d\n" % i for i in range(100_000))),
     ".txt", "100k lines of 一、问题N"),
    ("mixed-100k", "extract", lambda p: write_text(p, "".join(mixed(i) for i in range(100_000))), ".txt",
     "100k lines of mixed enumerations"),
    ("totals-50k", "extract",
     lambda p: write_text(p, "".join("共发现问题%d个，已整改%d个。\n" % (i % 500 + 10, i % 500) for i in range(50_000))),
     ".txt", "50k lines of stated totals"),
    ("counts-100k", "extract", lambda p: write_text(p, "".join("查处违纪%d人。" % (i % 1000) for i in range(100_000))
                                                        + "\n"), ".txt", "100k counts 查处违纪N人。 on one line"),
    ("no-punct-1m", "extract", lambda p: write_text(p, "".join(WORDS[i % len(WORDS)] for i in range(500_000))),
     ".txt", "1 M characters without punctuation or line break"),
    ("example-1m", "extract", lambda p: write_text(p, repeated_example(1_000_000)), ".txt",
     "an example report repeated to 1 M characters"),
]

# ---------------------------------------------------------------------------------------------------------- running


def tree_rss(root):
    """Bytes of RSS summed over `root` and all its descendants."""
    parent = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open("/proc/%s/stat" % d) as f:
                    s = f.read()
                parent[int(d)] = int(s[s.rindex(")") + 2:].split()[1])
            except (OSError, ValueError):
                pass
    tree, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        for c, pp in parent.items():
            if pp == p and c not in tree:
                tree.add(c)
                frontier.append(c)
    total = 0
    for p in tree:
        try:
            with open("/proc/%d/statm" % p) as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, ValueError):
            pass
    return total


def run(command, limit):
    env = dict(os.environ, REPORTMINER_JAVA_OPTS="-Xss4m -Xmx1g", REPORTMINER_SKIP_BUILD="1")
    err = tempfile.TemporaryFile()
    t0 = time.monotonic()
    # stdout and stderr in one file: the summary (stdout) and the problems (stderr) both say what happened
    p = subprocess.Popen(command, stdout=err, stderr=err, env=env, start_new_session=True)
    peak, killed, code, cpu = 0, False, None, 0.0
    while True:
        # wait4 rather than poll: its rusage holds the CPU of the command and of the parse children it reaped, the
        # figure that does not depend on how busy the machine is
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            code, cpu = os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime
            break
        peak = max(peak, tree_rss(p.pid))
        if time.monotonic() - t0 > limit:
            os.killpg(p.pid, 9)
            killed = True
            _, status, usage = os.wait4(p.pid, 0)
            code, cpu = os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime
            break
        time.sleep(0.1)
    p.returncode = code
    secs = time.monotonic() - t0
    err.seek(0)
    lines = [l for l in err.read().decode("utf-8", "replace").splitlines() if l.strip()]
    return secs, cpu, peak, code, killed, lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="comma-separated case names: " + ", ".join(c[0] for c in CASES))
    ap.add_argument("--keep", help="keep (and reuse) the generated inputs in this folder")
    ap.add_argument("--limit", type=float, default=300, help="kill a run after this many seconds (default 300)")
    ap.add_argument("--json", help="also write the rows as JSON to this file")
    args = ap.parse_args()
    launcher = os.path.join(ROOT, "reportminer")
    if not os.path.isfile(os.path.join(ROOT, "cli", "target", "reportminer.jar")):
        sys.exit("build first: mvn -B -q -o package -DskipTests -pl cli -am")
    only = set(args.only.split(",")) if args.only else None
    work = tempfile.mkdtemp(prefix="reportminer-probe-")
    inputs = args.keep or os.path.join(work, "inputs")
    os.makedirs(inputs, exist_ok=True)
    rows = []
    try:
        with open("/proc/loadavg") as f:
            print("load at start: " + " ".join(f.read().split()[:3]), file=sys.stderr)
        for name, cmd, make, suffix, what in CASES:
            if only and name not in only:
                continue
            path = os.path.join(inputs, name + suffix)
            if not os.path.exists(path):
                make(path + ".part")
                os.replace(path + ".part", path)
            if cmd == "ingest":
                command = [launcher, "ingest", "--store", os.path.join(work, "store-" + name), path]
            else:
                command = [launcher, "extract", "-o", os.path.join(work, name + ".json"), path]
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            secs, cpu, peak, code, killed, lines = run(command, args.limit)
            outcome = ("killed after %.0f s" % args.limit) if killed else "exit %d" % code
            last = lines[-1] if lines else ""
            row = {"case": name, "input": what, "bytes": os.path.getsize(path), "command": cmd,
                   "seconds": round(secs, 1), "cpuSeconds": round(cpu, 1), "peakTreeRssMB": round(peak / MB), "outcome": outcome,
                   "lastLine": last[:200], "load": load}
            row["output"] = lines[-6:]
            rows.append(row)
            print("%-18s %-7s %7.1f s %7.1f s CPU %6d MB  %s  load %s  %s" % (name, cmd, secs, cpu, peak / MB, outcome, load,
                                                                    last[:160]), file=sys.stderr, flush=True)
        with open("/proc/loadavg") as f:
            print("load at end: " + " ".join(f.read().split()[:3]), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| input | file | command | time | CPU (tree) | peak RSS (tree) | outcome | load |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| %s | %.1f MB | %s | %.1f s | %.1f s | %d MB | %s: %s | %s |" % (
            r["input"], r["bytes"] / MB, r["command"], r["seconds"], r["cpuSeconds"], r["peakTreeRssMB"], r["outcome"],
            r["lastLine"].replace("|", "\\|"), r["load"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
