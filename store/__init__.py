"""Persistence: SQLAlchemy tables, repositories, unit of work, migrations and the bot state storage."""
