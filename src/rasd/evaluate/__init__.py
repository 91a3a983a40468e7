"""Evaluation against gold data: the hand-made gold articles and treebanks."""
