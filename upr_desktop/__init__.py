"""UPR Desktop: offline UPR follow-up workshops on one laptop."""

__version__ = "0.1.0"
APP_NAME = "UPR Desktop"
