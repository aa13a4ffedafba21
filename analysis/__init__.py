"""news-workbook: readability, tone and quotation statistics for news text."""

from __future__ import annotations

from analysis.load import load_articles
from analysis.pipeline import Tables, analyze
from analysis.quotes import extract_quotes
from analysis.readability import readability
from analysis.sentiment import sentiment

__all__ = ["Tables", "analyze", "extract_quotes", "load_articles", "readability", "sentiment"]
