"""The job runner and the jobs it runs: monthly status, meeting reminders, the annual cycle, channels; the send rate."""
