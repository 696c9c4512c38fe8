"""`python -m desk` runs the command line; with no command it starts the GUI."""

import sys

from desk.cli import main

sys.exit(main())
