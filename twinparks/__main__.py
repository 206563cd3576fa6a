"""``python -m twinparks`` runs the command line."""

import sys

from twinparks.cli import main

sys.exit(main())
