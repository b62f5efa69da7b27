"""The desktop user interface (PySide6 widgets); it talks to app.services only."""
