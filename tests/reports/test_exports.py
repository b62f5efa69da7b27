"""Exports read back equal the stored rows; consent, scope, field policy, formulas, cancel."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import Session, col, select

from app.models import Worker
from app.models.enums import Role
from app.reports.export_cli import main as export_main
from app.reports.exports import (
    ExportCancelled,
    export_columns,
    export_table,
    neutralise,
)
from app.services.context import PermissionDenied
from app.services.workspace import open_workspace
from tests.reports.test_indicators import (
    HQ,
    MX_OFFICER,
    SUPERVISOR,
    Dataset,
    add_worker,
    build_dataset,
)

DANGEROUS = ['=HYPERLINK("http://evil.example","clic")', "+1", "-2", "@SUM(A1:A9)", "\tcmd"]


@pytest.fixture
def dataset(tmp_path: Path) -> Dataset:
    ds = build_dataset(tmp_path / "exports.sqlite")
    with ds.session() as s:
        for i, name in enumerate(DANGEROUS):
            add_worker(s, ds, f"D{i}", given_names=name, occupation="=1+1", mission_id="MX")
        s.commit()
    return ds


def _export(ds: Dataset, path: Path, **kwargs: Any) -> Any:
    kwargs.setdefault("actor", SUPERVISOR)
    kwargs.setdefault("kind", "workers")
    kwargs.setdefault("fmt", "csv" if path.suffix == ".csv" else "xlsx")
    with ds.session() as s:
        return export_table(s, path=path, **kwargs)


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel shows accents"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _read_xlsx(path: Path) -> list[dict[str, Any]]:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


def _visible_workers(ds: Dataset, missions: tuple[str, ...]) -> list[Worker]:
    with ds.session() as s:
        stmt = select(Worker).where(
            col(Worker.archived_at).is_(None),
            col(Worker.consent_withdrawn_at).is_(None),
            col(Worker.mission_id).in_(missions),
        )
        return list(s.exec(stmt).all())


def _expected_text(value: str) -> str:
    return neutralise(value)


def test_csv_reads_back_equal_to_the_stored_workers(dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "out" / "workers.csv"
    result = _export(dataset, path)
    rows = _read_csv(path)
    stored = {w.case_code: w for w in _visible_workers(dataset, ("MX", "SV"))}
    assert result.rows == len(rows) == len(stored)
    assert {r["Case code"] for r in rows} == set(stored)
    for row in rows:
        w = stored[row["Case code"]]
        assert row["Given names"] == _expected_text(w.given_names)
        assert row["First family name"] == w.first_family_name
        assert row["Date of birth"] == w.date_of_birth.isoformat()
        assert row["Sex"] == w.sex.value
        assert row["Stage"] == w.migration_stage.value
        assert row["Phone"] == _expected_text(w.phone)
        assert row["Email"] == w.email
        assert row["ID number"] == w.id_document_number
        assert row["Community"] == w.community
        assert row["Consent date"] == (w.consent_date.isoformat() if w.consent_date else "")
        assert row["Dependants"] == str(w.dependants)
    maria = next(r for r in rows if r["Given names"] == "María José")
    assert maria["Second family name"] == "Núñez"
    assert maria["Phone"] == "'+5215512345678"  # neutralised like any text starting with +


def test_xlsx_reads_back_with_real_dates(dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "workers.xlsx"
    _export(dataset, path)
    rows = _read_xlsx(path)
    stored = {w.case_code: w for w in _visible_workers(dataset, ("MX", "SV"))}
    assert len(rows) == len(stored)
    for row in rows:
        w = stored[row["Case code"]]
        assert row["Given names"] == _expected_text(w.given_names)
        assert isinstance(row["Date of birth"], datetime)
        assert row["Date of birth"].date() == w.date_of_birth
        assert row["Dependants"] == w.dependants
        assert (row["Email"] or "") == w.email


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formulas_are_neutralised(dataset: Dataset, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"workers{suffix}"
    _export(dataset, path)
    rows = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    names = {r["Given names"] for r in rows}
    for dangerous in DANGEROUS:
        assert "'" + dangerous in names
        assert dangerous not in names
    assert all(r["Occupation"] in ("", None, "'=1+1") for r in rows)
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).worksheets[0]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_xlsx_holds_markup_characters_and_a_bold_frozen_header(
    dataset: Dataset, tmp_path: Path
) -> None:
    with dataset.session() as s:
        add_worker(s, dataset, "X", given_names="Ana & <Bea>", skills=" espacios \x07 ",
                   occupation='Comillas "dobles"')  # fmt: skip
        s.commit()
    path = tmp_path / "markup.xlsx"
    _export(dataset, path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    rows = [dict(zip([c.value for c in sheet[1]], r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)]  # fmt: skip
    ana = next(r for r in rows if r["Given names"] == "Ana & <Bea>")
    assert ana["Occupation"] == 'Comillas "dobles"'
    assert ana["Skills"] == " espacios \ufffd "  # a control character XML cannot hold
    assert sheet["G2"].number_format == "yyyy\\-mm\\-dd"


def test_neutralise() -> None:
    assert neutralise("=A1") == "'=A1"
    assert neutralise("\rX") == "'\rX"
    assert neutralise("José") == "José"
    assert neutralise("") == ""


@pytest.mark.parametrize("kind", ["workers", "placements", "enrolments"])
def test_consent_withdrawn_and_archived_are_left_out(
    dataset: Dataset, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.csv"
    _export(dataset, path, kind=kind)
    codes = {r["Case code"] for r in _read_csv(path)}
    with dataset.session() as s:
        w6 = s.get(Worker, dataset.ids["W6"])
        w7 = s.get(Worker, dataset.ids["W7"])
        w1 = s.get(Worker, dataset.ids["W1"])
        assert w6 is not None and w7 is not None and w1 is not None
    assert w6.case_code not in codes
    assert w7.case_code not in codes
    assert w1.case_code in codes


def test_placements_and_enrolments_read_back(dataset: Dataset, tmp_path: Path) -> None:
    _export(dataset, tmp_path / "p.csv", kind="placements")
    (placement,) = _read_csv(tmp_path / "p.csv")
    assert placement["Employer"] == "Fermes Côté-Lévesque"
    assert placement["Name"] == "María José Pérez Núñez"
    assert placement["Start"] == "2026-04-01"
    assert placement["Work permit number"] == "U123456789"
    _export(dataset, tmp_path / "e.xlsx", kind="enrolments")
    rows = _read_xlsx(tmp_path / "e.xlsx")
    # E1, E2, E3, E4 (E5: consent withdrawn, E6: archived)
    assert sorted((r["Course code"], r["Status"]) for r in rows) == [
        ("EMP-1", "completed"),
        ("EMP-1", "completed"),
        ("ORI-1", "completed"),
        ("ORI-1", "enrolled"),
    ]
    e1 = next(r for r in rows if r["Certificate number"] == "CERT-0001")
    assert e1["Completed on"].date() == date(2026, 2, 20)
    assert e1["Hours"] == 20
    assert e1["Result"] == "passed"


def test_hq_analyst_gets_pseudonymous_rows(dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "hq.csv"
    result = _export(dataset, path, actor=HQ)
    rows = _read_csv(path)
    header = set(rows[0])
    for hidden in ("Given names", "First family name", "Date of birth", "ID number", "Phone",
                   "Other phone", "Email", "Address", "Skills", "Intake form code"):  # fmt: skip
        assert hidden not in header
    assert {"Case code", "Year of birth", "Sex", "Community", "Stage"} <= header
    assert "year_of_birth" in result.columns
    maria = next(r for r in rows if r["Community"] == "San Miguel")
    assert maria["Year of birth"] == "2000"
    assert not any("maria@example.org" in v or "+52" in v for r in rows for v in r.values())
    _export(dataset, tmp_path / "hq_p.csv", actor=HQ, kind="placements")
    (placement,) = _read_csv(tmp_path / "hq_p.csv")
    assert "Name" not in placement and "Work permit number" not in placement


def test_field_policy_per_role() -> None:
    officer = {c.key for c in export_columns("workers", Role.FIELD_OFFICER)}
    supervisor = {c.key for c in export_columns("workers", Role.SUPERVISOR)}
    analyst = {c.key for c in export_columns("workers", Role.HQ_ANALYST)}
    admin = {c.key for c in export_columns("workers", Role.ADMIN)}
    assert officer == supervisor
    assert analyst == admin
    personal = {"given_names", "phone", "email", "address_line", "id_document_number",
                "date_of_birth"}  # fmt: skip
    assert personal <= officer
    assert not personal & analyst
    assert "year_of_birth" in analyst and "year_of_birth" not in officer


def test_an_officer_exports_only_their_mission(dataset: Dataset, tmp_path: Path) -> None:
    _export(dataset, tmp_path / "mx.csv", actor=MX_OFFICER)
    assert {r["Mission"] for r in _read_csv(tmp_path / "mx.csv")} == {"MX"}
    _export(dataset, tmp_path / "sv.csv", actor=SUPERVISOR, mission="SV")
    assert {r["Mission"] for r in _read_csv(tmp_path / "sv.csv")} == {"SV"}
    with pytest.raises(PermissionDenied):
        _export(dataset, tmp_path / "no.csv", actor=MX_OFFICER, mission="SV")
    assert not (tmp_path / "no.csv").exists()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cancel_leaves_no_file(dataset: Dataset, tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "cancel"
    folder.mkdir()
    path = folder / f"workers{suffix}"
    calls: list[tuple[int, int]] = []

    def stop_after_first_chunk() -> bool:
        return len(calls) >= 2  # (0, total), then the first chunk

    with pytest.raises(ExportCancelled):
        _export(dataset, path, chunk_rows=2, progress=lambda d, t: calls.append((d, t)),
                cancelled=stop_after_first_chunk)  # fmt: skip
    assert list(folder.iterdir()) == []
    assert calls[:2] == [(0, 11), (2, 11)]


def test_a_cancelled_export_keeps_the_previous_file(dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "workers.csv"
    path.write_text("previous", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        _export(dataset, path, cancelled=lambda: True)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_progress_reaches_the_total(dataset: Dataset, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    _export(dataset, tmp_path / "w.xlsx", chunk_rows=3, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 11)
    assert calls[-1] == (11, 11)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cli_exports_as_the_device_officer(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    ds = build_dataset(data_dir / "puente.sqlite")
    ds.engine.dispose()
    ws = open_workspace(data_dir / "puente.sqlite")
    ws.set_profile(officer_name="Ana López", mission="MX")
    ws.close()
    out = tmp_path / "cli.xlsx"
    code = export_main(["workers", "--format", "xlsx", "-o", str(out), "--data-dir",
                        str(data_dir), "--lang", "en"])  # fmt: skip
    assert code == 0
    rows = _read_xlsx(out)
    assert {r["Mission"] for r in rows} == {"MX"}
    assert len(rows) == 5  # W1-W4 and W8; W6 withdrew consent, W7 is archived
    assert export_main(["workers", "-o", str(tmp_path / "x.csv"), "--data-dir",
                        str(tmp_path / "nowhere")]) == 1  # fmt: skip
    assert export_main(["workers", "-o", str(tmp_path / "sv.csv"), "--mission", "SV",
                        "--data-dir", str(data_dir), "--lang", "en"]) == 1  # fmt: skip
    assert not (tmp_path / "sv.csv").exists()


def test_export_parser_plugs_into_a_cli() -> None:
    import argparse

    from app.reports.export_cli import add_export_parser, run_export

    parser = argparse.ArgumentParser(prog="puente")
    add_export_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", "placements", "--format", "xlsx", "-o", "p.xlsx",
                              "--mission", "mx", "--demo"])  # fmt: skip
    assert args.func is run_export
    assert (args.kind, args.fmt, args.output, args.mission, args.demo) == (
        "placements",
        "xlsx",
        Path("p.xlsx"),
        "mx",
        True,
    )


def test_session_is_only_read(dataset: Dataset, tmp_path: Path) -> None:
    with Session(dataset.engine) as s:
        before = len(s.exec(select(Worker)).all())
    _export(dataset, tmp_path / "w.csv")
    with Session(dataset.engine) as s:
        assert len(s.exec(select(Worker)).all()) == before
