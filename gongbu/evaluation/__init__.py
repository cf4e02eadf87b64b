"""Evaluation: scores of Reports against gold, cross-validation, and the learned relation comparison.

Off the parse path: importing :mod:`gongbu` or calling :func:`gongbu.parse` never imports
this package. ``gongbu evaluate`` drives it.
"""
