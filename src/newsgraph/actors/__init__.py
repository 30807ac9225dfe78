"""Actor coding: country and sector codes for entities (PLOVER/CAMEO-style)."""
