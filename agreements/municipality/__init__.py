"""The municipality's organisation as data: people, units and roles, imported from a file or synchronised from the
directory."""
