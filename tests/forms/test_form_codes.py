"""Form codes: shape, uniqueness, normalisation and the check character catching typos."""

from __future__ import annotations

import random
import re

import pytest

from app.forms.form_codes import (
    ALPHABET,
    check_character,
    is_valid_form_code,
    new_form_code,
    new_form_codes,
    normalize_form_code,
)

SHAPE = re.compile(r"F-(?:[A-Z]{2}-)?[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]")


def test_alphabet_has_no_look_alikes() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 32
    assert not set("0O1I") & set(ALPHABET)


@pytest.mark.parametrize("mission", ["MX", "SV", "CO", "EC", "HN", "HQ", ""])
def test_new_code_has_the_printed_shape_and_is_valid(mission: str) -> None:
    code = new_form_code(mission, random.Random(7))
    assert SHAPE.fullmatch(code), code
    assert code.startswith(f"F-{mission}-" if mission else "F-")
    assert is_valid_form_code(code)
    assert len(code) <= 32  # Worker.intake_form_code max_length


def test_mission_is_normalised_and_checked() -> None:
    assert new_form_code(" mx ", random.Random(1)).startswith("F-MX-")
    with pytest.raises(ValueError):
        new_form_code("MEX")


def test_ten_thousand_codes_are_unique() -> None:
    rng = random.Random(2026)
    codes = [new_form_code("MX", rng) for _ in range(10_000)]
    assert len(set(codes)) == 10_000
    system_codes = new_form_codes(10_000, "HN")  # the OS random source
    assert len(set(system_codes)) == 10_000


def test_a_print_run_never_repeats_a_code() -> None:
    class Repeating(random.Random):
        """Draws the same eight characters for the first two codes, then random ones."""

        def __init__(self) -> None:
            super().__init__(3)
            self.calls = 0

        def choice(self, seq):  # type: ignore[no-untyped-def, override]
            self.calls += 1
            return seq[0] if self.calls <= 16 else super().choice(seq)

    rng = Repeating()
    codes = new_form_codes(3, "MX", rng)
    assert len(set(codes)) == 3
    assert rng.calls == 32  # the repeated second code was drawn again


def _compact(code: str) -> str:
    return code.replace("-", "")


@pytest.mark.parametrize("mission", ["MX", ""])
def test_every_single_character_typo_is_detected(mission: str) -> None:
    rng = random.Random(11)
    for _ in range(60):
        compact = _compact(new_form_code(mission, rng))
        for pos in range(1, len(compact)):  # every character after the F
            letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            for other in letters:
                if other == compact[pos]:
                    continue
                typo = compact[:pos] + other + compact[pos + 1 :]
                assert not is_valid_form_code(typo), (compact, typo)


def test_swapping_neighbours_is_detected_except_2_and_z() -> None:
    """Luhn mod 32 misses exactly one swap: the first and last characters of the alphabet."""
    rng = random.Random(12)
    missed: set[frozenset[str]] = set()
    for _ in range(300):
        compact = _compact(new_form_code("MX", rng))
        for pos in range(3, len(compact) - 1):
            a, b = compact[pos], compact[pos + 1]
            if a == b:
                continue
            swapped = compact[:pos] + b + a + compact[pos + 2 :]
            if is_valid_form_code(swapped):
                missed.add(frozenset((a, b)))
    assert missed <= {frozenset("2Z")}


def test_typed_variants_normalise_to_the_printed_code() -> None:
    code = new_form_code("MX", random.Random(5))
    compact = _compact(code)
    typed_variants = [
        code.lower(),
        code.replace("-", " "),
        compact.lower(),
        f"  {compact[:7]}-{compact[7:]}  ",
        code.replace("-", "_", 2).replace("-", "."),
    ]
    for typed in typed_variants:
        assert is_valid_form_code(typed), typed
        assert normalize_form_code(typed) == code


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "F",
        "F-MX",
        "G-MX-2345-6789-A",
        "F-MX-2345-6789",
        "F-MX-2345-6789-AB",
        "F-M1-2345-6789-A",
        "F-MX-O345-6789-A",
        "F-MX-0345-6789-A",
        "F-MX-I345-6789-A",
        "F-MEX-2345-6789-A",
        "MX-7K3-0042",
    ],
)
def test_malformed_codes_are_refused(bad: str) -> None:
    assert not is_valid_form_code(bad)
    assert normalize_form_code(bad) is None


def test_check_character_covers_the_mission() -> None:
    body = "7K3Q9H2M"
    assert check_character("MX", body) != check_character("SV", body)
    code = f"F-MX-7K3Q-9H2M-{check_character('MX', body)}"
    assert is_valid_form_code(code)
    assert not is_valid_form_code(code.replace("MX", "HN"))
