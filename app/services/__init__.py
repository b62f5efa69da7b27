"""Use cases: one function = one transaction; no Qt."""
