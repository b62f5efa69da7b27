"""Start-up of the desktop app, in parts: timing, demo store, sync wiring, sign-in flow, window."""
