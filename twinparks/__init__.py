"""Twin Parks planner: workbook IO, reports and the command line."""

__version__ = "0.1.0"
