using Toolkit;

// Interfaces this project does not own.
[assembly: GenerateMock(typeof(IDisposable))]
[assembly: GenerateMock(typeof(IComparer<>))]
[assembly: GenerateMock(typeof(IServiceProvider))]
[assembly: GenerateMock(typeof(IProgress<>))]
