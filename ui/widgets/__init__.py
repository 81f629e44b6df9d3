"""Reusable widgets: charts drawn with QPainter, choosers, autosaving fields."""
