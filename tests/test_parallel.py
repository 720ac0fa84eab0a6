"""Process-parallel and Dask classification give the single-process answers."""

from __future__ import annotations

import json

import pytest

import scamtext
from scamtext.parallel import classify_processes

TEXTS = ["您好，我是公安局的，你的银行卡涉嫌洗钱，请把钱转到安全账户", "妈我到了", "点赞关注，日结佣金，加V信abc123",
         "【工商银行】您尾号2231的卡支出300元", "恭喜您成为幸运观众，领奖先交个税"] * 9


def test_processes_match_serial(bundled):
    serial = bundled.classify(TEXTS)
    parallel = classify_processes(bundled, TEXTS, n_jobs=2, chunk_size=10)
    assert [p.to_dict() for p in parallel] == [p.to_dict() for p in serial]
    assert scamtext.classify(TEXTS, n_jobs=2)[0].label == "police"
    with pytest.raises(ValueError, match="n_jobs"):
        classify_processes(bundled, TEXTS * 100, n_jobs=0)
    bare = classify_processes(bundled, TEXTS, n_jobs=2, chunk_size=10, evidence=0)
    assert all(p.evidence == () for p in bare) and [p.label for p in bare] == [p.label for p in serial]
    with pytest.raises(ValueError, match="evidence"):
        classify_processes(bundled, TEXTS, n_jobs=2, chunk_size=10, evidence=-1)


def test_dask_files_on_a_two_process_local_cluster(tmp_path, bundled):
    pytest.importorskip("dask.distributed")
    from scamtext.parallel import classify_files

    src = tmp_path / "in"
    src.mkdir()
    for k in range(3):
        (src / f"part{k}.txt").write_text("\n".join(TEXTS[k::3]) + "\n", encoding="utf-8")
    written = classify_files(str(src / "*.txt"), str(tmp_path / "out"), n_workers=2)
    assert len(written) == 3
    for k in range(3):
        got = [json.loads(x) for x in (tmp_path / "out" / f"part{k}.jsonl").read_text(encoding="utf-8").splitlines()]
        want = [p.to_dict() for p in bundled.classify(TEXTS[k::3])]
        assert got == json.loads(json.dumps(want, ensure_ascii=False))


def test_dask_bag_and_dataframe(bundled):
    db = pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    bag = db.from_sequence(TEXTS, npartitions=4)
    from scamtext.parallel import classify_bag, classify_dataframe

    got = classify_bag(bag).compute(scheduler="sync")
    assert [g["label"] for g in got] == [p.label for p in bundled.classify(TEXTS)]
    ddf = dd.from_pandas(pd.DataFrame({"text": TEXTS, "id": range(len(TEXTS))}), npartitions=3)
    out = classify_dataframe(ddf).compute(scheduler="sync")
    assert list(out["label"]) == [p.label for p in bundled.classify(TEXTS)]
    assert list(out["id"]) == list(range(len(TEXTS)))
    with pytest.raises(KeyError, match="no column"):
        classify_dataframe(ddf, column="body")
