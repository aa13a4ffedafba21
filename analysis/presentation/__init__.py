"""What people look at: table-shaping helpers for the notebooks (:mod:`.explore`), the charts
(:mod:`.figures`), one article as HTML (:mod:`.article_view`), and the HTML report
(:mod:`.report`, its tables :mod:`.html_tables`, and :mod:`.digest`, what a streamed run keeps
for it). See docs/presentation.md.
"""
