"""The contact center's shared callback-number registry, on PostgreSQL.

Every agent's softphone claims callback numbers from the same tables, so two agents never give
an answering point the same number unless the pool is exhausted (and then both are told); the
SIP proxy reads who holds which number to route a callback to that agent
(``packaging/kamailio/``). ``registry.SharedRegistry`` implements the core's ``LeaseRegistry``;
``schema`` holds the SQL (the app creates and upgrades it; ``python -m
softphone.callbacks.schema`` prints it for DBAs); ``store`` runs it; ``connection`` opens it.

Library: psycopg 3 (with its binary libpq): the maintained PostgreSQL driver, TLS and
authentication by libpq exactly as ``psql`` does them, so the URI an admin tests with ``psql``
works unchanged. Used synchronously on one worker thread per softphone, with a watchdog that
cuts a connection the server stopped answering (psycopg has no client-side query timeout).
"""
