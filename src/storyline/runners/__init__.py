"""How per-file work is executed: locally in this process or a pool (the default)."""
