"""Sync between the desktop store and the central server: wire protocol, client, engine, files."""
