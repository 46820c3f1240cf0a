"""Jurisdiction packs: one module and one data folder per jurisdiction."""
