namespace AotSample.Reports;

/// <summary>A report that was written.</summary>
/// <param name="Path">Its path, relative to the file driver's root.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="LineCount">Its lines, as <c>wc -l</c> counts them.</param>
/// <param name="Sha256">Its SHA-256, in hex.</param>
public sealed record Report(string Path, long Bytes, int LineCount, string Sha256);
