"""The HTTP side: the aiohttp app, its routes, the export download, the measurements API and the metrics."""
