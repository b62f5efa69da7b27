"""Entry script of the frozen app: the same as the `puente` command."""

from app.cli import main

raise SystemExit(main())
