"""The Worker file: one window per worker with profile, journey, training, plans, money, notes."""

from app.ui.worker_file.window import PRINT_KIND, WorkerFileWindow

__all__ = ["PRINT_KIND", "WorkerFileWindow"]
