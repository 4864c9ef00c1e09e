"""The `salescall` command line: thin shells around the engine, scoring and loader."""
