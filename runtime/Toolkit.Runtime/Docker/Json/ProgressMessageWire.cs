namespace Toolkit.Docker.Json;

// One line of the JSON message stream that image build, import and pull answer with. A failure arrives
// in errorDetail/error inside an HTTP 200 response.

internal sealed class ProgressMessageWire
{
    public string? Status { get; set; }

    public string? Progress { get; set; }

    public ProgressDetailWire? ProgressDetail { get; set; }

    public string? Id { get; set; }

    public string? Stream { get; set; }

    public ProgressAuxWire? Aux { get; set; }

    public string? Error { get; set; }

    public ErrorDetailWire? ErrorDetail { get; set; }
}

internal sealed class ProgressDetailWire
{
    public long? Current { get; set; }

    public long? Total { get; set; }
}

internal sealed class ProgressAuxWire
{
    public string? ID { get; set; }

    // A push's result: the tag, the manifest digest and its size.
    public string? Tag { get; set; }

    public string? Digest { get; set; }

    public long? Size { get; set; }
}

internal sealed class ErrorDetailWire
{
    public int? Code { get; set; }

    public string? Message { get; set; }
}
