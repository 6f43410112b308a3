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
NEWSARCHIVE_EXTRACT_TIMEOUT = 10.0  # seconds of extraction per page at most
# Extraction worker processes (0: in the crawl's process). A worker lets a second core
# extract while the crawl process downloads (0.69 of plain Scrapy's pages/s instead of
# 0.64 on the bench site) at the cost of ~50 MB more memory.
NEWSARCHIVE_EXTRACT_PROCESSES = 0
NEWSARCHIVE_PROGRESS = True  # live progress line on stderr
NEWSARCHIVE_PROGRESS_INTERVAL = 1.0
NEWSARCHIVE_DURABLE = False  # fsync every WARC, JSON and state write (periodic jobs): survives power loss
# Let links and redirects reach loopback, private (10.x, 192.168.x ...), shared, multicast and
# reserved addresses even when no seed is on such a network (--allow-private). Link-local and
# cloud metadata addresses stay refused either way (newsarchive/crawl/addresses.py).
NEWSARCHIVE_ALLOW_PRIVATE = False


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
# A page yields one item and a handful of links; Scrapy's default of 100 parallel
# output workers per response costs more in task switching than it saves.
CONCURRENT_ITEMS = 16
TELNETCONSOLE_ENABLED = False

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
