"""news-workbook: readability, tone and quotation statistics for news text."""

from __future__ import annotations

from analysis.engines import analyze
from analysis.loading import load_articles
from analysis.measures.quotations import extract_quotes
from analysis.measures.readability import readability
from analysis.measures.tone import sentiment
from analysis.tables import Tables

__all__ = ["Tables", "analyze", "extract_quotes", "load_articles", "readability", "sentiment"]
