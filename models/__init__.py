"""The planning model of Twin Parks planner: network, validation, LP, plan.

Pure Python: nothing here imports Qt or the application layers.
"""
