"""Puente: offline-first case management for labour-mobility programmes."""

__version__ = "0.1.0"
