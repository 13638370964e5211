from softphone.control.cli import main

raise SystemExit(main())
