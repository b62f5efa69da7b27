"""Upgrade check for the installer: a data folder of the previous schema opens in a new build.

    python installer/upgrade_check.py make DATA_DIR     # (source tree) an encrypted store
                                                        # with a worker, at schema 0002
    <bundle>/puente --data-dir DATA_DIR                  # the new build signs in, backs the
                                                        # store up, migrates it, shows
    python installer/upgrade_check.py verify DATA_DIR   # the worker is there, at the head
                                                        # schema, and the backup exists

installer/ci_bundle.sh runs the three steps with the frozen app in the middle.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

USERNAME = "ana"
PASSWORD = "upgrade check password 2026"
PREVIOUS = "0002"
GIVEN = "Ñusta Ángela"


def make(data_dir: Path) -> None:
    from alembic import command

    from app.config import STORE_FILE
    from app.security.access import StoreAccess
    from app.services.workspace import open_workspace
    from app.store.engine import create_store_engine
    from app.store.migrate import _alembic_config

    store = data_dir / STORE_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    key = StoreAccess(store).create_local_account(USERNAME, PASSWORD, PASSWORD).key
    workspace = open_workspace(store, key=key)
    workspace.set_profile(officer_name="Ana López", mission="MX")
    workspace.workers.create(
        {
            "given_names": GIVEN,
            "first_family_name": "Quispe",
            "sex": "female",
            "date_of_birth": date(1991, 2, 3),
            "nationality": "MX",
            "id_document_type": "passport",
            "id_document_number": "G55501234",
            "mission_id": "MX",
            "community": "San Isidro",
            "migration_stage": "pre_departure",
            "consent_date": date(2026, 1, 5),
            "consent_purposes": "case_management",
            "consent_obtained_by": "Ana López",
        }
    )
    workspace.close()
    engine = create_store_engine(store, key=key)
    with engine.connect() as conn:  # back to the schema the previous release made
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, PREVIOUS)
        conn.commit()
    engine.dispose()
    print(f"made {store} at schema {PREVIOUS}")


def verify(data_dir: Path) -> None:
    from app.config import STORE_FILE
    from app.security.access import StoreAccess
    from app.services.workers import WorkerQuery
    from app.services.workspace import open_workspace
    from app.store.migrate import HEAD_REVISION, current_revision

    store = data_dir / STORE_FILE
    key = StoreAccess(store).unlock(USERNAME, PASSWORD).key
    revision = current_revision(store, key=key)
    if revision != HEAD_REVISION:
        sys.exit(f"the new build left the store at {revision}, not {HEAD_REVISION}")
    backups = sorted((data_dir / "backups").glob("*"))
    if not backups:
        sys.exit("no backup was made before the upgrade")
    workspace = open_workspace(store, key=key)
    rows = workspace.workers.page(WorkerQuery(text="nusta quispe")).rows
    workspace.close()
    if len(rows) != 1:
        sys.exit("the worker made before the upgrade is missing")
    print(f"upgrade kept the data: schema {revision}, backup {backups[-1].name}")


if __name__ == "__main__":
    action, folder = sys.argv[1], Path(sys.argv[2])
    {"make": make, "verify": verify}[action](folder)
