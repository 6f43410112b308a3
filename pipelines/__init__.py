"""newsarchive's item pipelines (installed as ``newsarchive.pipelines``)."""
