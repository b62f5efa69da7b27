"""Puente central server: FastAPI app, sync protocol server side, admin CLI."""
