"""Programme records from the systems that hold them: formats, importers and the export (issue 19)."""
