"""`puente print-form`: blank intake forms as a PDF from the command line (no GUI needed)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.i18n_marks import Translate
from app.models.enums import MissionCode
from app.reports.intake_form import LANGUAGES, render_blank_intake_form
from app.reports.pdf_kit import PAPER_SIZES

MAX_COPIES = 500


def _copies(text: str) -> int:
    value = int(text)
    if not 1 <= value <= MAX_COPIES:
        raise argparse.ArgumentTypeError(f"copies must be between 1 and {MAX_COPIES}")
    return value


def add_print_form_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds the options of `print-form` to `parser` (a sub-command parser)."""
    parser.add_argument("--lang", choices=LANGUAGES, default="es", help="form language")
    parser.add_argument("--paper", choices=sorted(PAPER_SIZES), default="a4", help="paper size")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="PDF file to write (overwritten)"
    )
    parser.add_argument(
        "--copies", type=_copies, default=1, help="number of forms, each with its own code"
    )
    parser.add_argument(
        "--mission",
        type=str.upper,
        choices=[m.value for m in MissionCode],
        default="",
        help="mission code printed on the form and in its codes (e.g. MX)",
    )


def run_print_form(
    args: argparse.Namespace, *, load_tr: Callable[[str], Translate] | None = None
) -> int:
    """Writes the forms asked for by `args`; prints one form code per line; returns 0 or 1."""
    if load_tr is None:
        from app.reports.translate import TRANSLATIONS_DIR, load_translator

        load_tr = load_translator
        if args.lang != "en" and not (TRANSLATIONS_DIR / f"puente_{args.lang}.qm").is_file():
            print(
                f"No built catalogue for {args.lang!r} yet (translations/puente_{args.lang}.qm):"
                " the form is printed with the English text.",
                file=sys.stderr,
            )
    output: Path = args.output
    try:
        codes = render_blank_intake_form(
            out=output,
            tr=load_tr(args.lang),
            language=args.lang,
            paper=args.paper,
            copies=args.copies,
            mission=args.mission or "",
        )
    except OSError as error:
        print(f"Could not write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    for code in codes:
        print(code)
    plural = "form" if len(codes) == 1 else "forms"
    print(f"Wrote {len(codes)} {plural} to {output}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m app.forms.print_form_cli --lang es --paper a4 -o form.pdf [--copies N]`."""
    parser = argparse.ArgumentParser(
        prog="puente print-form", description="Print blank intake forms (PDF)."
    )
    add_print_form_arguments(parser)
    return run_print_form(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
