"""The command line. Entry point: main and cli_main (cli.main)."""

from .main import cli_main, main

__all__ = ["cli_main", "main"]
