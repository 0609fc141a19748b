// Engine tests share one engine, count this process's sockets and measure nothing by time: run them one
// at a time so no test sees another's connections or containers.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
