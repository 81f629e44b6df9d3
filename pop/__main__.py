"""Entry point for ``python -m pop``."""

import sys

from pop.cli import main

sys.exit(main())
