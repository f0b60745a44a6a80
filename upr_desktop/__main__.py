"""`python -m upr_desktop` and the `upr-desktop` launcher: the app, or a command (see cli/main.py)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
