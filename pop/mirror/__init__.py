"""The 360-degree mirror: feedback rounds, rater answers and the anonymous analysis.

- :mod:`pop.mirror.model`: rater groups, rounds, responses (domain dataclasses).
- :mod:`pop.mirror.analysis`: :func:`analyse` applies the 360 rules (anonymity, gaps, quadrants).
- :mod:`pop.mirror.shared`: :func:`shareable_mirror` — only what may leave the laptop.
"""
