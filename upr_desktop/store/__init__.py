"""The workshop file. sqlite3 and sqlite-utils are used here and nowhere else."""

from .database import SCHEMA_VERSION, WorkshopDB, create_workshop_db, open_workshop_db
from .queries import RecommendationFilter

__all__ = ["SCHEMA_VERSION", "WorkshopDB", "create_workshop_db", "open_workshop_db", "RecommendationFilter"]
