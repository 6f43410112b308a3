"""Crawls on many workers sharing one frontier in Redis (``crawl --redis``, ``worker``, ``status``).

The parts, each with one job:

- :mod:`.crawl` names a crawl's Redis keys, keeps its settings (so every worker crawls
  the same way) and owns the leases: an in-flight entry per request with an expiry,
  given back to the queue when it lapses, acknowledged once the page is on disk.
- :mod:`.frontier` is the archive's frontier backed by those keys (same interface as
  :class:`newsarchive.store.frontier.Frontier`), the seam through which the store's
  acknowledgements reach Redis.
- :mod:`.scheduler` is a small subclass of scrapy-redis's scheduler for Scrapy 2.19.
- :mod:`.worker` runs one worker, keeps its leases alive, publishes its progress and
  ends it when the crawl is finished; :mod:`.status` reads a crawl's figures.

Several workers never write one file: each has its own part of the archive folder
(:func:`newsarchive.store.merge.part_folder`), merged into one archive by
:mod:`newsarchive.store.merge`.
"""
