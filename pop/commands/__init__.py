"""One module per command-line command: ``NAME``, ``HELP``, ``add_arguments``, ``run``."""
