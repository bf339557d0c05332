"""waic-reader's engine: corpus, analysis and search. Never imports Textual."""
