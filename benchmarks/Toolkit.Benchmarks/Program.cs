using BenchmarkDotNet.Running;

// Every comparison lives in its own file; pick them with --filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
