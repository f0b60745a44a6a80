"""The application frame around the steps: starting the app (app.py), the main window with its sidebar and menus
(main_window.py), the start screen, About, the workshop dialogs and importing recommendations.

Entry point: MainWindow (shell.main_window) and main (shell.app). Nothing in a step package imports the shell.
"""
