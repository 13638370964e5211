"""The Qt widgets. They observe the core and call its methods; they keep no state of their own."""
