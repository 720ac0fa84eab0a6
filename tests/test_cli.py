"""The scamtext command line: classify, info, exit codes, pipes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scamtext.cli import main

POLICE = "您好，我是公安局的，你的银行卡涉嫌洗钱，请把钱转到安全账户"


def run(*args, stdin: bytes | None = None, timeout=120, cwd=None):
    # cwd elsewhere than the checkout, so `python -m scamtext` imports the installed package
    return subprocess.run([sys.executable, "-m", "scamtext", *args], input=stdin, capture_output=True,
                          timeout=timeout, cwd=cwd)


def test_classify_file_writes_one_json_line_per_input_line(tmp_path, capsys):
    src = tmp_path / "in.txt"
    lines = [POLICE, "", "妈我到了", "【顺丰】取件码 8812"] * 30
    src.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    assert main(["classify", str(src), "--batch-size", "7", "--threshold", "0.5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(lines)
    rows = [json.loads(line) for line in out]
    assert rows[0]["label"] == "police" and rows[0]["is_scam"] is True
    assert rows[1]["label"] == "normal" and rows[1]["scam_score"] == 0.0
    assert {"label", "label_zh", "score", "scores", "is_scam", "scam_score", "evidence", "entities"} <= set(rows[0])
    assert "冒充公检法" in out[0]  # ensure_ascii=False


def test_classify_reads_stdin_via_python_m(tmp_path):
    r = run("classify", stdin=(POLICE + "\n晚上吃火锅\n").encode(), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["label"] for x in r.stdout.decode().splitlines()] == ["police", "normal"]


def test_undecodable_line_is_named_and_exits_1(tmp_path, capsys):
    src = tmp_path / "bad.txt"
    src.write_bytes("第一行\n".encode() + "第二行".encode("gbk") + b"\n")
    assert main(["classify", str(src)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "UTF-8" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["classify", "--batch-size", "0"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_missing_model_and_bad_threshold_exit_1(tmp_path, capsys):
    assert main(["classify", str(tmp_path / "nothing.txt")]) == 1
    assert main(["info", "--model", str(tmp_path / "nomodel")]) == 1
    (tmp_path / "x.txt").write_text("你好\n", encoding="utf-8")
    assert main(["classify", str(tmp_path / "x.txt"), "--threshold", "7"]) == 1
    assert "threshold" in capsys.readouterr().err


def test_info_prints_manifest(capsys):
    assert main(["info"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert "normal" in info["manifest"]["labels"] and info["installed"]["scamtext"]


def test_broken_pipe_is_quiet(tmp_path):
    src = tmp_path / "many.txt"
    src.write_text("\n".join([POLICE, "好的"] * 3000) + "\n", encoding="utf-8")
    cmd = f"{sys.executable} -m scamtext classify {src} --batch-size 100 | head -n 3"
    r = subprocess.run(cmd, shell=True, capture_output=True, timeout=120, cwd=tmp_path)
    assert len(r.stdout.decode().splitlines()) == 3
    assert b"Traceback" not in r.stderr and b"BrokenPipe" not in r.stderr


def test_corpus_check_command(capsys):
    from conftest import CORPUS

    assert main(["corpus", "check", str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "| normal |" in out and " 0 errors" in out
