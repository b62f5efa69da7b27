"""Data protection on the laptop: the key vault, sign-in throttling, store encryption."""
