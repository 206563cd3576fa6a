"""Entry script of the frozen app: PyInstaller runs this file as ``__main__``.

``multiprocessing.freeze_support()`` comes first, before the application is
imported: the desktop app solves in a child process (``forkserver`` on Linux
and macOS, ``spawn`` on Windows), and in a frozen app that child is this
executable started again with multiprocessing's own arguments.
``twinparks.cli.main`` calls it too (harmless twice); calling it here spares
each child the import of pandas and the command line.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from twinparks.cli import main

    sys.exit(main())
