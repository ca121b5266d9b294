"""The annual cycle (årshjul): the municipality's profile and calendar, deadlines, the overview and the year review."""
