"""`python -m upr_desktop.cli`: the same as `python -m upr_desktop`."""

import sys

from .main import main

sys.exit(main())
