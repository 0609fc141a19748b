using Toolkit.Errors;

namespace Toolkit.Files.Tests.Helpers;

/// <summary>
/// Runs one driver operation and prints the outcome ("OK" or the error code): how the permission tests
/// exercise real EACCES as an unprivileged user while the test host runs as root.
/// </summary>
public static class ProbeMode
{
    public const string Name = "probe";

    public static async Task<int> RunAsync(string[] args)
    {
        string operation = args[0];
        string path = args[1];
        var driver = new FileDriver();
        try
        {
            switch (operation)
            {
                case "read":
                    await driver.ReadTextAsync(path);
                    break;
                case "write":
                    await driver.WriteTextAsync(path, "probe");
                    break;
                case "delete-tree":
                    await driver.DeleteTreeAsync(path);
                    break;
                case "mkdir":
                    await driver.CreateDirectoryAsync(path);
                    break;
                case "hash":
                    await driver.HashFileAsync(path);
                    break;
                default:
                    await Console.Out.WriteLineAsync("unknown operation " + operation);
                    return 2;
            }

            await Console.Out.WriteLineAsync("OK");
        }
        catch (DriverException exception)
        {
            await Console.Out.WriteLineAsync(exception.Code);
            await Console.Out.WriteLineAsync(exception.GetType().Name);
            await Console.Out.WriteLineAsync(exception.Message);
        }

        return 0;
    }
}
