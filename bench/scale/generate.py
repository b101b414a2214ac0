#!/usr/bin/env python3
"""Writes N synthetic podcast digests for the scale benchmark.

Every episode is recombined from the real digests in ../shared/corpus and
../shared/corpus-more, in the formats those pipelines write (and the reader
reads): summariser Markdown with a cover block, sectioned notes with YAML
front matter, structured dialogue, PodWiki summaries and ASR transcripts with
their README.md sidecar, and WebVTT, SRT and Podcasting 2.0 JSON transcripts
made from the PodWiki transcript segments. Per episode it varies the title,
date, URL and video id, relabels speakers, mixes sections of other digests of
the same family into the template's, shuffles the order of sections and of
bullet runs, and retimes section headings so that times still increase. The
text stays real sentences; only their arrangement is new, so files and their
hashes differ.

Episode i depends only on (seed, i), never on N: `--count 1000` writes the
first 1,000 episodes of `--count 10000`, and `--start N --count 5` writes five
episodes that are new to a database of the first N. Nothing is written into
the project: the output directory is the caller's (a temporary directory).

Usage: generate.py --out DIR --count N [--start S] [--seed SEED] [--shared DIR]
Prints one JSON line: files, bytes and episodes per family.
"""

import argparse
import base64
import hashlib
import json
import os
import random
import re
import sys
from datetime import date, timedelta

# Share of episodes per family. The summariser's digests dominate, as they do
# in a user's folder; the transcripts are the long tail of other tools.
FAMILY_WEIGHTS = [
    ("summariser", 0.42),
    ("notes", 0.14),
    ("dialogue", 0.12),
    ("podwiki-summary", 0.12),
    ("podwiki-transcript", 0.05),
    ("vtt", 0.05),
    ("srt", 0.05),
    ("podcast-json", 0.05),
]

HEADING = re.compile(r"^(#{1,6})\s")
BULLET = re.compile(r"^\s*[-*]\s")
# A speaker label at the start of a line: **Name**： or **Name**: (the
# colon outside the bold; **问：** with the colon inside is a field label).
SPEAKER_LABEL = re.compile(r"^\*\*([^*\n：:]{1,24})\*\*([：:])")
ROLE_LABELS = {"主持人", "问", "答", "Host", "Q", "A", "嘉宾", "旁白", "观众"}
TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
TIME_RANGE = re.compile(r"(" + TIME + r")(\s*[-–~]\s*)(" + TIME + r")")
TRANSCRIPT_LINE = re.compile(r"^\[(\d{1,2}):(\d{2}):(\d{2})\]\s*(.*?)\s*$")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def nbytes(lines):
    return len("\n".join(lines).encode())


def seconds(text):
    parts = [int(p) for p in text.split(":")]
    value = 0
    for p in parts:
        value = value * 60 + p
    return value


def hms(total):
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


class Source:
    """One real digest, cut into a header and a pool of body blocks."""

    def __init__(self, path, text, sidecar=None):
        self.path = path
        self.text = text
        self.sidecar = sidecar
        self.front, lines = split_front_matter(text)
        self.header, self.blocks = split_blocks(lines)
        self.segments = []  # (second, text) for transcripts
        for line in lines:
            m = TRANSCRIPT_LINE.match(line)
            if m:
                t = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
                if m.group(4):
                    self.segments.append((t, m.group(4)))
        self.title = find_title(self.front + lines, sidecar)
        self.speakers = sorted({m.group(1) for line in lines
                                for m in [SPEAKER_LABEL.match(line)] if m} - ROLE_LABELS)


def split_front_matter(text):
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for k in range(1, len(lines)):
            if lines[k].strip() == "---":
                return lines[: k + 1], lines[k + 1:]
    return [], lines


def split_blocks(lines):
    """Header (kept, in order) and body blocks (recombined).

    The body level is the heading level that cuts the digest into the most
    sections (### where a file has three or more, else ##). The header runs
    to the first heading of that level; with ## as the body level the first
    ## block (the cover) stays in the header too.
    """
    levels = [len(HEADING.match(l).group(1)) for l in lines if HEADING.match(l)]
    body_level = 3 if levels.count(3) >= 3 else 2
    starts = [k for k, l in enumerate(lines)
              if HEADING.match(l) and len(HEADING.match(l).group(1)) <= body_level]
    first_body = next((k for k in starts
                       if len(HEADING.match(lines[k]).group(1)) == body_level), len(lines))
    if body_level == 2:
        later = [k for k in starts if k > first_body]
        first_body = later[0] if later else len(lines)
    body_starts = [k for k in starts if k >= first_body]
    header = lines[:first_body]
    blocks = []
    for a, b in zip(body_starts, body_starts[1:] + [len(lines)]):
        blocks.append(lines[a:b])
    return header, blocks


