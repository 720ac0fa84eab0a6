"""Loading labelled corpora for training and evaluation.

:func:`load_labelled` reads local CSV / TSV / JSON Lines / Parquet files or folders of
them, a dataset saved with ``datasets.Dataset.save_to_disk``, or a Hugging Face Hub
dataset name, through the ``datasets`` library (the ``train`` extra). It

- detects each CSV/TSV file's encoding (UTF-8 with or without BOM, else GB18030, which
  covers GBK) and reports undecodable bytes with file and line;
- finds the text and label columns (or takes them from the caller) and lists the columns
  it found when it cannot;
- maps labels to taxonomy ids: the ids themselves, Chinese category names used by police
  statistics and public data sets, ``0``/``normal``/``正常``, plus a caller's map for
  numeric or other codes; unknown labels raise :class:`DataError` with their counts, or
  are dropped and counted with ``drop_unknown=True``;
- drops empty texts and exact duplicate rows, and reports both, plus texts that carry
  conflicting labels. Nothing is dropped without being counted in :class:`LoadReport`.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
from collections import Counter
from dataclasses import dataclass, field

from .._labels import LABEL_IDS, LABELS

__all__ = ["DataError", "LabelledData", "LoadReport", "load_labelled", "label_mapping", "detect_encoding",
           "TEXT_COLUMNS", "LABEL_COLUMNS"]

TEXT_COLUMNS = ("text", "content", "message", "sms", "msg", "sentence", "文本", "内容", "短信")
LABEL_COLUMNS = ("label", "labels", "category", "class", "type", "类别", "标签", "类型")
_HUB_NAME_RE = re.compile(r"[\w.\-]+(?:/[\w.\-]+)?")
_SUFFIX_BUILDER = {".csv": "csv", ".tsv": "csv", ".jsonl": "json", ".json": "json", ".parquet": "parquet"}

#: Category names used by Chinese police statistics and public data sets.
EXTRA_LABEL_NAMES: dict[str, str] = {
    "0": "normal", "正常": "normal", "正常短信": "normal", "非诈骗": "normal", "ham": "normal",
    "冒充公检法及政府机关类": "police", "冒充公检法": "police", "冒充公检法类": "police",
    "贷款、代办信用卡类": "fake_loan", "贷款代办信用卡类": "fake_loan", "虚假网络贷款类": "fake_loan",
    "虚假贷款": "fake_loan", "网络贷款": "fake_loan",
    "冒充客服服务": "refund", "冒充电商物流客服类": "refund", "冒充客服类": "refund", "客服诈骗": "refund",
    "冒充领导、熟人类": "impersonation", "冒充领导熟人类": "impersonation", "冒充熟人": "impersonation",
    "刷单返利类": "task_rebate", "刷单返利": "task_rebate", "虚假兼职": "task_rebate",
    "虚假网络投资理财类": "investment", "投资理财": "investment", "投资诈骗": "investment",
    "网络婚恋、交友类": "romance", "网络婚恋交友类": "romance", "杀猪盘": "romance",
    "虚假征信类": "credit_repair", "虚假征信": "credit_repair",
    "虚假购物、服务类": "fake_shopping", "虚假购物服务类": "fake_shopping", "虚假购物": "fake_shopping",
    "网络游戏产品虚假交易类": "game_trade", "网络游戏虚假交易": "game_trade", "游戏交易": "game_trade",
    "钓鱼链接": "phishing", "钓鱼诈骗": "phishing", "钓鱼网站": "phishing",
    "虚假中奖": "prize", "彩票诈骗": "prize", "中奖诈骗": "prize",
}


class DataError(ValueError):
    """Labelled data that cannot be used as given; the message says what and where."""


@dataclass
class LoadReport:
    """What loading did: per-file encodings and every row it did not keep."""

    rows_read: int = 0
    encodings: dict[str, str] = field(default_factory=dict)
    empty_texts: int = 0
    duplicate_rows: int = 0
    conflicting_texts: int = 0
    dropped_unknown: Counter = field(default_factory=Counter)
    text_column: str = ""
    label_column: str = ""

    def lines(self) -> list[str]:
        out = [f"read {self.rows_read} rows (text column {self.text_column!r}, label column {self.label_column!r})"]
        for name, enc in self.encodings.items():
            if enc != "utf-8":
                out.append(f"  {name}: decoded as {enc}")
        if self.empty_texts:
            out.append(f"  dropped {self.empty_texts} rows with an empty text")
        if self.duplicate_rows:
            out.append(f"  dropped {self.duplicate_rows} exact duplicate rows (same text and label)")
        if self.conflicting_texts:
            out.append(f"  warning: {self.conflicting_texts} texts occur with more than one label (kept)")
        if self.dropped_unknown:
            detail = ", ".join(f"{k!r} x{v}" for k, v in self.dropped_unknown.most_common())
            out.append(f"  dropped {sum(self.dropped_unknown.values())} rows with unknown labels: {detail}")
        return out


@dataclass
class LabelledData:
    """Texts, taxonomy labels and (when the data has them) group keys for splitting."""

    texts: list[str]
    labels: list[str]
    groups: list[str] | None
    report: LoadReport

    def __len__(self) -> int:
        return len(self.texts)


def label_mapping(extra: dict | None = None) -> dict[str, str]:
    """Every accepted spelling → taxonomy id (the caller's ``extra`` map wins)."""
    mapping = {label_id: label_id for label_id in LABEL_IDS}
    mapping.update({lab.zh: lab.id for lab in LABELS})
    mapping.update(EXTRA_LABEL_NAMES)
    for key, value in (extra or {}).items():
        if value not in LABEL_IDS:
            raise DataError(f"label map sends {key!r} to {value!r}, which is not a taxonomy id "
                            f"({', '.join(LABEL_IDS)})")
        mapping[str(key).strip()] = value
    return mapping


def parse_label_map(spec: str | None) -> dict | None:
    """``--label-map``: a JSON object, or the path of a JSON file holding one."""
    if not spec:
        return None
    text = pathlib.Path(spec).read_text(encoding="utf-8") if os.path.isfile(spec) else spec
    try:
        mapping = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"--label-map is not a JSON object: {exc.msg}") from None
    if not isinstance(mapping, dict):
        raise DataError("--label-map must be a JSON object such as '{\"1\": \"police\"}'")
    return {str(k): v for k, v in mapping.items()}


