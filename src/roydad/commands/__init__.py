"""The `roydad` command line: `roydad.commands.cli_app.app`, assembled from one module per group
of commands (`documents`, `contents`, `diagnostics`, `incident_cmds`, `review_cmds`, `ach_cmds`,
`export_cmds`, `analysis_cmds`, `serve`). What they share is in `options` (the options and the
checks of their values) and `common` (consoles, opening the store, finding an incident)."""