def find_title(lines, sidecar):
    for line in lines:
        for key in ("- 标题：", "title:"):
            if line.startswith(key):
                return line[len(key):].strip().strip('"')
    for line in lines:
        if line.startswith("# "):
            return line[2:].strip()
    if sidecar:
        for line in sidecar.split("\n"):
            if line.startswith("title:"):
                return line[6:].strip().strip('"')
    return "Untitled episode"


def load_sources(shared):
    corpus = os.path.join(shared, "corpus")
    more = os.path.join(shared, "corpus-more")
    families = {name: [] for name, _ in FAMILY_WEIGHTS}
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".md") and not name.startswith("note-") and name != "README.md":
            path = os.path.join(corpus, name)
            families["summariser"].append(Source(path, read(path)))
    for root, dirs, files in os.walk(more):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if "awesome-ai-podcast-notes" in path:
                family = "dialogue" if name.endswith(".structured.md") else "notes"
                families[family].append(Source(path, read(path)))
            elif "PodWiki" in path and name != "README.md":
                readme = os.path.join(root, "README.md")
                sidecar = read(readme) if os.path.exists(readme) else None
                if sidecar is None:
                    continue
                family = "podwiki-transcript" if name.startswith("transcript") else "podwiki-summary"
                families[family].append(Source(path, read(path), sidecar))
    # Timed transcripts are made from the PodWiki ASR segments.
    for family in ("vtt", "srt", "podcast-json"):
        families[family] = families["podwiki-transcript"]
    missing = [f for f, s in families.items() if not s]
    if missing:
        sys.exit(f"generate.py: no source digests for {missing} under {shared}")
    return families


def pick_family(rng):
    x = rng.random()
    for name, weight in FAMILY_WEIGHTS:
        x -= weight
        if x < 0:
            return name
    return FAMILY_WEIGHTS[-1][0]


def shuffle_bullet_runs(lines, rng):
    """Permutes each run of consecutive top-level bullets (paragraph order)."""
    out, run = [], []
    for line in lines + [None]:
        if line is not None and BULLET.match(line) and not line.startswith(" "):
            run.append(line)
            continue
        if run:
            rng.shuffle(run)
            out.extend(run)
            run = []
        if line is not None:
            out.append(line)
    return out


def retime(block, cursor, rng):
    """Rewrites the first time range of a block's heading to start at `cursor`.

    Returns the block and the new cursor; the section keeps its duration.
    """
    m = TIME_RANGE.search(block[0])
    if not m:
        return block, cursor + rng.randint(60, 400)
    duration = seconds(m.group(3)) - seconds(m.group(1))
    if duration <= 0 or duration > 3 * 3600:
        duration = rng.randint(60, 600)
    new = hms(cursor) + m.group(2) + hms(cursor + duration)
    return [block[0][: m.start()] + new + block[0][m.end():]] + block[1:], cursor + duration


def relabel_speakers(lines, source, pool, rng):
    names = {}
    for name in source.speakers:
        if rng.random() < 0.6:
            names[name] = rng.choice(pool)

    def swap(line):
        m = SPEAKER_LABEL.match(line)
        if m and m.group(1) in names:
            return f"**{names[m.group(1)]}**{m.group(2)}" + line[m.end():]
        return line

    return [swap(l) for l in lines]


class Episode:
    """The varied facts of episode i."""

    def __init__(self, seed, i, rng):
        digest = hashlib.sha256(f"{seed}:{i}".encode()).digest()
        self.i = i
        self.video_id = base64.urlsafe_b64encode(digest).decode()[:11]
        self.hex = digest.hex()[:24]
        self.url = f"https://www.youtube.com/watch?v={self.video_id}"
        self.date = (date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))).isoformat()
        self.number = 1 + rng.randint(0, 499)


def varied_title(source_title, ep, rng):
    forms = ["{t}｜第{n}期", "{t} (Ep. {n})", "#{n} {t}", "{t} · Part {p}", "{t}（{d} 更新）"]
    return rng.choice(forms).format(t=source_title, n=ep.number, p=1 + ep.i % 4, d=ep.date)


