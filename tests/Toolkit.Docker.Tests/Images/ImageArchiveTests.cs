using Toolkit.Docker.Images;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>Tags, and images saved to and loaded from <c>docker save</c> archives, on the real engine.</summary>
[Collection(EngineCollection.Name)]
public sealed class ImageArchiveTests(EngineFixture engine) : IAsyncLifetime
{
    private readonly string _repository = TestNames.Prefix + "archive-" + Guid.NewGuid().ToString("N")[..8];

    private IImageDriver Images => engine.Driver.Images;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var image in await Images.ListAsync(new ImageListOptions { Reference = _repository }))
        {
            // Only this test's names: the image behind them is the shared test image, tagged by others too.
            foreach (var tag in image.RepoTags.Where(t => t.StartsWith(_repository + ":", StringComparison.Ordinal)))
            {
                await Images.RemoveAsync(tag);
            }
        }
    }

    [Fact]
    public async Task A_tag_is_another_name_for_the_same_image()
    {
        await Images.TagAsync(engine.Image, _repository + ":named");

        var details = await Images.InspectAsync(_repository + ":named");

        Assert.Equal(engine.ImageId, details.Id);
    }

    [Fact]
    public async Task A_tag_without_a_tag_part_is_latest()
    {
        await Images.TagAsync(engine.ImageId, _repository);

        Assert.Equal(engine.ImageId, (await Images.InspectAsync(_repository + ":latest")).Id);
    }

    [Fact]
    public async Task Tagging_a_missing_image_is_image_not_found()
    {
        await Assert.ThrowsAsync<ImageNotFoundException>(() => Images.TagAsync(TestNames.Prefix + "missing:1", _repository + ":x"));
    }

    [Fact]
    public async Task An_invalid_new_reference_is_rejected_before_anything_is_sent()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Images.TagAsync(engine.Image, "Upper/Case:1"));

        Assert.Equal("newReference", error.ParamName);
    }

    [Fact]
    public async Task A_saved_archive_loads_back_with_its_tags()
    {
        var reference = _repository + ":saved";
        await Images.TagAsync(engine.Image, reference);
        var archive = new MemoryStream();
        await using (var saved = await Images.SaveAsync([reference]))
        {
            await saved.CopyToAsync(archive);
        }

        await Images.RemoveAsync(reference);
        archive.Position = 0;
        var loaded = await Images.LoadAsync(archive);

        Assert.Equal([reference], loaded.References);
        Assert.Equal(engine.ImageId, (await Images.InspectAsync(reference)).Id);
    }

    [Fact]
    public async Task Saving_a_missing_image_is_image_not_found()
    {
        await Assert.ThrowsAsync<ImageNotFoundException>(() => Images.SaveAsync([TestNames.Prefix + "missing:1"]));
    }

    [Fact]
    public async Task Loading_something_that_is_not_an_archive_is_a_typed_error()
    {
        using var garbage = new MemoryStream("this is not a tar archive"u8.ToArray());

        var error = await Assert.ThrowsAsync<ImageLoadException>(() => Images.LoadAsync(garbage));

        Assert.Equal(DriverErrorCodes.ImageLoadFailed, error.Code);
    }
}
