"""Statistics reports: queries, PDF (reportlab) and CSV; no Qt."""
