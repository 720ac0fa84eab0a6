"""Validate a labelled corpus folder and report what is in it.

The corpus is UTF-8 JSON Lines, one object a line with ``text``, ``label`` (taxonomy
id), ``channel`` (sms | chat | call | post), ``source`` (``handwritten`` or
``gen:<module>:<template>``) and optional ``tags`` (list of str).

Near-duplicates are messages that differ only in names, numbers or links: after
masking digits and Latin letters, their character-trigram sets have a Jaccard
similarity of at least ``NEAR_DUP_JACCARD``. Candidates come from MinHash banding
and are then confirmed exactly, so the check is fast on tens of thousands of rows.
"""

from __future__ import annotations

import json
import pathlib
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from .._labels import LABEL_IDS, NORMAL

CHANNELS = ("sms", "chat", "call", "post")
MIN_SCAM_PER_LABEL = 400
MIN_NORMAL = 6000
MIN_ANTIFRAUD_NORMAL = 500
MIN_HANDWRITTEN_SHARE = 1 / 3
MAX_NEAR_DUP_SHARE = 0.20
NEAR_DUP_JACCARD = 0.7

_MASK_RE = re.compile(r"[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]+")
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Row:
    """One validated corpus row and where it came from."""

    text: str
    label: str
    channel: str
    source: str
    tags: tuple[str, ...]
    path: str
    line: int

    @property
    def handwritten(self) -> bool:
        return self.source == "handwritten"


@dataclass
class Report:
    """What :func:`check_corpus` found."""

    rows: list[Row]
    errors: list[str] = field(default_factory=list)
    near_dup_groups: dict[int, int] = field(default_factory=dict)  # row index -> cluster id

    @property
    def ok(self) -> bool:
        return not self.errors


def read_rows(root: str | pathlib.Path) -> tuple[list[Row], list[str]]:
    """Read every ``*.jsonl`` below ``root``; return rows and schema errors."""
    root = pathlib.Path(root)
    if not root.exists():
        raise FileNotFoundError(f"corpus folder not found: {root}")
    files = sorted(root.rglob("*.jsonl")) if root.is_dir() else [root]
    rows: list[Row] = []
    errors: list[str] = []
    for path in files:
        rel = str(path.relative_to(root)) if root.is_dir() else str(path)
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, 1):
                where = f"{rel}:{number}"
                try:
                    obj = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    errors.append(f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})")
                    continue
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: not JSON ({exc.msg})")
                    continue
                problem = _schema_problem(obj)
                if problem:
                    errors.append(f"{where}: {problem}")
                    continue
                rows.append(Row(obj["text"], obj["label"], obj["channel"], obj["source"],
                                tuple(obj.get("tags", ())), rel, number))
    return rows, errors


def _schema_problem(obj) -> str | None:
    if not isinstance(obj, dict):
        return "line is not a JSON object"
    for key in ("text", "label", "channel", "source"):
        if not isinstance(obj.get(key), str):
            return f"missing or non-string field {key!r}"
    if not obj["text"].strip():
        return "empty text"
    if obj["label"] not in LABEL_IDS:
        return f"unknown label {obj['label']!r}"
    if obj["channel"] not in CHANNELS:
        return f"unknown channel {obj['channel']!r} (expected one of {', '.join(CHANNELS)})"
    if obj["source"] != "handwritten" and not obj["source"].startswith("gen:"):
        return f"source must be 'handwritten' or 'gen:<module>:<template>', got {obj['source']!r}"
    tags = obj.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        return "tags must be a list of strings"
    extra = set(obj) - {"text", "label", "channel", "source", "tags"}
    if extra:
        return f"unknown fields {sorted(extra)}"
    return None


def mask(text: str) -> str:
    """The text with digit and Latin runs masked and white space removed."""
    return _SPACE_RE.sub("", _MASK_RE.sub("#", text))


def _shingles(text: str) -> set[int]:
    masked = mask(text)
    if len(masked) < 3:
        return {zlib.crc32(masked.encode("utf-8"))}
    return {zlib.crc32(masked[i:i + 3].encode("utf-8")) for i in range(len(masked) - 2)}


_PRIME = (1 << 31) - 1
_RNG = np.random.default_rng(12345)
_A = _RNG.integers(1, _PRIME, size=64, dtype=np.int64)
_B = _RNG.integers(0, _PRIME, size=64, dtype=np.int64)
_BANDS, _ROWS = 16, 4
# In a bucket, only the first members are compared with the rest: a bucket of thousands of
# template rows would otherwise cost millions of comparisons. Chained unions still connect
# a cluster whose members share any bucket with one of those pivots.
_MAX_PIVOTS = 64


