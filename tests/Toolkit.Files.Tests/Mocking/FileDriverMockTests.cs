using Toolkit;
using Toolkit.Files;
using Toolkit.Errors;
using Toolkit.Mocking;

[assembly: GenerateMock(typeof(IFileDriver))]

namespace Toolkit.Files.Tests.Mocking;

/// <summary>
/// How consumers test code that depends on <see cref="IFileDriver"/>: with the mock Toolkit generates for it
/// (<c>[assembly: GenerateMock(typeof(IFileDriver))]</c>). Proves the interface is mock-friendly end to end.
/// </summary>
public sealed class FileDriverMockTests
{
    [Fact]
    public async Task A_service_reading_and_writing_through_the_driver_can_be_tested_with_the_generated_mock()
    {
        var mock = new FileDriverMock();
        mock.Setup.ReadTextAsync("settings.json").ReturnsAsync("{\"count\":1}");
        var counter = new SettingsCounter(mock.Object);

        await counter.IncrementAsync();

        mock.Verify.WriteTextAsync("settings.json", "{\"count\":2}").Once();
    }

    [Fact]
    public async Task Typed_driver_errors_can_be_simulated()
    {
        var mock = new FileDriverMock();
        mock.Setup.ReadTextAsync("settings.json").ThrowsAsync(new PathNotFoundException("settings.json", "ReadText"));
        var counter = new SettingsCounter(mock.Object);

        await counter.IncrementAsync();

        mock.Verify.WriteTextAsync("settings.json", "{\"count\":1}").Once();
    }

    /// <summary>A consumer: keeps a counter in a JSON file, starting from zero when the file is missing.</summary>
    private sealed class SettingsCounter(IFileDriver files)
    {
        public async Task IncrementAsync()
        {
            int count;
            try
            {
                string json = await files.ReadTextAsync("settings.json");
                count = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("count").GetInt32();
            }
            catch (PathNotFoundException)
            {
                count = 0;
            }

            await files.WriteTextAsync("settings.json", $"{{\"count\":{count + 1}}}");
        }
    }
}
