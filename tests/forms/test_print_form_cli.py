"""`puente print-form`: options, the PDF written, the codes printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.forms.form_codes import is_valid_form_code
from app.forms.print_form_cli import main


def test_writes_n_forms_and_prints_their_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "form.pdf"
    assert (
        main(
            [
                "--lang",
                "fr",
                "--paper",
                "letter",
                "-o",
                str(out),
                "--copies",
                "3",
                "--mission",
                "sv",
            ]
        )
        == 0
    )
    codes = capsys.readouterr().out.split()
    assert len(codes) == 3 and len(set(codes)) == 3
    assert all(is_valid_form_code(c) and c.startswith("F-SV-") for c in codes)
    reader = PdfReader(out)
    assert len(reader.pages) % 3 == 0
    per_form = len(reader.pages) // 3
    for i, code in enumerate(codes):
        assert code in reader.pages[i * per_form].extract_text()
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612, abs=1)


def test_defaults_and_injected_translator(tmp_path: Path) -> None:
    from argparse import ArgumentParser

    from app.forms.print_form_cli import add_print_form_arguments, run_print_form

    parser = ArgumentParser()
    add_print_form_arguments(parser)
    args = parser.parse_args(["-o", str(tmp_path / "f.pdf")])
    assert (args.lang, args.paper, args.copies, args.mission) == ("es", "a4", 1, "")
    asked: list[str] = []

    def load_tr(language: str):  # type: ignore[no-untyped-def]
        asked.append(language)
        return lambda context, text: text if "{" in text else text.upper()

    assert run_print_form(args, load_tr=load_tr) == 0
    assert asked == ["es"]
    assert "WORKER INTAKE FORM" in PdfReader(tmp_path / "f.pdf").pages[0].extract_text()


@pytest.mark.parametrize(
    "argv",
    [
        ["--copies", "0"],
        ["--copies", "501"],
        ["--lang", "de"],
        ["--paper", "a5"],
        ["--mission", "XX"],
        [],
    ],
)
def test_bad_options_are_refused(argv: list[str], tmp_path: Path) -> None:
    needs_output = [] if argv == [] else ["-o", str(tmp_path / "x.pdf")]
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, *needs_output])
    assert exit_info.value.code == 2


def test_unwritable_output_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-o", str(tmp_path / "missing-dir" / "form.pdf")]) == 1
    assert "Could not write" in capsys.readouterr().err
