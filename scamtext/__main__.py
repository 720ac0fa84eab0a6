"""``python -m scamtext`` runs the command line (see :mod:`scamtext.cli`)."""

from .cli import main

raise SystemExit(main())
