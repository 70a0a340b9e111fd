"""`python -m medlm ...` (also what `torchrun -m medlm train ...` runs)."""

from medlm.cli import main

raise SystemExit(main())
