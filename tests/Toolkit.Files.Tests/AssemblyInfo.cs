using System.Runtime.Versioning;

// The file driver is Linux-only, and these tests use Linux tools (bash, mount, setpriv, chattr).
[assembly: SupportedOSPlatform("linux")]
