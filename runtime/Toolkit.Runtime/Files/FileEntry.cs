namespace Toolkit.Files;

/// <summary>One entry returned by <see cref="IFileDriver.ListAsync"/>.</summary>
/// <param name="Path">The entry's path in the same form as the directory given to the listing, so it can be passed straight back to the driver.</param>
/// <param name="Name">The entry's name inside its directory.</param>
/// <param name="Kind">What the entry is; a symbolic link is <see cref="FileEntryKind.SymbolicLink"/>, whatever it points to.</param>
public sealed record FileEntry(string Path, string Name, FileEntryKind Kind);
