"""``python -m graph``: the same CLI as ``srgraph``."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the interpreter starts
    sys.stderr.write("srgraph: interrupted\n")
    sys.exit(130)

sys.exit(main())
