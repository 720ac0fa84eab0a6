"""Training at scale: time and peak memory of `scamtext train` on 100,000 messages.

    python benchmarks/bench_train.py              # 100,000 messages
    python benchmarks/bench_train.py --rows 20000

The corpus has about 24,000 messages, so the benchmark makes 100,000 distinct ones from it
with the adversarial perturbations (traditional characters, full-width, separators, slang, numerals,
emoji, all combined), writes them as JSON Lines and runs the real command in a fresh
process: load, grouped split, tokenise, fit with calibration, held-out evaluation, save.
Peak memory is the process's VmHWM, sampled until it exits. Writes reports/training.json.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time

from scamtext.corpus.check import read_rows
from scamtext.evaluate.adversarial import PERTURBATIONS, perturb

ROOT = pathlib.Path(__file__).resolve().parent.parent


def make_rows(n: int) -> list[dict]:
    base = read_rows(ROOT / "corpus")[0]
    rows, seen = [], set()
    for name in ["clean", *PERTURBATIONS]:
        texts = [r.text for r in base] if name == "clean" else perturb([r.text for r in base], name, seed=1)
        for r, text in zip(base, texts):
            if text not in seen:
                seen.add(text)
                source = r.source if name == "clean" else f"{r.source}|{name}"
                rows.append({"text": text, "label": r.label, "source": source})
            if len(rows) == n:
                return rows
    raise SystemExit(f"could only make {len(rows)} distinct rows")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", default=str(ROOT / "reports" / "training.json"))
    args = parser.parse_args(argv)
    rows = make_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        data = pathlib.Path(tmp) / "data.jsonl"
        data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        cmd = [sys.executable, "-m", "scamtext", "train", str(data), "--out", str(pathlib.Path(tmp) / "model")]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp)
        peak_kb = 0
        status = pathlib.Path(f"/proc/{proc.pid}/status")
        while proc.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak_kb = max(peak_kb, int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        log = proc.stdout.read()
        if proc.returncode:
            print(log)
            raise SystemExit(f"training failed with exit code {proc.returncode}")
        manifest = json.loads((pathlib.Path(tmp) / "model" / "manifest.json").read_text(encoding="utf-8"))
    result = {"command": "python benchmarks/bench_train.py", "rows": len(rows), "seconds": round(seconds, 1),
              "peak_memory_mb": round(peak_kb / 1024, 1), "features": manifest["n_features"],
              "held_out_macro_f1": round(manifest["training"]["held_out"]["macro_f1"], 4)}
    print(log)
    pathlib.Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for key, value in result.items():
        print(f"{key:20} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
