"""The command line: one command registry and one output module over the workspace."""
