"""The ``scamtext`` command line.

Exit codes: 0 success, 1 a data or model error (message on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..model.io import ModelError

__all__ = ["main"]


class DataError(Exception):
    """Bad input data: reported on stderr, exit code 1."""


def _read_lines(path: str, stdin=None):
    """Yield (line_number, text) of a UTF-8 file or stdin; undecodable lines raise DataError."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        name = "<stdin>"
    else:
        try:
            stream = open(path, "rb")
        except OSError as exc:
            raise DataError(f"cannot open {path}: {exc.strerror}") from None
        name = path
    try:
        for number, raw in enumerate(stream, 1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise DataError(f"{name}, line {number}: not valid UTF-8 (byte {exc.start} of the line); "
                                "re-encode the file as UTF-8") from None
            if number == 1:
                text = text.removeprefix("\ufeff")
            yield number, text.rstrip("\r\n")
    finally:
        if stream is not sys.stdin.buffer and stream is not stdin:
            stream.close()


def _load(model: str | None):
    from .._api import default_classifier, load

    return default_classifier() if model is None else load(model)


def cmd_classify(args, out) -> int:
    from ..model.classifier import validate_threshold

    clf = _load(args.model)
    threshold = validate_threshold(args.threshold) if args.threshold is not None else None
    batch: list[str] = []

    def flush():
        if not batch:
            return
        if args.n_jobs not in (None, 1):
            from ..parallel import classify_processes

            preds = classify_processes(clf, batch, threshold=threshold, n_jobs=args.n_jobs)
        else:
            preds = clf.classify(batch, threshold)
        out.write("".join(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in preds))
        batch.clear()

    for _, text in _read_lines(args.file):
        batch.append(text)
        if len(batch) >= args.batch_size:
            flush()
    flush()
    out.flush()
    return 0


def cmd_info(args, out) -> int:
    import importlib.metadata

    clf = _load(args.model)
    versions = {}
    for name in ("scamtext", "numpy", "scipy", "scikit-learn", "jieba", "rjieba", "opencc"):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    info = {"manifest": getattr(clf, "manifest_", {}), "installed": versions, "python": sys.version.split()[0]}
    out.write(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    return 0


def cmd_train(args, out) -> int:
    from ..training import train_command

    return train_command(args, out)


def cmd_evaluate(args, out) -> int:
    from ..evaluate.report import evaluate_command

    return evaluate_command(args, out)


def cmd_corpus_check(args, out) -> int:
    from ..corpus.check import check_corpus, table

    report = check_corpus(args.root, enforce_minimums=not args.no_minimums)
    out.write(table(report) + "\n")
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    out.write(f"{len(report.rows)} rows, {len(report.errors)} errors\n")
    return 0 if report.ok else 1


def cmd_classify_files(args, out) -> int:
    from ..parallel import classify_files

    written = classify_files(args.pattern, args.out, model=args.model, threshold=args.threshold,
                             scheduler=args.scheduler, n_workers=args.workers)
    for path in written:
        out.write(f"{path}\n")
    return 0


def _add_data_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text-column", default=None, help="column holding the message text (default: text/content/...)")
    p.add_argument("--label-column", default=None, help="column holding the label (default: label)")
    p.add_argument("--label-map", default=None,
                   help="extra label mapping: JSON object or a .json file, e.g. '{\"1\": \"police\"}'")
    p.add_argument("--drop-unknown", action="store_true", help="skip rows with unknown labels (counted)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scamtext", description="Detect scam scripts in Chinese text.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("classify", help="classify one message per line; writes JSON Lines")
    p.add_argument("file", nargs="?", default="-", help="UTF-8 text file, one message a line (default: stdin)")
    p.add_argument("--threshold", type=float, default=None, help="decision threshold on scam_score (0-1)")
    p.add_argument("--model", default=None, help="model directory (default: the bundled model)")
    p.add_argument("--batch-size", type=_positive_int, default=1024, help="messages per model call")
    p.add_argument("--n-jobs", type=int, default=None, help="worker processes (-1: all cores)")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("info", help="print the model manifest and library versions")
    p.add_argument("--model", default=None)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("train", help="train a model from labelled data")
    p.add_argument("data", nargs="+", help="files or folders (CSV, TSV, JSONL, Parquet, save_to_disk) or a Hub name")
    p.add_argument("--out", required=True, help="output model directory")
    _add_data_options(p)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--test-size", type=float, default=0.2, help="held-out share for the manifest's figures (0 for none)")
    p.add_argument("--no-calibrate", action="store_true", help="skip temperature calibration")
    p.add_argument("--C", type=float, default=None, help="inverse regularisation strength")
    p.add_argument("--tokenizer", choices=("rjieba", "jieba"), default=None)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="evaluate a model on labelled data")
    p.add_argument("data", nargs="+")
    p.add_argument("--model", default=None, help="model directory (default: the bundled model)")
    _add_data_options(p)
    p.add_argument("--threshold", type=float, default=None)
    p.add_argument("--split", choices=("all", "test", "train"), default="all",
                   help="for a scamtext corpus folder: evaluate on its held-out (test) split only")
    p.add_argument("--restrict-labels", action="store_true",
                   help="let the model answer only with labels present in the data (coarser taxonomies)")
    p.add_argument("--json", default=None, help="write the report as JSON here")
    p.add_argument("--markdown", default=None, help="write the report as Markdown here")
    p.add_argument("--name", default=None, help="name of the data set in the report")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("corpus", help="corpus tools")
    csub = p.add_subparsers(dest="corpus_command", required=True)
    c = csub.add_parser("check", help="validate a corpus folder and print its table")
    c.add_argument("root", nargs="?", default="corpus")
    c.add_argument("--no-minimums", action="store_true")
    c.set_defaults(func=cmd_corpus_check)

    p = sub.add_parser("classify-files", help="classify many text files with Dask (one message a line)")
    p.add_argument("pattern", help="glob of input files, e.g. 'in/*.txt'")
    p.add_argument("--out", required=True, help="output folder for .jsonl files")
    p.add_argument("--model", default=None)
    p.add_argument("--threshold", type=float, default=None)
    p.add_argument("--scheduler", default=None, help="dask.distributed scheduler address (default: a local cluster)")
    p.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    p.set_defaults(func=cmd_classify_files)
    return parser


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        return args.func(args, out)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining
        # when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (DataError, ModelError, FileNotFoundError) as exc:
        print(f"scamtext: error: {exc}", file=sys.stderr)
        return 1
    except (ValueError, TypeError) as exc:
        print(f"scamtext: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
