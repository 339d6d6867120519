"""Data files of the fact-check workbench: the demo articles, icons, styles and report templates.

This package holds no code. It is a package only so that a wheel ships its files as package data
and PyInstaller can place it next to the code; read its files through ``workbench.resources``.
"""
