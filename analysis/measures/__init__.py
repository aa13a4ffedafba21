"""The three measures, one subpackage each: readability, tone and quotations.

Each reads text (or an article's text units) and returns plain values; the
tables are assembled above them, in :mod:`analysis.tables`.
"""
