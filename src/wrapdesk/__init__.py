"""WrapDesk: a private, offline place for your Wellness and Recovery Action Plan."""

__version__ = "0.1.0"
