"""What every step shares: the theme, page parts, the undo bridge to ops, the workshop's change signals, error
display, dropped files, the recommendations table model and its highlighting delegate, the app's icon and version.

Every module here may be imported by any step or by the shell; nothing here imports a step or the shell.
"""
