"""PDF documents (reportlab); labels come through an injected `tr(context, text)`."""
