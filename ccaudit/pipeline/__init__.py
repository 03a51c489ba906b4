"""The batch pipeline every command and engine drives, as sqlfluff's core/linter is.

- `analysis`: the work on each file (read, detect, check) and the events it yields;
- `engines`: where that work runs: in this process, in forked workers (`--jobs`), or on
  Spark executors (`ccaudit.pipeline.spark`);
- `scan`, `check`, `audit`: the consumers that turn events into outputs and a store;
- `summary`: what a batch came to, as counters.

Nothing here prints or decides exit codes; the CLI does.
"""
