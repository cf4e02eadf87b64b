"""Text cleaning: the first stage of the pipeline."""

from gongbu.text.clean import Cleaned, TextWarning, clean, detect
from gongbu.text.sentences import sentences

__all__ = ["Cleaned", "TextWarning", "clean", "detect", "sentences"]