def compose_body(source, family_sources, rng, target_bytes):
    """The template's blocks, some of them dropped, plus donors' blocks of
    the same family until the digest reaches `target_bytes`; then shuffled."""
    chosen = [b for b in source.blocks if rng.random() < 0.8]
    size = sum(nbytes(b) for b in chosen)
    donors = [s for s in family_sources if s is not source and s.blocks]
    guard = 0
    while size < target_bytes and donors and guard < 200:
        block = rng.choice(rng.choice(donors).blocks)
        chosen.append(block)
        size += nbytes(block)
        guard += 1
    rng.shuffle(chosen)
    # Trim to the target: long templates are cut down as well as short ones
    # filled up, so episode sizes follow the summariser's (mean ~19 KB).
    while len(chosen) > 1 and size > 1.15 * target_bytes:
        size -= nbytes(chosen.pop())
    return chosen


def target_size(source, rng):
    return max(5000, min(24000, int(len(source.text.encode()) * rng.uniform(0.4, 0.9))))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return len(text.encode())


def markdown_episode(family, source, sources, pool, ep, rng):
    title = varied_title(source.title, ep, rng)
    header = list(source.front) + shuffle_bullet_runs(source.header, rng)
    body = compose_body(source, sources, rng, target_size(source, rng))
    cursor = rng.randint(0, 120)
    lines = list(header)
    for block in body:
        block, cursor = retime(shuffle_bullet_runs(block, rng), cursor, rng)
        lines.extend(block)
    if family in ("summariser", "dialogue"):
        lines = relabel_speakers(lines, source, pool, rng)
    out = []
    for line in lines:
        if family == "summariser":
            if line.startswith("- 标题："):
                line = "- 标题：" + title
            elif line.startswith("- 链接："):
                line = "- 链接：" + ep.url
            elif line.startswith("- 发布日期："):
                line = "- 发布日期：" + ep.date
            elif line.startswith('{"dg-publish"'):
                line = json.dumps({"dg-publish": True, "permalink": f"/gen/{ep.i}/"})
        else:
            if line.startswith("title:"):
                line = "title: " + json.dumps(title, ensure_ascii=False)
            elif line.startswith("published:"):
                line = f'published: "{ep.date}"'
            elif line.startswith("source_url:"):
                line = f'source_url: "{ep.url}"'
            elif line.startswith("video_id:"):
                line = f'video_id: "{ep.video_id}"'
            elif line.startswith("- **Published:**"):
                line = "- **Published:** " + ep.date
            elif line.startswith("- **Source:**"):
                line = "- **Source:** " + ep.url
        out.append(line)
    if family != "summariser":
        # The first H1 is the title as these pipelines write it.
        for k, line in enumerate(out):
            if line.startswith("# "):
                out[k] = "# " + title
                break
    return title, "\n".join(out).rstrip("\n") + "\n"


def sidecar_for(source, ep, title):
    """The PodWiki README.md sidecar with this episode's facts."""
    out = []
    for line in source.sidecar.split("\n"):
        s = line.lstrip()
        pad = line[: len(line) - len(s)]
        if line.startswith("title:"):
            line = "title: " + json.dumps(title, ensure_ascii=False)
        elif line.startswith("id:"):
            line = f'id: "gen:{ep.i}"'
        elif line.startswith("episode_key:"):
            line = f'episode_key: "{ep.i}"'
        elif line.startswith("episode_number:"):
            line = f"episode_number: {ep.number}"
        elif line.startswith("slug:"):
            line = f"slug: gen-{ep.i}"
        elif line.startswith("published_at:"):
            line = f'published_at: "{ep.date}T20:00:00+08:00"'
        elif s.startswith("url:"):
            line = f"{pad}url: https://www.xiaoyuzhoufm.com/episode/{ep.hex}"
        elif s.startswith("eid:"):
            line = f"{pad}eid: {ep.hex}"
        out.append(line)
    return "\n".join(out)


def transcript_window(source, rng, target_bytes):
    segs = source.segments
    start = rng.randint(0, max(0, len(segs) - 50))
    window, size = [], 0
    for t, text in segs[start:]:
        window.append((t, text))
        size += len(text.encode()) + 16
        if size >= target_bytes:
            break
    base = window[0][0]
    return [(t - base, text) for t, text in window]


