"""Printed forms: the intake form layout, form codes and the print-form command."""
