"""Missions: the five country missions and headquarters."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Mission(SQLModel, table=True):
    """A country mission (MX, SV, CO, EC, HN) or HQ; reference data from the server."""

    code: str = Field(primary_key=True, max_length=2)
    name: str = Field(max_length=120)
    country: str = Field(max_length=2, description="ISO 3166-1 alpha-2; CA for HQ")
    currency: str = Field(max_length=3, description="ISO 4217")
    time_zone: str = Field(max_length=64)


DEFAULT_MISSIONS: tuple[Mission, ...] = (
    Mission(
        code="MX", name="IOM Mexico", country="MX", currency="MXN", time_zone="America/Mexico_City"
    ),
    Mission(
        code="SV",
        name="IOM El Salvador",
        country="SV",
        currency="USD",
        time_zone="America/El_Salvador",
    ),
    Mission(
        code="CO", name="IOM Colombia", country="CO", currency="COP", time_zone="America/Bogota"
    ),
    Mission(
        code="EC", name="IOM Ecuador", country="EC", currency="USD", time_zone="America/Guayaquil"
    ),
    Mission(
        code="HN",
        name="IOM Honduras",
        country="HN",
        currency="HNL",
        time_zone="America/Tegucigalpa",
    ),
    Mission(
        code="HQ",
        name="Headquarters Ottawa",
        country="CA",
        currency="CAD",
        time_zone="America/Toronto",
    ),
)
