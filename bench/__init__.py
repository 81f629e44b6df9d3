"""Benchmarks for DESIGN.md's "Figures to reach" (run with ``make bench``; not timed tests)."""
