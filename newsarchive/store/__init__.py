"""The archive folder, one store with one owner (:class:`newsarchive.store.archive.Archive`).

Its parts: the layout and the lock (:mod:`.archive`, :mod:`.lock`), the state database
(:mod:`.state`) with the crawl frontier (:mod:`.frontier`), and the append-only files
(:mod:`.files`). Import from the submodules; this package imports nothing itself, so
that the WARC writer can use :mod:`.files` without a cycle.
"""
