using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Properties;

/// <summary>Properties remember what was written; explicit setups still win.</summary>
public sealed class PropertyTests
{
    private readonly ShellDriverMock _mock = new();

    private IShellDriver Driver => _mock.Object;

    [Fact]
    public void Read_after_write_returns_the_written_value()
    {
        Driver.Name = "bash";
        Assert.Equal("bash", Driver.Name);
        Driver.Name = "zsh";
        Assert.Equal("zsh", Driver.Name);
    }

    [Fact]
    public void Read_setup_wins_over_the_remembered_value()
    {
        _mock.Setup.Name.Returns("configured");
        Driver.Name = "written";

        Assert.Equal("configured", Driver.Name);
    }

    [Fact]
    public void Read_setup_supports_sequences_and_throws()
    {
        _mock.Setup.Name.Get().Returns("a").Then().Throws<InvalidOperationException>();

        Assert.Equal("a", Driver.Name);
        Assert.Throws<InvalidOperationException>(() => Driver.Name);
    }

    [Fact]
    public void Write_setup_matches_the_value_and_runs_a_callback()
    {
        var written = new List<string>();
        _mock.Setup.Name.Set(Arg.Is<string>(v => v.StartsWith('/'))).Callback(v => written.Add(v));

        Driver.Name = "/bin/sh";
        Driver.Name = "relative";

        Assert.Equal(["/bin/sh"], written);
    }

    [Fact]
    public void Write_setup_can_reject_a_value()
    {
        _mock.Setup.Name.Set("").Throws(() => new ArgumentException("empty"));

        Assert.Throws<ArgumentException>(() => Driver.Name = "");
        Driver.Name = "ok";
        Assert.Equal("ok", Driver.Name);
    }

    [Fact]
    public void Reads_and_writes_are_recorded_and_verifiable()
    {
        Driver.Name = "a";
        _ = Driver.Name;
        _ = Driver.Name;

        _mock.Verify.Name.Set("a").Once();
        _mock.Verify.Name.Set("b").Never();
        _mock.Verify.Name.Get().Times(2);
    }

    [Fact]
    public void Read_only_property_is_configured_with_returns()
    {
        var greeter = new GreeterMock();
        greeter.Setup.Name.Returns("Ada");
        Assert.Equal("Ada", greeter.Object.Name);
    }

    [Fact]
    public void Reset_forgets_remembered_values()
    {
        Driver.Name = "kept";
        _mock.Reset();
        Assert.Null(Driver.Name);
    }
}
