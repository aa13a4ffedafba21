from __future__ import annotations

from analysis.cli import main

raise SystemExit(main())
