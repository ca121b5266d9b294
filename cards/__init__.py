"""Adaptive Card builders: typed view data in, card JSON (schema 1.5) out. Pure functions."""
