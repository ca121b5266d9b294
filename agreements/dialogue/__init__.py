"""Dialogue meetings (R7) and the year-end evaluation (R9): time, agenda, notes, decisions, action points."""
