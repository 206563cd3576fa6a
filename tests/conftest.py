"""Shared test setup: Qt runs offscreen, and small helpers build networks."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
