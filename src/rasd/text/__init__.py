"""The Arabic text layer: readers, cleaning, sentences, tokens, normalisation keys."""
