using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Sessions;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class ImageTests(EngineFixture engine)
{
    private IImageDriver Images => engine.Driver.Images;

    private sealed class Collect<T> : IProgress<T>
    {
        public List<T> Items { get; } = [];

        public void Report(T value)
        {
            lock (Items)
            {
                Items.Add(value);
            }
        }
    }

    [Fact]
    public async Task The_imported_test_image_carries_the_session_label_and_its_configuration()
    {
        var details = await Images.InspectAsync(engine.Image);

        Assert.Equal(engine.ImageId, details.Id);
        Assert.Equal(engine.Driver.SessionId, details.Labels[DockerLabels.Session]);
        Assert.Equal(["/bin/sh"], details.Command);
        Assert.Contains(engine.Image, details.RepoTags);
    }

    [Fact]
    public async Task List_filters_by_label_and_by_reference()
    {
        var byLabel = await Images.ListAsync(new ImageListOptions { Labels = new Dictionary<string, string?> { [DockerLabels.Session] = engine.Driver.SessionId } });
        var byReference = await Images.ListAsync(new ImageListOptions { Reference = engine.Image });

        Assert.Contains(byLabel, i => i.Id == engine.ImageId);
        Assert.Equal([engine.ImageId], byReference.Select(i => i.Id));
    }

    [Fact]
    public async Task An_image_built_from_a_context_directory_streams_progress_honours_dockerignore_and_runs()
    {
        using var context = new TempDirectory();
        context.File("Dockerfile", $"FROM {engine.Image}\nCOPY . /app/\nRUN echo built-in-step > /app/step.txt\nCMD [\"sh\", \"-c\", \"ls /app | sort; cat /app/step.txt\"]\n");
        context.File("kept.txt", "kept");
        context.File("secret.env", "password");
        context.File("logs/a.log", "noise");
        context.File(".dockerignore", "*.env\nlogs\n");
        var progress = new Collect<DockerProgress>();
        var tag = TestNames.Prefix + "built:" + Guid.NewGuid().ToString("N")[..8];

        var image = await Images.BuildAsync(new ImageBuildOptions { ContextDirectory = context.Path, Tags = [tag], Labels = new Dictionary<string, string> { ["tk.test"] = "build" } }, progress);
        var run = await engine.Driver.Containers.RunAsync(new ContainerConfig { Image = tag });
        var details = await Images.InspectAsync(image.Id);

        Assert.StartsWith("sha256:", image.Id, StringComparison.Ordinal);
        // The engine itself leaves .dockerignore out of what COPY sees.
        Assert.Equal("Dockerfile\nkept.txt\nstep.txt\nbuilt-in-step\n", run.StandardOutput);
        Assert.Contains(progress.Items, p => p.Output?.StartsWith("Step 3/", StringComparison.Ordinal) == true && p.Output.Contains("RUN echo built-in-step", StringComparison.Ordinal));
        Assert.Equal(("build", engine.Driver.SessionId), (details.Labels["tk.test"], details.Labels[DockerLabels.Session]));
        await Images.RemoveAsync(image.Id, new ImageRemoveOptions { Force = true });
        await Assert.ThrowsAsync<ImageNotFoundException>(() => Images.InspectAsync(tag));
    }

    [Fact]
    public async Task A_failing_build_step_reported_inside_a_200_answer_is_an_exception_and_leaves_no_container()
    {
        // Other tests share the engine, so the check looks for this build's own step container by a marker in its command.
        var marker = "about-to-fail-" + Guid.NewGuid().ToString("N");
        using var context = new TempDirectory();
        context.File("Dockerfile", $"FROM {engine.Image}\nRUN echo {marker} && exit 3\n");

        var error = await Assert.ThrowsAsync<ImageBuildException>(() => Images.BuildAsync(new ImageBuildOptions { ContextDirectory = context.Path }));
        var after = await engine.Driver.Containers.ListAsync(ContainerListOptions.All);

        Assert.Equal(DriverErrorCodes.ImageBuildFailed, error.Code);
        Assert.Contains("returned a non-zero code: 3", error.EngineMessage, StringComparison.Ordinal);
        Assert.Contains(marker, error.OutputTail, StringComparison.Ordinal);
        Assert.DoesNotContain(after, c => c.Command.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_build_from_an_image_that_does_not_exist_fails_instead_of_pulling()
    {
        using var context = new TempDirectory();
        context.File("Dockerfile", "FROM toolkit-docker-tests:does-not-exist\n");

        var error = await Assert.ThrowsAsync<ImageBuildException>(() => Images.BuildAsync(new ImageBuildOptions { ContextDirectory = context.Path }));

        Assert.Contains("does-not-exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_dockerfile_is_rejected_before_anything_is_sent()
    {
        using var context = new TempDirectory();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Images.BuildAsync(new ImageBuildOptions { ContextDirectory = context.Path }));

        Assert.Equal("options.Dockerfile", error.ParamName);
    }

    [Fact]
    public async Task An_import_of_something_that_is_not_a_tar_fails_with_the_engines_reason()
    {
        using var garbage = new MemoryStream("this is not a tar archive"u8.ToArray());

        var error = await Assert.ThrowsAnyAsync<DriverException>(() => Images.ImportAsync(garbage, new ImageImportOptions { Repository = "toolkit-docker-tests-garbage" }));

        Assert.Contains(error.Code, new[] { DriverErrorCodes.ImageImportFailed, DriverErrorCodes.EngineError });
        Assert.Empty(await Images.ListAsync(new ImageListOptions { Reference = "toolkit-docker-tests-garbage" }));
    }

    [Fact]
    public async Task Removing_an_image_in_use_is_a_conflict_and_a_missing_one_is_not_found()
    {
        var tag = TestNames.Prefix + "inuse:1";
        await using (var rootfs = await BusyboxRootfs.CreateAsync())
        {
            await Images.ImportAsync(rootfs, new ImageImportOptions { Repository = TestNames.Prefix + "inuse", Tag = "1" });
        }

        var inUse = await engine.Driver.Containers.CreateAsync(new ContainerConfig { Image = tag, Command = ["true"] });

        await Assert.ThrowsAsync<DockerConflictException>(() => Images.RemoveAsync(tag));
        await engine.Driver.Containers.RemoveAsync(inUse.Id);
        await Images.RemoveAsync(tag);
        await Assert.ThrowsAsync<ImageNotFoundException>(() => Images.RemoveAsync(tag));
    }
}
