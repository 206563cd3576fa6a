"""The PySide6 desktop application of Twin Parks planner."""
