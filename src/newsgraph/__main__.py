"""``python -m newsgraph`` is the ``newsgraph`` command."""

from newsgraph.cli.main import main

main()
