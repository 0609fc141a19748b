using Toolkit.Errors;

namespace Toolkit.Files;

/// <summary>The values of <see cref="DriverException.Operation"/> for the file driver: its method names without "Async".</summary>
internal static class FileOperationNames
{
    public const string CreateDirectory = "CreateDirectory";
    public const string DeleteTree = "DeleteTree";
    public const string DeleteFile = "DeleteFile";
    public const string Copy = "Copy";
    public const string Move = "Move";
    public const string Exists = "Exists";
    public const string GetMetadata = "GetMetadata";
    public const string CreateFile = "CreateFile";
    public const string Open = "Open";
    public const string OpenRead = "OpenRead";
    public const string List = "List";
    public const string Glob = "Glob";
    public const string HashFile = "HashFile";
    public const string ReadText = "ReadText";
    public const string ReadBytes = "ReadBytes";
    public const string WriteText = "WriteText";
    public const string WriteBytes = "WriteBytes";
    public const string WriteStream = "WriteStream";
    public const string WriteWith = "WriteWith";
}
