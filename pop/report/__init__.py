"""Reports: the conversation PDF, the team PDF and their charts (reportlab, imported lazily)."""