def speaker_turns(window, participants, rng):
    """Speakers for unlabelled ASR segments: turns of 3-12 segments that
    alternate between the episode's participants."""
    names = participants or ["主持人", "嘉宾"]
    out, k, who = [], 0, 0
    while k < len(window):
        n = rng.randint(3, 12)
        for t, text in window[k:k + n]:
            out.append((t, names[who % len(names)], text))
        k += n
        who += 1 if len(names) < 3 else rng.randint(1, len(names) - 1)
    return out


def participants_of(sidecar):
    return re.findall(r"^\s*name:\s*(.+?)\s*$", sidecar, re.M)


def ts(seconds_float, sep):
    ms = int(round(seconds_float * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}{sep}{ms % 1000:03d}"


def timed_transcript(family, source, ep, rng, title):
    window = transcript_window(source, rng, rng.randint(6000, 24000))
    turns = speaker_turns(window, participants_of(source.sidecar), rng)
    cues = []
    for k, (t, who, text) in enumerate(turns):
        end = turns[k + 1][0] if k + 1 < len(turns) and turns[k + 1][0] > t else t + 3
        cues.append((float(t), float(end), who, text))
    if family == "vtt":
        parts = [f"WEBVTT - {title}", "Kind: captions", "Language: zh-CN", ""]
        for start, end, who, text in cues:
            parts += [f"{ts(start, '.')} --> {ts(end, '.')}", f"<v {who}>{text}", ""]
        return "\n".join(parts)
    if family == "srt":
        parts = []
        for k, (start, end, who, text) in enumerate(cues, 1):
            parts += [str(k), f"{ts(start, ',')} --> {ts(end, ',')}", f"{who}：{text}", ""]
        return "\n".join(parts)
    segments = [{"speaker": who, "startTime": start, "endTime": end, "body": text}
                for start, end, who, text in cues]
    return json.dumps({"version": "1.0.0", "segments": segments}, ensure_ascii=False, indent=1) + "\n"


def generate(families, pool, seed, i, out_dir, stats):
    rng = random.Random(f"{seed}:{i}")
    family = pick_family(rng)
    sources = families[family]
    source = rng.choice(sources)
    ep = Episode(seed, i, rng)
    written = []
    if family in ("summariser", "notes", "dialogue"):
        title, text = markdown_episode(family, source, sources, pool, ep, rng)
        suffix = ".structured.md" if family == "dialogue" else ".md"
        written.append(write(os.path.join(out_dir, family, f"{ep.date}-ep{i:06d}{suffix}"), text))
    elif family == "podcast-json":
        # A Podcasting 2.0 transcript comes alone, as a feed serves it (the
        # reader applies no folder sidecar to JSON transcripts).
        title = varied_title(source.title, ep, rng)
        text = timed_transcript(family, source, ep, rng, title)
        written.append(write(os.path.join(out_dir, "transcripts", f"{ep.date}-ep{i:06d}.json"), text))
    else:
        folder = os.path.join(out_dir, "podwiki", f"ep{i:06d}")
        title = varied_title(source.title, ep, rng)
        if family == "podwiki-summary":
            _, text = markdown_episode(family, source, sources, pool, ep, rng)
            name = "summary.zh-CN.md"
        elif family == "podwiki-transcript":
            window = transcript_window(source, rng, rng.randint(6000, 24000))
            lines = [f"# {title}", ""] + [f"[{hms(t)}] {text}  " for t, text in window]
            text, name = "\n".join(lines) + "\n", os.path.basename(source.path)
        else:
            text = timed_transcript(family, source, ep, rng, title)
            name = {"vtt": "transcript.vtt", "srt": "transcript.srt"}[family]
        written.append(write(os.path.join(folder, "README.md"), sidecar_for(source, ep, title)))
        written.append(write(os.path.join(folder, name), text))
    entry = stats.setdefault(family, {"episodes": 0, "files": 0, "bytes": 0})
    entry["episodes"] += 1
    entry["files"] += len(written)
    entry["bytes"] += sum(written)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--seed", default="1")
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "corpus")):
        sys.exit(f"generate.py: {args.shared}/corpus not found; pass --shared")
    families = load_sources(args.shared)
    pool = sorted({n for s in families["summariser"] + families["dialogue"] for n in s.speakers})
    stats = {}
    for i in range(args.start, args.start + args.count):
        generate(families, pool, args.seed, i, args.out, stats)
    total = {k: sum(v[k] for v in stats.values()) for k in ("episodes", "files", "bytes")}
    print(json.dumps({"total": total, "families": stats}, ensure_ascii=False))


if __name__ == "__main__":
    main()
