"""Reading and writing files other than the workshop: importers, exporters, PDFs."""
