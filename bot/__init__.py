"""The edge: aiohttp app, Teams handler, adapter, CLI and the composition root."""
