"""Crash-safety child: creates workers through the real services until it is killed.

Usage: python crash_writer.py STORE_FILE SEED. Prints "ready" once the store is open, then
each new worker's case code right after its save returned (flushed at once).
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

from app.services.workspace import open_workspace

GIVEN = ["José", "María", "Ana Lucía", "Óscar", "Ángel", "Sofía", "Jesús", "Inés"]
FAMILY = ["Hernández", "García", "Peña", "López", "Núñez", "Martínez", "Pérez", "Ibáñez"]


def worker(rnd: random.Random) -> dict[str, object]:
    """A valid Colombian worker (the cédula rule needs no check digit)."""
    return {
        "given_names": rnd.choice(GIVEN),
        "first_family_name": rnd.choice(FAMILY),
        "second_family_name": rnd.choice(FAMILY),
        "sex": rnd.choice(["female", "male"]),
        "date_of_birth": date(
            1975 + rnd.randrange(25), 1 + rnd.randrange(12), 1 + rnd.randrange(28)
        ),
        "nationality": "CO",
        "id_document_type": "cedula_co",
        "id_document_number": str(rnd.randrange(10_000_000, 1_999_999_999)),
        "mission_id": "CO",
        "community": rnd.choice(["La Esperanza", "San José", "El Carmen"]),
        "consent_date": date(2026, 1, 5),
        "consent_purposes": "case_management",
        "consent_obtained_by": "Ana López",
        "occupation": "x" * rnd.randrange(0, 120),  # rows of varied size
    }


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rnd = random.Random(seed)
    workspace = open_workspace(path, demo=True)
    # Load the validation rules' data (phone and country tables) before the loop, so the
    # kills land among saves rather than in one slow first save.
    from app.services.validation import normalise_worker, validate_worker

    validate_worker(normalise_worker(worker(random.Random(-1))), today=date.today())
    print("ready", flush=True)
    while True:
        made = workspace.workers.create(worker(rnd))
        print(made.case_code, flush=True)


if __name__ == "__main__":
    main()
