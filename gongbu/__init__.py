"""gongbu: structured facts from Chinese reports on East-West poverty-alleviation cooperation."""

__version__ = "0.1.0"
