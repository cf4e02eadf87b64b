"""Training the statistical entity model: corpora from the gold, augmentation, spaCy training.

Off the parse path: importing :mod:`gongbu` or calling :func:`gongbu.parse` never imports
this package. ``gongbu train`` drives it; ``configs/*.cfg`` hold the spaCy settings.
"""
