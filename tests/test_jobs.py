"""The job file: every key, defaults, relative paths, and one clear line per mistake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from textwrap import dedent

import pytest

from newsarchive.jobs import (
    Job,
    JobFileError,
    Revisit,
    Seed,
    load_jobs,
    next_run,
    parse_duration,
)

REPO = Path(__file__).resolve().parent.parent



def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "jobs.toml"
    path.write_text(dedent(text), "utf-8")
    return path


def test_every_key(tmp_path) -> None:
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "urls.txt").write_text("https://example.org/a\n")
    jobs = load_jobs(write(tmp_path, """
        [defaults]
        output = "archive"
        depth = 3
        settings = { DOWNLOAD_DELAY = 1, ROBOTSTXT_OBEY = true }

        [jobs.harbour-times]
        seeds = [
            "https://example.org/feed.xml",
            "lists/urls.txt",
            "https://example.org/news-sitemap.xml",
            "https://example.org/2024/05/01/story?utm_source=x",
            { url = "https://example.org/latest", kind = "feed" },
        ]
        every = "1h30m"
        depth = 0
        output = "out/harbour"
        revisit = { for = "3d", every = "12h" }
        same_site = true
        settings = { CONCURRENT_REQUESTS_PER_DOMAIN = 2, DOWNLOAD_DELAY = 0.5 }
    """))
    assert list(jobs) == ["harbour-times"]
    assert jobs["harbour-times"] == Job(
        name="harbour-times",
        seeds=(
            Seed("https://example.org/feed.xml", "feed"),
            Seed(str(tmp_path.resolve() / "lists" / "urls.txt"), "urls"),
            Seed("https://example.org/news-sitemap.xml", "sitemap"),
            Seed("https://example.org/2024/05/01/story", "url"),
            Seed("https://example.org/latest", "feed"),
        ),
        every=timedelta(hours=1, minutes=30), cron=None, depth=0,
        revisit=Revisit(keep_for=timedelta(days=3), every=timedelta(hours=12)),
        output=tmp_path.resolve() / "out" / "harbour", same_site=True,
        settings={"DOWNLOAD_DELAY": 0.5, "ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS_PER_DOMAIN": 2},
    )


def test_defaults_are_inherited(tmp_path) -> None:
    jobs = load_jobs(write(tmp_path, """
        [defaults]
        output = "/srv/archive"
        depth = 2
        same_site = true
        every = "2h"
        revisit = { for = "5d" }
        settings = { DOWNLOAD_DELAY = 1 }

        [jobs.a]
        seeds = ["https://a.example/"]

        [jobs.b]
        seeds = ["https://b.example/"]
        cron = "0 * * * *"
        revisit = { every = "1h" }
        settings = { DOWNLOAD_DELAY = 3 }
    """))
    a, b = jobs["a"], jobs["b"]
    assert (a.output, a.depth, a.same_site, a.every, a.cron) == (Path("/srv/archive/a"), 2, True, timedelta(hours=2), None)
    assert a.revisit == Revisit(timedelta(days=5), timedelta(hours=6))
    assert a.settings == {"DOWNLOAD_DELAY": 1}
    assert (b.output, b.every, b.cron) == (Path("/srv/archive/b"), None, "0 * * * *")
    assert b.revisit == Revisit(timedelta(days=5), timedelta(hours=1))
    assert b.settings == {"DOWNLOAD_DELAY": 3}


def test_built_in_defaults_and_paths_relative_to_the_file(tmp_path) -> None:
    sub = tmp_path / "conf"
    sub.mkdir()
    (sub / "urls.txt").write_text("https://example.org/a\n")
    path = sub / "jobs.toml"
    path.write_text('[jobs.x]\nseeds = ["urls.txt"]\nevery = "1d"\n')
    job = load_jobs(path)["x"]
    assert job.seeds == (Seed(str(sub.resolve() / "urls.txt"), "urls"),)
    assert job.output == sub.resolve() / "archive" / "x"
    assert (job.depth, job.same_site, dict(job.settings)) == (1, False, {})
    assert job.revisit == Revisit(timedelta(days=2), timedelta(hours=6))


def test_revisit_for_zero_disables(tmp_path) -> None:
    job = load_jobs(write(tmp_path, """
        [jobs.x]
        seeds = ["https://example.org/"]
        every = "1d"
        revisit = { for = "0", every = "0" }
    """))["x"]
    assert job.revisit.keep_for == timedelta(0)


@pytest.mark.parametrize("url, kind", [
    ("https://e.org/feed.xml", "feed"), ("https://e.org/index.rss", "feed"), ("https://e.org/a.atom", "feed"),
    ("https://e.org/news/feed/", "feed"), ("https://e.org/rss", "feed"),
    ("https://e.org/sitemap.xml", "sitemap"), ("https://e.org/sitemap_index.xml.gz", "sitemap"),
    ("https://e.org/2024/story.html", "url"), ("https://e.org/", "url"), ("https://e.org/feedback", "url"),
])
def test_seed_kind_is_guessed_from_the_url(tmp_path, url, kind) -> None:
    job = load_jobs(write(tmp_path, f'[jobs.x]\nseeds = ["{url}"]\nevery = "1h"\n'))["x"]
    assert job.seeds[0].kind == kind


def test_settings_cannot_be_changed_through_the_job(tmp_path) -> None:
    job = load_jobs(write(tmp_path, '[jobs.x]\nseeds = ["https://e.org/"]\nevery = "1h"\nsettings = { A = 1 }\n'))["x"]
    with pytest.raises(TypeError):
        job.settings["A"] = 2  # type: ignore[index]


@pytest.mark.parametrize("text, expected", [
    ("90s", timedelta(seconds=90)), ("30m", timedelta(minutes=30)), ("2h", timedelta(hours=2)),
    ("1d", timedelta(days=1)), ("1w", timedelta(weeks=1)), ("1h30m", timedelta(hours=1, minutes=30)),
    (" 2H ", timedelta(hours=2)), ("0", timedelta(0)),
])
def test_parse_duration(text, expected) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "30", "30 minutes", "1.5h", "m", "30m1h", "-1h", "1y"])
def test_parse_duration_rejects(text) -> None:
    with pytest.raises(ValueError, match=r"not a duration: .* \(use e\.g\. 30m, 2h, 1d\)"):
        parse_duration(text)


JOB = 'seeds = ["https://example.org/"]\nevery = "1h"\n'


@pytest.mark.parametrize("text, message", [
    ('[jobs.x]\nevry = "1h"\nseeds = ["https://e.org/"]\n',
     "jobs.toml: job 'x': unknown key 'evry' (did you mean 'every'?)"),
    (f'[jobs.x]\n{JOB}colour = "red"\n',
     ("jobs.toml: job 'x': unknown key 'colour' (known keys: seeds, every, cron, depth, output, "
      "revisit, same_site, settings)")),
    (f'[defaults]\nseeds = ["https://e.org/"]\n[jobs.x]\n{JOB}',
     ("jobs.toml: defaults: unknown key 'seeds' (known keys: every, cron, depth, output, revisit, "
      "same_site, settings)")),
    (f'[job.x]\n{JOB}', "jobs.toml: unknown key 'job' (did you mean 'jobs'?)"),
    (f'[jobs.x]\n{JOB}revisit = {{ for = "1d", evry = "1h" }}\n',
     "jobs.toml: job 'x': revisit: unknown key 'evry' (did you mean 'every'?)"),
    (f'[jobs.x]\n{JOB}cron = "0 * * * *"\n', "jobs.toml: job 'x': every and cron: give one of them, not both"),
    ('[jobs.x]\nseeds = ["https://e.org/"]\nevery = "30 minutes"\n',
     "jobs.toml: job 'x': every: not a duration: '30 minutes' (use e.g. 30m, 2h, 1d)"),
    ('[jobs.x]\nseeds = ["https://e.org/"]\nevery = 30\n',
     "jobs.toml: job 'x': every: expected a string, got int 30"),
    ('[jobs.x]\nseeds = ["https://e.org/"]\nevery = "0m"\n', "jobs.toml: job 'x': every: must be more than 0"),
    ('[jobs.x]\nseeds = ["https://e.org/"]\ncron = "61 * * * *"\n',
     ("jobs.toml: job 'x': cron: not a cron expression: '61 * * * *' "
      "(minute hour day month weekday, e.g. '*/30 6-22 * * *', or '@daily')")),
    ('[jobs.x]\nseeds = ["https://e.org/"]\ncron = "0 0 * * * *"\n',
     ("jobs.toml: job 'x': cron: not a cron expression: '0 0 * * * *' "
      "(minute hour day month weekday, e.g. '*/30 6-22 * * *', or '@daily')")),
    ('[jobs.x]\nseeds = ["https://e.org/"]\n',
     "jobs.toml: job 'x': no schedule: give every (e.g. every = \"30m\") or cron (e.g. cron = \"0 * * * *\")"),
    ('[jobs.x]\nevery = "1h"\n',
     "jobs.toml: job 'x': seeds: missing (give a list of URLs, feeds, sitemaps or URL list files)"),
    ('[jobs.x]\nseeds = []\nevery = "1h"\n',
     "jobs.toml: job 'x': seeds: expected a non-empty list of seeds, got list []"),
    ('[jobs."a/b"]\n' + JOB,
     "jobs.toml: job 'a/b': bad name: use letters, digits, '.', '_' and '-' only (it names the job's folder)"),
    ('[jobs.".."]\n' + JOB,
     "jobs.toml: job '..': bad name: use letters, digits, '.', '_' and '-' only (it names the job's folder)"),
    ('[jobs.x]\nseeds = ["missing.txt"]\nevery = "1h"\n',
     "job 'x': seeds: seed 1: no such URL list file: "),
    ('[jobs.x]\nseeds = ["https://e.org/", "ftp://e.org/x"]\nevery = "1h"\n',
     "jobs.toml: job 'x': seeds: seed 2: unsupported scheme 'ftp' (only http and https): 'ftp://e.org/x'"),
    ('[jobs.x]\nseeds = [{ url = "https://e.org/x", kind = "rss" }]\nevery = "1h"\n',
     ("jobs.toml: job 'x': seeds: seed 1: kind: 'rss' is not one of url, feed, sitemap "
      "(a URL list file is given as a plain string)")),
    ('[jobs.x]\nseeds = [{ kind = "feed" }]\nevery = "1h"\n',
     "jobs.toml: job 'x': seeds: seed 1: url: missing (a URL list file is given as a plain string)"),
    ('[jobs.x]\nseeds = [3]\nevery = "1h"\n',
     "jobs.toml: job 'x': seeds: seed 1: expected a URL, a file path or a table { url, kind }, got int 3"),
    (f'[jobs.x]\n{JOB}depth = -1\n', "jobs.toml: job 'x': depth: expected a whole number of 0 or more, got int -1"),
    (f'[jobs.x]\n{JOB}depth = true\n', "jobs.toml: job 'x': depth: expected a whole number of 0 or more, got bool True"),
    (f'[jobs.x]\n{JOB}same_site = "yes"\n', "jobs.toml: job 'x': same_site: expected true or false, got str 'yes'"),
    (f'[jobs.x]\n{JOB}settings = "A=1"\n', "jobs.toml: job 'x': settings: expected a table, got str 'A=1'"),
    (f'[jobs.x]\n{JOB}output = 3\n', "jobs.toml: job 'x': output: expected a string, got int 3"),
    (f'[jobs.x]\n{JOB}revisit = {{ for = "2d", every = "0" }}\n',
     "jobs.toml: job 'x': revisit: every: must be more than 0 (or set for = \"0\" to disable revisits)"),
    (f'[jobs.x]\n{JOB}revisit = {{ for = "2 days" }}\n',
     "jobs.toml: job 'x': revisit: for: not a duration: '2 days' (use e.g. 30m, 2h, 1d)"),
    (f'[defaults]\ndepth = "1"\n[jobs.x]\n{JOB}',
     "jobs.toml: defaults: depth: expected a whole number of 0 or more, got str '1'"),
    ('[jobs]\nx = "y"\n', "jobs.toml: job 'x': expected a table, got str 'y'"),
    ('[defaults]\ndepth = 1\n', "jobs.toml: no jobs (add a [jobs.NAME] table)"),
    ('[jobs.x\n', "jobs.toml: not valid TOML: "),
])
def test_errors_name_the_file_job_and_key(tmp_path, monkeypatch, text, message) -> None:
    write(tmp_path, text)
    monkeypatch.chdir(tmp_path)  # the file as the user named it: jobs.toml
    with pytest.raises(JobFileError) as info:
        load_jobs(Path("jobs.toml"))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(JobFileError, match=r"nope\.toml: cannot read: No such file or directory"):
        load_jobs(tmp_path / "nope.toml")


def test_the_example_file_loads() -> None:
    jobs = load_jobs(REPO / "examples" / "jobs.toml")
    assert set(jobs) == {"harbour-times", "evening-post"}
    assert jobs["evening-post"].revisit.keep_for == timedelta(0)
    assert {s.kind for s in jobs["harbour-times"].seeds} == {"feed", "sitemap", "url"}


def job(**changes) -> Job:
    base = {"name": "x", "seeds": (Seed("https://e.org/", "url"),), "every": None, "cron": None, "depth": 1,
            "revisit": Revisit(timedelta(days=2), timedelta(hours=6)), "output": Path("/tmp/x"),
            "same_site": False, "settings": {}}
    return Job(**{**base, **changes})


def test_next_run_for_an_interval() -> None:
    after = datetime(2024, 5, 1, 10, 7, 30, tzinfo=UTC)
    assert next_run(job(every=timedelta(minutes=30)), after) == datetime(2024, 5, 1, 10, 37, 30, tzinfo=UTC)


def test_next_run_for_cron_is_in_utc() -> None:
    cron = job(cron="*/30 6-22 * * *")
    assert next_run(cron, datetime(2024, 5, 1, 10, 7, tzinfo=UTC)) == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
    assert next_run(cron, datetime(2024, 5, 1, 22, 45, tzinfo=UTC)) == datetime(2024, 5, 2, 6, 0, tzinfo=UTC)
    assert next_run(cron, datetime(2024, 5, 1, 10, 30, tzinfo=UTC)) == datetime(2024, 5, 1, 11, 0, tzinfo=UTC)
    paris = timezone(timedelta(hours=2))
    assert next_run(cron, datetime(2024, 5, 1, 12, 7, tzinfo=paris)) == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
    assert next_run(cron, datetime(2024, 5, 1, 10, 7)) == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
