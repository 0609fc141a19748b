namespace Quickstart.Output;

/// <summary>Writes the quickstart's numbered sections to the console.</summary>
internal sealed class Report(TextWriter writer)
{
    private int _section;

    public void Title(string text)
    {
        writer.WriteLine(text);
        writer.WriteLine(new string('=', text.Length));
    }

    public void Section(string title)
    {
        writer.WriteLine();
        writer.WriteLine($"{++_section}. {title}");
    }

    public void Line(string text = "") => writer.WriteLine(text.Length == 0 ? "" : "   " + text);

    public void Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Line(line);
        }
    }
}
