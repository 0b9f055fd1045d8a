"""Láng Giềng: Vietnamese news about cooperation with Cambodia and Laos,
turned into a queryable, sourced record."""

__version__ = "0.1.0"
