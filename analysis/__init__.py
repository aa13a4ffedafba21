"""news-workbook: readability, tone and quotation statistics for news text."""

from __future__ import annotations

from analysis.engines.chunks import Tables, analyze
from analysis.loading.load import load_articles
from analysis.measures.quotations.engine import extract_quotes
from analysis.measures.readability.formulas import readability
from analysis.measures.tone.sentiment import sentiment

__all__ = ["Tables", "analyze", "extract_quotes", "load_articles", "readability", "sentiment"]
