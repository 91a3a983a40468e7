"""Server-rendered, right-to-left pages over the corpus store (templates and static assets)."""
