"""Dialogs and editor windows."""
