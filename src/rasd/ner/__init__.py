"""Named entities: a CRF tagger (PER/ORG/LOC/MISC) and the `ner` pipeline stage."""
