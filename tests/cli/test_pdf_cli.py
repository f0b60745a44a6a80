"""`upr-desktop pdf`: every printed document from the command line, and the refusals in words."""

from __future__ import annotations

import subprocess

import pytest

from upr_desktop.io.demo import create_demo_workshop

from .cli_helpers import run


def pdfinfo(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.uprw"
    create_demo_workshop(path).close()
    return path


@pytest.mark.parametrize("args, words", [
    (["--charter"], "Signature"),
    (["--handout"], "by cluster"),
    (["--handout", "--by-theme"], "by theme"),
    (["--ballots", "1"], "Ballot 1 of"),
    (["--results", "1"], "Priority recommendations"),
])
def test_each_document_is_written(capsys, tmp_path, demo, args, words):
    out_pdf = tmp_path / "out.pdf"
    flag, *rest = args
    if flag in ("--ballots", "--results"):
        code, out, err = run(capsys, "pdf", demo, flag, rest[0], out_pdf)
    else:
        code, out, err = run(capsys, "pdf", demo, flag, out_pdf, *rest)
    assert code == 0, err
    assert str(out_pdf) in out
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert words in text
    assert "A4" in pdfinfo(out_pdf)


def test_letter_paper(capsys, tmp_path, demo):
    code, _, err = run(capsys, "pdf", demo, "--charter", tmp_path / "c.pdf", "--paper", "letter")
    assert code == 0, err
    assert "612 x 792 pts (letter)" in pdfinfo(tmp_path / "c.pdf")


def test_refusals_say_why_and_write_nothing(capsys, tmp_path, demo):
    target = tmp_path / "r.pdf"
    code, _, err = run(capsys, "pdf", demo, "--results", "9", target)
    assert code == 1 and "no voting round 9" in err
    code, _, err = run(capsys, "pdf", demo, "--results", "2", target)  # the demo's second round is a draft
    assert code == 1 and "closed" in err
    code, _, err = run(capsys, "pdf", demo, "--results", "two", target)
    assert code == 2 and "round's number" in err
    code, _, err = run(capsys, "pdf", demo, "--charter", target, "--by-theme")
    assert code == 2 and "--handout" in err
    code, _, err = run(capsys, "pdf", demo, "--charter", tmp_path / "missing" / "c.pdf")
    assert code == 1 and "Choose another folder" in err
    assert not target.exists()


def test_a_workshop_without_a_charter_is_told_to_start_one(capsys, tmp_path):
    path = tmp_path / "early.uprw"
    create_demo_workshop(path, until="recommendations").close()
    code, _, err = run(capsys, "pdf", path, "--charter", tmp_path / "c.pdf")
    assert code == 1 and "charter" in err.lower()
    assert not (tmp_path / "c.pdf").exists()


def test_a_text_too_long_for_a_page_is_explained_in_plain_words(capsys, tmp_path, demo, monkeypatch):
    """reportlab's "Flowable … too large" becomes a plain sentence, not "something went wrong"."""
    from reportlab.platypus import Table

    from upr_desktop.io.pdf import handout, layout

    def too_long(data, paper="a4"):  # a real layout failure: a row taller than any page
        return layout.build([Table([["A recommendation"]], rowHeights=[2000])], layout.PageDecor(title="Handout"),
                            paper=paper)

    monkeypatch.setattr(handout, "render", too_long)
    target = tmp_path / "handout.pdf"
    code, out, err = run(capsys, "pdf", demo, "--handout", target)
    assert code == 1 and not out
    assert err.startswith("upr-desktop: A text is too long to fit on one page of the handout")
    assert "something went wrong" not in err and "Flowable" not in err
    assert not target.exists()


def test_a_charter_with_template_guidance_left_is_written_with_a_warning_naming_the_parts(capsys, tmp_path):
    from upr_desktop.io.charter_templates import load_template
    from upr_desktop.ops import Workshop

    path = tmp_path / "fresh.uprw"
    from upr_desktop.domain.workshop import WorkshopInfo

    with Workshop.create(path, WorkshopInfo(title="Fresh", country="Demoland")) as w:
        w.start_charter(load_template("mongolia-2015"))
    code, out, err = run(capsys, "pdf", path, "--charter", tmp_path / "c.pdf")
    assert code == 0 and (tmp_path / "c.pdf").stat().st_size > 0
    assert err.count("\n") == 1 and "warning" in err
    assert "Preamble" in err and "How we worked ([three])" in err and "Our experience of the UPR" in err


def test_the_demo_charter_is_written_without_a_warning(capsys, tmp_path, demo):
    code, out, err = run(capsys, "pdf", demo, "--charter", tmp_path / "c.pdf")
    assert code == 0 and err == ""
