"""The command line (`aftalebot …`): serve, migrate, demo, import, export, jobs, people, organisation, profiles, dev."""
