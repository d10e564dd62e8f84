"""Bag stage: the BagIt 1.0 writer (``writer``: atomic, durable, group-committed bags) and an
independent RFC 8493 checker (``check``, split by rule family)."""
