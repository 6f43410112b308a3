"""newsarchive's spiders (installed as ``newsarchive.spiders``)."""
