"""Scrapy components of the crawl."""
