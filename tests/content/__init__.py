"""Tests for the Qt-free content package."""
