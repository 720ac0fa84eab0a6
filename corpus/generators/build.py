"""Run every generator module in this folder and write its output into ``corpus/``.

    python corpus/generators/build.py            # all modules
    python corpus/generators/build.py refund     # one module

Each module gets its own ``random.Random`` seeded from ``SEED`` and the module name,
so the output is the same on every machine and one module's change does not shift
another's. Exact duplicates inside a module's output are dropped (and counted).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pathlib
import random
import sys

SEED = 20261121
HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent
SKIP = {"common", "build", "__init__"}


def module_names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.py") if p.stem not in SKIP)


def build(name: str) -> pathlib.Path:
    module = importlib.import_module(name)
    salt = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big")
    rows = module.generate(random.Random(SEED + salt))
    seen: set[str] = set()
    kept = []
    for row in rows:
        if row["label"] != module.LABEL:
            raise ValueError(f"{name}: row labelled {row['label']!r}, module says {module.LABEL!r}")
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        kept.append(row)
    out = CORPUS / module.LABEL / f"generated_{name}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        for row in kept:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(out)
    print(f"{name}: {len(kept)} rows ({len(rows) - len(kept)} exact duplicates dropped) -> {out.relative_to(CORPUS)}")
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    for name in argv or module_names():
        build(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
