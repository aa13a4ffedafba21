"""What people look at: table-shaping helpers for the notebooks (:mod:`.explore`),
the charts (:mod:`.figures`) and the HTML report (:mod:`.report`).
"""
