using System.Runtime.Versioning;

// These tests run real Linux processes and read /proc; they are meaningful on Linux only.
[assembly: SupportedOSPlatform("linux")]
