"""PySide6 views, one package per workshop step (review, clusters, participants, vote, results, charter, print),
plus shell/ (the window around them) and common/ (what every step shares). They read through the ops layer and
the store's query functions, and write only through ops operations. See docs/ARCHITECTURE.md.
"""
