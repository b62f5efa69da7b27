"""The local store: one engine factory, migrations, the search index (no Qt)."""
