"""Start Spiegelplan: ``python main.py [--data-dir DIR] [--lang nl|en] [--page NAME]
[--screenshot FILE] [--version] [--self-test] [FILE]``.

Everything is in :mod:`ui.launch`; the interface itself is imported only when it is needed.
"""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
