using Toolkit;

// A COM interface as a type library import declares it (TraceEvent's Dia2Lib): 'registerValue' is an indexed property.
[assembly: GenerateMock(typeof(Dia2Lib.IDiaStackWalkFrame))]
