"""``python -m graph``: the same CLI as ``srgraph``."""

import sys

from .cli import main

sys.exit(main())
