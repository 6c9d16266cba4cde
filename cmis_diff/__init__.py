"""cmis-diff: declarative, desired-state schema differ for the CMIS PostgreSQL database."""

__version__ = "0.1.0"
