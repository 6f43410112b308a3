"""Scrapy settings of newsarchive: polite defaults, capture, extraction and exporters.

Every value can be overridden with ``-s NAME=VALUE`` on ``newsarchive crawl`` and
on ``scrapy crawl article``. The ``NEWSARCHIVE_*`` settings are newsarchive's own.
"""

from newsarchive import __version__

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["newsarchive.spiders"]
NEWSPIDER_MODULE = "newsarchive.spiders"

# -- newsarchive's own settings ------------------------------------------------
NEWSARCHIVE_OUTPUT = "output"  # folder for articles.jsonl and warc/
NEWSARCHIVE_DEPTH = 1  # how many link hops from the seeds to follow
NEWSARCHIVE_SAME_SITE = False  # follow links to the seeds' hosts only
NEWSARCHIVE_CONTACT_URL = "https://newsarchive.invalid/contact"
NEWSARCHIVE_WARC_MAX_SIZE = 10**9  # bytes per WARC file before rotating
NEWSARCHIVE_WARC_PREFIX = "newsarchive"
NEWSARCHIVE_JOB = None  # a job name for each warcinfo's isPartOf (periodic jobs: the job's name)
NEWSARCHIVE_OPERATOR = None  # who runs the crawl (name, email), for each warcinfo's operator field
NEWSARCHIVE_EXTRACT_TIMEOUT = 10.0  # seconds of extraction per page at most
# Worker processes that parse, read and extract the HTML pages (newsarchive.crawl.reading)
# while the crawl's process downloads and archives; 0: all in the crawl's process. "auto":
# one where this process may use two cores or more, else 0. A worker costs ~50 MB of memory.
NEWSARCHIVE_EXTRACT_PROCESSES = "auto"
NEWSARCHIVE_PROGRESS = True  # live progress line on stderr
NEWSARCHIVE_PROGRESS_INTERVAL = 1.0
NEWSARCHIVE_DURABLE = False  # fsync every WARC, JSON and state write (periodic jobs): survives power loss
# Let links and redirects reach loopback, private (10.x, 192.168.x ...), shared, multicast and
# reserved addresses even when no seed is on such a network (--allow-private). Link-local and
# cloud metadata addresses stay refused either way (newsarchive/crawl/addresses.py).
NEWSARCHIVE_ALLOW_PRIVATE = False
# Seconds a worker of a Redis crawl holds a request before it goes back to the queue,
# unless the worker renews it (every third of this while it lives) or acknowledges it.
NEWSARCHIVE_LEASE_SECONDS = 60
# Most articles one feed, sitemap or front given as a seed adds as seeds (0: no limit); the
# first ones in the document's order are taken (newsarchive/crawl/seedkinds.py).
NEWSARCHIVE_MAX_SEEDS_PER_SOURCE = 1000
# Page resources (images, stylesheets and what they reference, fonts, scripts, icons) fetched and
# archived beside each article ("article"), each HTML page ("all") or none ("none"); at most
# NEWSARCHIVE_RESOURCES_PER_PAGE of a page (or a stylesheet), each cut at NEWSARCHIVE_RESOURCE_MAXSIZE
# bytes (newsarchive/crawl/resources.py).
NEWSARCHIVE_RESOURCES = "article"
NEWSARCHIVE_RESOURCES_PER_PAGE = 200
NEWSARCHIVE_RESOURCE_MAXSIZE = 20 * 1024 * 1024
# --screenshot: at the end of a run, a PNG of each article rendered from the archive (pywb, headless
# Chromium: NEWSARCHIVE_CHROMIUM, or the first chromium on PATH), at most NEWSARCHIVE_SCREENSHOT_TIMEOUT
# seconds a page and NEWSARCHIVE_SCREENSHOTS_TIMEOUT for the step (newsarchive/screenshot.py).
NEWSARCHIVE_SCREENSHOTS = False
NEWSARCHIVE_CHROMIUM = None
NEWSARCHIVE_SCREENSHOT_TIMEOUT = 20.0
NEWSARCHIVE_SCREENSHOTS_TIMEOUT = 600.0


# -- politeness --------------------------------------------------------------------


def user_agent(contact: str) -> str:
    """newsarchive's User-Agent: software, version and where to reach its operator."""
    return f"newsarchive/{__version__} (+{contact})"


USER_AGENT = user_agent(NEWSARCHIVE_CONTACT_URL)  # follows NEWSARCHIVE_CONTACT_URL (see the spider)
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
COOKIES_ENABLED = False
# A page yields at most one item and its links, each handled without waiting (the pipelines
# are synchronous; a worker process reads the page before its output is yielded): Scrapy
# starts this many asyncio tasks for every response's output (its default, 100, cost 5%
# of a crawl's time in task creation alone), so one.
CONCURRENT_ITEMS = 1
# Scrapy checks each response's callback for a generator that returns a value by parsing its
# source (ast): its cache holds the callback weakly, and a request's bound method dies with the
# request, so the source was parsed again for every page (~1% of a crawl's time). The spider's
# few callbacks are newsarchive's own code.
WARN_ON_GENERATOR_RETURN_VALUE = False
# no remote-control servers: Scrapy's telnet console and its HTTP remote control (which also
# leaves a token file in ~/.local/state/scrapy/job_files/ when a crawl is killed)
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# -- dependability -----------------------------------------------------------------
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = False  # a body cut short is kept (WARC-Truncated: disconnect), not dropped
# Seconds a body may keep arriving after its headers before it is cut and archived as
# WARC-Truncated: time. None: until 80% of DOWNLOAD_TIMEOUT has passed since the request
# started; never later than that, so the cut comes before Scrapy's timeout drops the response.
NEWSARCHIVE_BODY_TIMEOUT = None
REDIRECT_MAX_TIMES = 10
DNS_TIMEOUT = 20
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"

# -- capture, archive, extract, export ------------------------------------------
DOWNLOAD_HANDLERS = {
    "http": "newsarchive.capture.CapturingDownloadHandler",
    "https": "newsarchive.capture.CapturingDownloadHandler",
}
EXTENSIONS = {
    "newsarchive.crawl.truncation.DownloadLimits": 90,  # the size and time limits, keeping what arrived
    "newsarchive.archive.ArchiveExtension": 100,
    "newsarchive.progress.Progress": 500,
    "scrapy.extensions.logstats.LogStats": None,  # replaced by the progress line
}
DOWNLOADER_MIDDLEWARES = {
    # before robots.txt (100), so a refused host never has its robots.txt fetched; it sees
    # every request, redirects included (they go through the whole chain again)
    "newsarchive.crawl.addresses.AddressPolicyMiddleware": 60,
    "newsarchive.conditional.ConditionalRequestsMiddleware": 560,
    # asks only for the codings both Scrapy and warcio can decode (newsarchive/encodings.py)
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "newsarchive.encodings.HttpCompressionMiddleware": 590,
}
ITEM_PIPELINES = {
    "newsarchive.pipelines.extraction.ExtractionPipeline": 100,
    "newsarchive.pipelines.archive.ArchivePipeline": 800,
}
DUPEFILTER_CLASS = "newsarchive.dupefilter.LoopReportingDupeFilter"
# Scrapy's FEEDS: CSV and XML write nested fields (authors, images, changes ...) as JSON text
FEED_EXPORTERS = {
    "csv": "newsarchive.exporters.CsvItemExporter",
    "xml": "newsarchive.exporters.XmlItemExporter",
}
