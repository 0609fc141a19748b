using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Toolkit.Docker.Images;
using Toolkit.Docker.Registries;
using Toolkit.Errors;
using Toolkit.Formatting;
using Toolkit.Tracking;

namespace Toolkit.Docker.Tests;

/// <summary>
/// A registry password given in a call, through the generated tracking decorator, against a real registry: it reaches
/// the engine (the pull works) and nothing else, neither as itself nor as the X-Registry-Auth header that carries it.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class RegistryCredentialSecrecyTests(RegistryFixture registries) : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await registries.RemovePulledImagesAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_registry_password_never_reaches_tracking_records_logs_telemetry_or_error_messages()
    {
        var good = RegistryCredentials.FromPassword(RegistryFixture.User, registries.Password);
        var wrongPassword = "wrong-" + registries.Password;
        var wrong = RegistryCredentials.FromPassword(RegistryFixture.User, wrongPassword);
        string[] secrets =
        [
            registries.Password,
            wrongPassword,
            RegistryAuth.For(good, registries.Secured, "").Header!,
            RegistryAuth.For(wrong, registries.Secured, "").Header!,
        ];
        var observed = new List<string>();
        using var telemetry = ObserveTelemetry(observed);
        var sink = new InMemoryCallSink();
        var logs = new LogCapture();
        Exception failure;
        await using (var provider = new ServiceCollection()
            .AddSingleton<ICallSink>(sink)
            .AddSingleton(logs)
            .AddSingleton(typeof(ILogger<>), typeof(CapturingLogger<>))
            .AddDockerDriver(new DockerDriverOptions { SessionName = "tk-registry-secrecy", ConfigDirectory = Path.Combine(_directory.Path, "empty") })
            .BuildServiceProvider())
        {
            var images = provider.GetRequiredService<IImageDriver>();
            var pulled = await images.PullAsync(registries.Payload(registries.Secured), new ImagePullOptions { Credentials = good });
            failure = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => images.PullAsync(registries.Payload(registries.Secured), new ImagePullOptions { Credentials = wrong }));
            Assert.True(pulled.Downloaded);
        }

        observed.AddRange(sink.Calls.Select(call => call.ToString()));
        observed.AddRange(sink.Calls.SelectMany(call => call.Arguments.Select(argument => ArgumentFormatter.Format(argument.Value))));
        observed.AddRange(sink.Calls.Select(call => call.Exception?.ToString() ?? ""));
        observed.AddRange(logs.Lines);
        observed.Add(failure.ToString());
        observed.Add(good.ToString());

        Assert.Equal(2, sink.Calls.Count);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(sink.Calls.SelectMany(call => call.Arguments.Values), value => value is ImagePullOptions or RegistryCredentials);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(observed, text => text.Contains(secret, StringComparison.Ordinal));
        }
    }

    // Every activity of every source, and every DiagnosticListener event (HttpClient's included), as text.
    private static IDisposable ObserveTelemetry(List<string> observed)
    {
        void Add(string text)
        {
            lock (observed)
            {
                observed.Add(text);
            }
        }

        var activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                Add(activity.DisplayName);
                Add(string.Join(";", activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")));
                Add(string.Join(";", activity.Events.Select(e => e.Name + string.Join(",", e.Tags.Select(t => $"{t.Key}={t.Value}")))));
            },
        };
        ActivitySource.AddActivityListener(activities);
        var diagnostics = DiagnosticListener.AllListeners.Subscribe(new DiagnosticObserver(Add));
        return new Both(activities, diagnostics);
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }

    private sealed class DiagnosticObserver(Action<string> add) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener listener) => listener.Subscribe(this);

        public void OnNext(KeyValuePair<string, object?> value)
        {
            add(value.Key + " " + value.Value);
            var request = value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) as HttpRequestMessage;
            if (request is not null)
            {
                add(request.Headers.ToString());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
