"""Load, validate and model a case file."""
