"""Indicators and their status (R5, R6): measurements, periods, tolerance, the monthly status and the questions about
it."""
