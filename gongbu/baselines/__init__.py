"""Baselines to compare the shipped pipeline with; optional extras, never on the parse path."""
