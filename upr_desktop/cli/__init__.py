"""The command line: one module per command group (workshop, voting, charter, documents for print and export).

The parser, the dispatch and the exit-code rules are in main.py. Entry point: main and cli_main (cli.main).
"""

from .main import cli_main, main

__all__ = ["cli_main", "main"]
