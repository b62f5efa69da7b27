"""Server side of the sync protocol: applying pushed mutations and serving the change feed."""
