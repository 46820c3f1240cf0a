"""Debt-collection document generator: case files in, letters and filings out."""

__version__ = "0.1.0"