def detect_encoding(path: pathlib.Path) -> str:
    """``utf-8`` (BOM or not) or ``gb18030``; otherwise :class:`DataError` naming the line."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
        return "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            data.decode("gb18030")
            return "gb18030"
        except UnicodeDecodeError:
            line = data.count(b"\n", 0, utf8_error.start) + 1
            raise DataError(f"{path}, line {line}: bytes that are neither UTF-8 nor GBK/GB18030 "
                            f"(byte offset {utf8_error.start})") from None


def _files(paths) -> list[pathlib.Path]:
    files: list[pathlib.Path] = []
    for p in paths:
        p = pathlib.Path(p)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix in _SUFFIX_BUILDER and f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                raise DataError(f"{p}: no CSV, TSV, JSON Lines or Parquet files in this folder")
            files.extend(found)
        elif p.is_file():
            if p.suffix not in _SUFFIX_BUILDER:
                raise DataError(f"{p}: unsupported file type {p.suffix!r} (use .csv, .tsv, .jsonl, .json or .parquet)")
            files.append(p)
        else:
            raise DataError(f"{p}: no such file or folder")
    return files


def _read_local(paths, report: LoadReport):
    """One ``datasets.Dataset`` per file, with the encoding detected per file."""
    import datasets

    datasets.disable_progress_bars()
    parts = []
    for f in _files(paths):
        builder = _SUFFIX_BUILDER[f.suffix]
        kwargs = {}
        if builder == "csv":
            enc = detect_encoding(f)
            report.encodings[str(f)] = "utf-8" if enc.startswith("utf-8") else enc
            kwargs = {"encoding": enc, "keep_default_na": False}
            if f.suffix == ".tsv":
                kwargs["sep"] = "\t"
        elif builder == "json":
            try:
                f.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                line = f.read_bytes().count(b"\n", 0, exc.start) + 1
                raise DataError(f"{f}, line {line}: not valid UTF-8") from None
            report.encodings[str(f)] = "utf-8"
        try:
            ds = datasets.load_dataset(builder, data_files=str(f), split="train", **kwargs)
        except Exception as exc:  # datasets wraps parser errors in many types
            raise DataError(f"{f}: could not be parsed as {f.suffix[1:].upper()} ({type(exc).__name__}: {exc})") from None
        parts.append((f, ds))
    return parts


def _read_any(source: str, report: LoadReport):
    import datasets

    p = pathlib.Path(source)
    if p.is_dir() and ((p / "dataset_info.json").exists() or (p / "state.json").exists()
                       or (p / "dataset_dict.json").exists()):
        ds = datasets.load_from_disk(str(p))
        if isinstance(ds, datasets.DatasetDict):
            ds = datasets.concatenate_datasets(list(ds.values()))
        return [(p, ds)]
    if p.exists():
        return _read_local([p], report)
    if not _HUB_NAME_RE.fullmatch(source) or p.suffix in _SUFFIX_BUILDER:
        raise DataError(f"{source}: no such file or folder")
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"} or \
            os.environ.get("HF_DATASETS_OFFLINE", "").lower() in {"1", "true", "yes", "on"}:
        raise DataError(f"{source!r} is not a local file or folder, and Hub access is off "
                        "(HF_HUB_OFFLINE=1): download the dataset first or give a local path")
    try:
        ds = datasets.load_dataset(source, split="train")
    except Exception as exc:
        raise DataError(f"could not load {source!r} as a local path or a Hub dataset ({type(exc).__name__}: {exc})") from None
    return [(source, ds)]


def _pick_column(columns, wanted: str | None, candidates, what: str, where: str) -> str:
    if wanted is not None:
        if wanted not in columns:
            raise DataError(f"{where}: no {what} column {wanted!r}; columns found: {', '.join(columns)}")
        return wanted
    for c in candidates:
        if c in columns:
            return c
    raise DataError(f"{where}: cannot tell which column holds the {what}; columns found: "
                    f"{', '.join(columns)}. Name it with --{what}-column")


def load_labelled(sources, *, text_column: str | None = None, label_column: str | None = None,
                  label_map: dict | None = None, drop_unknown: bool = False,
                  group_column: str | None = "source") -> LabelledData:
    """Load and validate labelled data from ``sources`` (paths or a Hub name; see module docs)."""
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    report = LoadReport()
    mapping = label_mapping(label_map)
    texts: list[str] = []
    raw_labels: list[str] = []
    groups: list[str] | None = []
    for source in sources:
        for where, ds in _read_any(str(source), report):
            cols = list(ds.column_names)
            tcol = _pick_column(cols, text_column, TEXT_COLUMNS, "text", str(where))
            lcol = _pick_column(cols, label_column, LABEL_COLUMNS, "label", str(where))
            report.text_column, report.label_column = tcol, lcol
            col_texts = ds[tcol]
            texts.extend("" if t is None else str(t) for t in col_texts)
            raw_labels.extend("" if v is None else str(v).strip() for v in ds[lcol])
            if groups is not None and group_column and group_column in cols:
                groups.extend(str(g) for g in ds[group_column])
            else:
                groups = None
    report.rows_read = len(texts)
    unknown = Counter(lab for lab in raw_labels if lab not in mapping)
    if unknown and not drop_unknown:
        detail = ", ".join(f"{k!r} ({v} rows)" for k, v in unknown.most_common(20))
        raise DataError(f"unknown labels: {detail}. Map them with --label-map '{{\"LABEL\": \"taxonomy_id\"}}' "
                        f"or skip them with --drop-unknown. Taxonomy ids: {', '.join(LABEL_IDS)}")
    report.dropped_unknown = unknown
    out_t, out_l, out_g = [], [], ([] if groups is not None else None)
    seen: set[tuple[str, str]] = set()
    label_of: dict[str, str] = {}
    conflicts: set[str] = set()
    for i, (text, raw) in enumerate(zip(texts, raw_labels)):
        if raw not in mapping:
            continue
        if not text.strip():
            report.empty_texts += 1
            continue
        label = mapping[raw]
        key = (text, label)
        if key in seen:
            report.duplicate_rows += 1
            continue
        seen.add(key)
        if label_of.setdefault(text, label) != label:
            conflicts.add(text)
        out_t.append(text)
        out_l.append(label)
        if out_g is not None:
            out_g.append(groups[i])
    report.conflicting_texts = len(conflicts)
    if not out_t:
        raise DataError("no usable rows after dropping empty texts and unknown labels")
    return LabelledData(out_t, out_l, out_g, report)
