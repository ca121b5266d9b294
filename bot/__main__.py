from bot.commandline.cli import main

raise SystemExit(main())
