"""The notebooks are committed as jupytext pairs without outputs (nbmake executes them)."""

from __future__ import annotations

import pathlib

import pytest

NOTEBOOKS = pathlib.Path(__file__).resolve().parent.parent / "notebooks"


@pytest.mark.parametrize("ipynb", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebook_is_clean_and_paired(ipynb):
    jupytext = pytest.importorskip("jupytext")
    nb = jupytext.read(ipynb)
    assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code"), "commit without outputs"
    paired = jupytext.read(ipynb.with_suffix(".py"))
    assert [c.source for c in nb.cells] == [c.source for c in paired.cells], "run: jupytext --sync " + ipynb.name
