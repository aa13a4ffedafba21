"""Table-shaping helpers behind the notebooks, one module per concern.

The notebooks only call these and print or plot the result, so every number a
notebook shows is computed here, where it is tested. Every name is available as
``explore.<name>``:

- :mod:`.formatting`: tables and numbers as fixed-format text;
- :mod:`.selection`: the analysed articles, labels, a few rows out of many;
- :mod:`.groups`: distributions and breakdowns by section, source and date;
- :mod:`.examples`: articles chosen on purpose (easiest, hardest, most negative, most quoted);
- :mod:`.corpus`, :mod:`.readability`, :mod:`.tone`, :mod:`.quotations`, :mod:`.speakers`,
  :mod:`.findings`: what notebooks 01 to 05 show.

Conventions: every result is sorted on explicit keys with a final tie-breaker, so a
rerun prints the same rows in the same order; listings are bounded (the first or
top few, with a note of how many there are); degenerate input (no articles, no
quotations) gives empty frames, not errors.
"""

from __future__ import annotations

from analysis.presentation.explore.corpus import *  # noqa: F403
from analysis.presentation.explore.examples import *  # noqa: F403
from analysis.presentation.explore.findings import *  # noqa: F403
from analysis.presentation.explore.formatting import *  # noqa: F403
from analysis.presentation.explore.groups import *  # noqa: F403
from analysis.presentation.explore.quotations import *  # noqa: F403
from analysis.presentation.explore.readability import *  # noqa: F403
from analysis.presentation.explore.selection import *  # noqa: F403
from analysis.presentation.explore.speakers import *  # noqa: F403
from analysis.presentation.explore.tone import *  # noqa: F403
from analysis.schema import NEGATIVE, POSITIVE, UNATTRIBUTED  # noqa: F401