def near_duplicate_clusters(texts: list[str], threshold: float = NEAR_DUP_JACCARD) -> list[int]:
    """Cluster ids (one per text): texts in one cluster are chained near-duplicates."""
    shingles = [_shingles(t) for t in texts]
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, sh in enumerate(shingles):
        x = np.fromiter(sh, dtype=np.int64, count=len(sh)) % _PRIME
        sig = ((x[None, :] * _A[:, None] + _B[:, None]) % _PRIME).min(axis=1)
        for band in range(_BANDS):
            buckets[(band, *sig[band * _ROWS:(band + 1) * _ROWS].tolist())].append(i)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for a_pos, a in enumerate(members[:_MAX_PIVOTS]):
            for b in members[a_pos + 1:]:
                if (a, b) in checked or find(a) == find(b):
                    continue
                checked.add((a, b))
                sa, sb = shingles[a], shingles[b]
                if len(sa & sb) >= threshold * len(sa | sb):
                    parent[find(b)] = find(a)
    return [find(i) for i in range(len(texts))]


def check_corpus(root: str | pathlib.Path, *, enforce_minimums: bool = True) -> Report:
    """Validate the corpus under ``root``; ``Report.errors`` lists every problem found."""
    rows, errors = read_rows(root)
    report = Report(rows=rows, errors=errors)
    first_seen: dict[str, Row] = {}
    for row in rows:
        key = row.text.strip()
        if key in first_seen:
            other = first_seen[key]
            errors.append(f"{row.path}:{row.line}: exact duplicate of {other.path}:{other.line}")
        else:
            first_seen[key] = row
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_label[row.label].append(i)
    for label, idx in by_label.items():
        clusters = near_duplicate_clusters([rows[i].text for i in idx])
        for i, cluster in zip(idx, clusters):
            report.near_dup_groups[i] = idx[cluster]
        share = near_dup_share(clusters)
        if share > MAX_NEAR_DUP_SHARE:
            errors.append(f"{label}: {share:.0%} of rows are near-duplicates (max {MAX_NEAR_DUP_SHARE:.0%})")
    if enforce_minimums:
        _check_minimums(rows, errors)
    return report


def near_dup_share(clusters: list[int]) -> float:
    """Share of rows that repeat an earlier row of their cluster."""
    if not clusters:
        return 0.0
    return (len(clusters) - len(set(clusters))) / len(clusters)


def _check_minimums(rows: list[Row], errors: list[str]) -> None:
    counts = Counter(r.label for r in rows)
    hand = Counter(r.label for r in rows if r.handwritten)
    for label in LABEL_IDS:
        need = MIN_NORMAL if label == NORMAL else MIN_SCAM_PER_LABEL
        if counts[label] < need:
            errors.append(f"{label}: {counts[label]} rows, need at least {need}")
        elif hand[label] < MIN_HANDWRITTEN_SHARE * counts[label]:
            errors.append(f"{label}: only {hand[label]} of {counts[label]} rows handwritten (need a third)")
    antifraud = sum(1 for r in rows if r.label == NORMAL and "antifraud" in r.tags)
    if antifraud < MIN_ANTIFRAUD_NORMAL:
        errors.append(f"normal: {antifraud} anti-fraud warnings/news (tag 'antifraud'), need {MIN_ANTIFRAUD_NORMAL}")


def table(report: Report) -> str:
    """The Markdown table of counts the data card shows."""
    rows = report.rows
    lines = ["| label | rows | handwritten | generated | near-dup share | sms | chat | call | post | traditional | disguised |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_label[row.label].append(i)
    for label in LABEL_IDS:
        idx = by_label.get(label, [])
        sel = [rows[i] for i in idx]
        n = len(sel)
        hand = sum(r.handwritten for r in sel)
        share = near_dup_share([report.near_dup_groups.get(i, i) for i in idx])
        chan = Counter(r.channel for r in sel)
        trad = sum("traditional" in r.tags for r in sel)
        disg = sum("disguised" in r.tags for r in sel)
        lines.append(f"| {label} | {n} | {hand} | {n - hand} | {share:.1%} | " + " | ".join(
            str(chan[c]) for c in CHANNELS) + f" | {trad} | {disg} |")
    total = len(rows)
    hand = sum(r.handwritten for r in rows)
    lines.append(f"| **total** | {total} | {hand} | {total - hand} |  | " + " | ".join(
        str(sum(r.channel == c for r in rows)) for c in CHANNELS) +
        f" | {sum('traditional' in r.tags for r in rows)} | {sum('disguised' in r.tags for r in rows)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m scamtext.corpus.check", description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default="corpus")
    parser.add_argument("--no-minimums", action="store_true", help="skip the per-label minimum counts")
    args = parser.parse_args(argv)
    report = check_corpus(args.root, enforce_minimums=not args.no_minimums)
    print(table(report))
    for err in report.errors[:200]:
        print("ERROR", err)
    if len(report.errors) > 200:
        print(f"... and {len(report.errors) - 200} more errors")
    print(f"{len(report.rows)} rows, {len(report.errors)} errors")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
