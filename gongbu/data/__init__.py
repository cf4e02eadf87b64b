"""Annotated data: reading, validating and converting the gold annotations."""
