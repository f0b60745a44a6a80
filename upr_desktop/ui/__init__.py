"""PySide6 views. They read through the ops layer and write only through ops operations."""
